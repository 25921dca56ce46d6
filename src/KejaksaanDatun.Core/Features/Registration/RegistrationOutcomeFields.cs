using FluentValidation;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;

namespace KejaksaanDatun.Core.Features.Registration;

/// <summary>
/// The fields of a registration outcome, whether reported by the Kejaksaan or entered by BPJS. Only the fields of the
/// chosen kind are read: the NPP, the number of workers, the wage totals or the programs.
/// </summary>
public abstract class RegistrationOutcomeFields
{
    public int SkkId { get; set; }
    public RegistrationOutcomeKind Kind { get; set; }
    /// <summary>The date in BPJS's records.</summary>
    public DateOnly? EffectiveOn { get; set; }
    public string Npp { get; set; } = "";
    public int? WorkersAdded { get; set; }
    /// <summary>Reported monthly wage total before the correction, typed in rupiah.</summary>
    public string WageBefore { get; set; } = "";
    public string WageAfter { get; set; } = "";
    public List<SocialSecurityProgram> Programs { get; set; } = [];
    /// <summary>What shows the result (e.g. the membership certificate), so that BPJS can match it.</summary>
    public string Note { get; set; } = "";

    internal RegistrationOutcome ToOutcome() => new()
    {
        SkkId = SkkId, Kind = Kind, EffectiveOn = EffectiveOn!.Value, Note = Note.Trim(),
        Npp = Kind == RegistrationOutcomeKind.NppDiterbitkan ? Npp.Trim() : null,
        WorkersAdded = Kind == RegistrationOutcomeKind.TenagaKerjaDitambahkan ? WorkersAdded : null,
        WageBeforeSen = Kind == RegistrationOutcomeKind.UpahDikoreksi ? Parse(WageBefore) : null,
        WageAfterSen = Kind == RegistrationOutcomeKind.UpahDikoreksi ? Parse(WageAfter) : null,
        Programs = Kind == RegistrationOutcomeKind.ProgramDitambahkan ? Programs.Distinct().Order().ToList() : [],
    };

    private static long Parse(string amount) => Money.TryParse(amount, out var money) ? money.Sen : 0;
}

internal static class RegistrationOutcomeFieldRules
{
    /// <summary>A generous ceiling that still catches a typo such as a wage typed into the workers field.</summary>
    public const int MaxWorkersAdded = 1_000_000;

    public static void Apply<T>(AbstractValidator<T> v) where T : RegistrationOutcomeFields
    {
        v.RuleFor(x => x.Kind).IsInEnum().WithMessage("Jenis hasil kepesertaan tidak dikenal.");
        v.RuleFor(x => x.EffectiveOn).RequiredDate("Tanggal pada catatan BPJS");
        v.RuleFor(x => x.Note).OptionalText("Keterangan", 1000);
        v.When(x => x.Kind == RegistrationOutcomeKind.NppDiterbitkan, () =>
            v.RuleFor(x => x.Npp).Must(npp => Npp.IsValid(npp?.Trim())).WithMessage(Npp.ShapeMessage));
        v.When(x => x.Kind == RegistrationOutcomeKind.TenagaKerjaDitambahkan, () =>
            v.RuleFor(x => x.WorkersAdded)
                .NotNull().WithMessage("Jumlah tenaga kerja yang ditambahkan wajib diisi.")
                .GreaterThan(0).WithMessage("Jumlah tenaga kerja yang ditambahkan harus lebih dari nol.")
                .LessThanOrEqualTo(MaxWorkersAdded).WithMessage("Jumlah tenaga kerja yang ditambahkan terlalu besar."));
        v.When(x => x.Kind == RegistrationOutcomeKind.UpahDikoreksi, () =>
        {
            v.RuleFor(x => x.WageBefore).RupiahAmount("Upah sebelum koreksi");
            v.RuleFor(x => x.WageAfter).RupiahAmount("Upah sesudah koreksi")
                .Must((x, after) => !Money.TryParse(x.WageBefore, out var before) || !Money.TryParse(after, out var a) || a > before)
                .WithMessage("Upah sesudah koreksi harus lebih besar dari upah sebelum koreksi.");
        });
        v.When(x => x.Kind == RegistrationOutcomeKind.ProgramDitambahkan, () =>
        {
            v.RuleFor(x => x.Programs).NotEmpty().WithMessage("Pilih paling sedikit satu program yang ditambahkan.");
            v.RuleForEach(x => x.Programs).IsInEnum().WithMessage("Program tidak dikenal.");
        });
    }
}
