using FluentValidation;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;

namespace KejaksaanDatun.Core.Features.Skk;

/// <summary>An SKK as the BPJS officer drafts it; shared by drafting and editing.</summary>
public abstract class SkkFields
{
    public string Number { get; set; } = "";
    public DateOnly? Date { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public CaseType CaseType { get; set; } = CaseType.PiutangIuran;
    public Collectibility Collectibility { get; set; } = Collectibility.KurangLancar;
    public int EmployerId { get; set; }
    public int KejaksaanOfficeId { get; set; }
    public string GrantorName { get; set; } = "";
    public string GrantorTitle { get; set; } = "";
    /// <summary>First and last month of the arrears (any day of the month; the month is what counts).</summary>
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
    public string Notes { get; set; } = "";
    public List<ArrearsLineInput> Lines { get; set; } = [];

    internal void ApplyTo(Domain.Skk skk)
    {
        skk.Number = Number.Trim();
        skk.Date = Date!.Value;
        skk.ValidUntil = ValidUntil!.Value;
        skk.CaseType = CaseType;
        skk.Collectibility = Collectibility;
        skk.EmployerId = EmployerId;
        skk.KejaksaanOfficeId = KejaksaanOfficeId;
        skk.GrantorName = GrantorName.Trim();
        skk.GrantorTitle = GrantorTitle.Trim();
        skk.PeriodFrom = MonthOf(PeriodFrom!.Value);
        skk.PeriodTo = MonthOf(PeriodTo!.Value);
        skk.Notes = Notes.Trim();
        skk.ArrearsLines.Clear();
        skk.ArrearsLines.AddRange(Lines.Select(l => l.ToLine()));
        skk.RecomputeTotals();
    }

    internal void CopyFrom(Domain.Skk skk)
    {
        Number = skk.Number;
        Date = skk.Date;
        ValidUntil = skk.ValidUntil;
        CaseType = skk.CaseType;
        Collectibility = skk.Collectibility;
        EmployerId = skk.EmployerId;
        KejaksaanOfficeId = skk.KejaksaanOfficeId;
        GrantorName = skk.GrantorName;
        GrantorTitle = skk.GrantorTitle;
        PeriodFrom = skk.PeriodFrom;
        PeriodTo = skk.PeriodTo;
        Notes = skk.Notes;
        Lines = skk.ArrearsLines.OrderBy(l => l.Period).ThenBy(l => l.Program).Select(ArrearsLineInput.From).ToList();
    }

    /// <summary>Sum of the lines that parse; the form shows it while the user types.</summary>
    public Money TotalIuran => Money.Sum(Lines.Select(l => l.ParsedIuran));
    public Money TotalDenda => Money.Sum(Lines.Select(l => l.ParsedDenda));
    public Money Total => TotalIuran + TotalDenda;

    public static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);
}

/// <summary>One arrears line as typed: amounts are text so that "1.250.000" and mistakes both reach the validator.</summary>
public sealed class ArrearsLineInput
{
    public DateOnly? Period { get; set; }
    public SocialSecurityProgram Program { get; set; }
    public string Iuran { get; set; } = "";
    public string Denda { get; set; } = "0";

    public Money ParsedIuran => Money.TryParse(Iuran, out var m) && m.Sen >= 0 ? m : Money.Zero;
    public Money ParsedDenda => Money.TryParse(Denda, out var m) && m.Sen >= 0 ? m : Money.Zero;

    internal ArrearsLine ToLine() => new()
    {
        Period = SkkFields.MonthOf(Period!.Value),
        Program = Program,
        IuranSen = ParsedIuran.Sen,
        DendaSen = ParsedDenda.Sen,
    };

    public static ArrearsLineInput From(ArrearsLine line) => new()
    {
        Period = line.Period,
        Program = line.Program,
        Iuran = line.Iuran.FormatNumber(),
        Denda = line.Denda.FormatNumber(),
    };
}

public sealed class ArrearsLineInputValidator : AbstractValidator<ArrearsLineInput>
{
    public ArrearsLineInputValidator()
    {
        RuleFor(x => x.Period).RequiredDate("Periode");
        RuleFor(x => x.Program).IsInEnum().WithMessage("Program tidak dikenal.");
        RuleFor(x => x.Iuran).RupiahAmount("Iuran");
        RuleFor(x => x.Denda).RupiahAmount("Denda");
    }
}

public abstract class SkkFieldsValidator<T> : AbstractValidator<T> where T : SkkFields
{
    public const int MaxLines = 600;

    protected SkkFieldsValidator()
    {
        RuleFor(x => x.Number).RequiredText("Nomor SKK", 120);
        RuleFor(x => x.Date).RequiredDate("Tanggal SKK");
        RuleFor(x => x.ValidUntil).RequiredDate("Berlaku sampai");
        RuleFor(x => x.ValidUntil).GreaterThan(x => x.Date)
            .When(x => x.Date is not null && x.ValidUntil is not null)
            .WithMessage("Masa berlaku SKK harus berakhir setelah tanggal SKK.");
        RuleFor(x => x.CaseType).IsInEnum().WithMessage("Jenis perkara tidak dikenal.");
        RuleFor(x => x.Collectibility).IsInEnum().WithMessage("Kolektibilitas tidak dikenal.");
        RuleFor(x => x.EmployerId).GreaterThan(0).WithMessage("Badan usaha wajib dipilih.");
        RuleFor(x => x.KejaksaanOfficeId).GreaterThan(0).WithMessage("Kejaksaan tujuan wajib dipilih.");
        RuleFor(x => x.GrantorName).RequiredText("Nama pemberi kuasa", 120);
        RuleFor(x => x.GrantorTitle).RequiredText("Jabatan pemberi kuasa", 200);
        RuleFor(x => x.PeriodFrom).RequiredDate("Periode awal tunggakan");
        RuleFor(x => x.PeriodTo).RequiredDate("Periode akhir tunggakan");
        RuleFor(x => x.PeriodTo)
            .Must((x, to) => SkkFields.MonthOf(to!.Value) >= SkkFields.MonthOf(x.PeriodFrom!.Value))
            .When(x => x.PeriodFrom is not null && x.PeriodTo is not null)
            .WithMessage("Periode akhir tunggakan tidak boleh sebelum periode awal.");
        RuleFor(x => x.PeriodTo)
            .Must((x, to) => SkkFields.MonthOf(to!.Value) <= SkkFields.MonthOf(x.Date!.Value))
            .When(x => x.Date is not null && x.PeriodTo is not null)
            .WithMessage("Periode tunggakan tidak boleh melewati bulan tanggal SKK.");
        RuleFor(x => x.Notes).OptionalText("Catatan", 4000);

        RuleFor(x => x.Lines).NotEmpty().WithMessage("Isi paling sedikit satu baris tunggakan.")
            .Must(lines => lines.Count <= MaxLines).WithMessage($"Paling banyak {MaxLines} baris tunggakan.");
        RuleForEach(x => x.Lines).SetValidator(new ArrearsLineInputValidator());
        RuleForEach(x => x.Lines)
            .Must((x, line) => line.Period is null || x.PeriodFrom is null || x.PeriodTo is null
                || (SkkFields.MonthOf(line.Period.Value) >= SkkFields.MonthOf(x.PeriodFrom.Value)
                    && SkkFields.MonthOf(line.Period.Value) <= SkkFields.MonthOf(x.PeriodTo.Value)))
            .WithMessage("Periode baris tunggakan harus berada di antara periode awal dan akhir.");
        RuleFor(x => x.Lines)
            .Must(lines => lines.Where(l => l.Period is not null)
                .GroupBy(l => (SkkFields.MonthOf(l.Period!.Value), l.Program)).All(g => g.Count() == 1))
            .WithMessage("Setiap bulan dan program hanya boleh muncul satu kali dalam tunggakan.");
        RuleFor(x => x.Total).Must(total => total.Sen > 0)
            .When(x => x.Lines.Count > 0)
            .WithMessage("Jumlah tunggakan harus lebih dari nol.");
    }
}
