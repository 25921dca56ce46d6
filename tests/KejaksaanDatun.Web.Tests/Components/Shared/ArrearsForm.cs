using FluentValidation;

namespace KejaksaanDatun.Web.Tests.Components.Shared;

/// <summary>A small form model shaped like the real ones: a header field and a list of arrears lines.</summary>
public sealed class ArrearsForm
{
    public string Name { get; set; } = "";
    public List<ArrearsFormLine> Lines { get; set; } = [];
}

public sealed class ArrearsFormLine
{
    public decimal Iuran { get; set; }
}

public sealed class ArrearsFormValidator : AbstractValidator<ArrearsForm>
{
    public const string NameRequired = "Nama badan usaha wajib diisi.";
    public const string IuranPositive = "Iuran harus lebih dari nol.";

    public ArrearsFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage(NameRequired);
        RuleForEach(f => f.Lines).ChildRules(line =>
            line.RuleFor(l => l.Iuran).GreaterThan(0).WithMessage(IuranPositive));
    }
}
