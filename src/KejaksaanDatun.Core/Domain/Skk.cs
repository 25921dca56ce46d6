namespace KejaksaanDatun.Core.Domain;

public enum CaseType { PiutangIuran, Pwbd, PdsTenagaKerja, PdsUpah, PdsProgram }

public enum SkkStatus { Draft, Diserahkan, Dikembalikan, Diterima, Ditangani, Selesai, Dilaporkan, Dicabut }

/// <summary>BPJS's grading of the receivable.</summary>
public enum Collectibility { Lancar, KurangLancar, Diragukan, Macet }

public enum SocialSecurityProgram { Jkk, Jkm, Jht, Jp, Jkp }

/// <summary>
/// A Surat Kuasa Khusus and the case it opens at the Kejaksaan. BPJS drafts and hands it over; once the
/// Kejari accepts it, it carries a register number and is worked as a case ("perkara") until its outcome.
/// </summary>
public class Skk : IVersioned
{
    public int Id { get; set; }
    public string Number { get; set; } = "";
    public DateOnly Date { get; set; }
    public DateOnly ValidUntil { get; set; }
    public CaseType CaseType { get; set; }
    public Collectibility Collectibility { get; set; }
    public int EmployerId { get; set; }
    public Employer? Employer { get; set; }
    /// <summary>The BPJS office that grants the power of attorney.</summary>
    public int BpjsOfficeId { get; set; }
    public Office? BpjsOffice { get; set; }
    /// <summary>The Kejaksaan office the SKK is addressed to.</summary>
    public int KejaksaanOfficeId { get; set; }
    public Office? KejaksaanOffice { get; set; }
    /// <summary>Name and title of the BPJS office head who signs the SKK.</summary>
    public string GrantorName { get; set; } = "";
    public string GrantorTitle { get; set; } = "";
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
    public string Notes { get; set; } = "";

    // Totals are derived from the lines (RecomputeTotals) and stored so lists sort and sum in SQL.
    public long TotalIuranSen { get; set; }
    public long TotalDendaSen { get; set; }
    public long TotalArrearsSen { get; set; }

    public SkkStatus Status { get; set; }
    public int? AgreementId { get; set; }
    public Agreement? Agreement { get; set; }
    public DateTime? HandedOverAt { get; set; }
    public string? RegisterNumber { get; set; }
    public int? RegisterYear { get; set; }
    public int? RegisterSequence { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public string? ReturnReason { get; set; }
    public string? WithdrawReason { get; set; }
    public DateTime? ClosedAt { get; set; }
    public CaseOutcome? Outcome { get; set; }
    public string? OutcomeReason { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedById { get; set; } = "";
    public long Version { get; set; }

    public List<ArrearsLine> ArrearsLines { get; set; } = [];
    public List<JpnTeam> Teams { get; set; } = [];
    public List<CaseEvent> Events { get; set; } = [];

    public Money TotalIuran => new(TotalIuranSen);
    public Money TotalDenda => new(TotalDendaSen);
    public Money TotalArrears => new(TotalArrearsSen);

    public void RecomputeTotals()
    {
        TotalIuranSen = ArrearsLines.Sum(l => l.IuranSen);
        TotalDendaSen = ArrearsLines.Sum(l => l.DendaSen);
        TotalArrearsSen = TotalIuranSen + TotalDendaSen;
    }

    public bool IsExpiredOn(DateOnly date) => date > ValidUntil;
}

/// <summary>One month × program of arrears: contribution (iuran) and late fee (denda).</summary>
public class ArrearsLine
{
    public int Id { get; set; }
    public int SkkId { get; set; }
    /// <summary>First day of the month the contribution was due for.</summary>
    public DateOnly Period { get; set; }
    public SocialSecurityProgram Program { get; set; }
    public long IuranSen { get; set; }
    public long DendaSen { get; set; }

    public Money Iuran => new(IuranSen);
    public Money Denda => new(DendaSen);
    public Money Total => new(IuranSen + DendaSen);
}

public static class DomainLabels
{
    public static string Of(CaseType type) => type switch
    {
        CaseType.PiutangIuran => "Piutang iuran",
        CaseType.Pwbd => "PWBD (wajib belum daftar)",
        CaseType.PdsTenagaKerja => "PDS tenaga kerja",
        CaseType.PdsUpah => "PDS upah",
        CaseType.PdsProgram => "PDS program",
        _ => type.ToString(),
    };

    public static string Of(SkkStatus status) => status switch
    {
        SkkStatus.Draft => "Draf",
        SkkStatus.Diserahkan => "Diserahkan",
        SkkStatus.Dikembalikan => "Dikembalikan",
        SkkStatus.Diterima => "Diterima",
        SkkStatus.Ditangani => "Ditangani",
        SkkStatus.Selesai => "Selesai",
        SkkStatus.Dilaporkan => "Dilaporkan",
        SkkStatus.Dicabut => "Dicabut",
        _ => status.ToString(),
    };

    public static string Of(Collectibility c) => c switch
    {
        Collectibility.Lancar => "Lancar",
        Collectibility.KurangLancar => "Kurang lancar",
        Collectibility.Diragukan => "Diragukan",
        Collectibility.Macet => "Macet",
        _ => c.ToString(),
    };

    public static string Of(SocialSecurityProgram p) => p.ToString().ToUpperInvariant();

    public static string Of(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Lunas => "Lunas",
        CaseOutcome.Diangsur => "Diangsur",
        CaseOutcome.SebagianDikembalikan => "Sebagian dipulihkan, sisanya dikembalikan",
        CaseOutcome.TidakBerhasil => "Tidak berhasil (SKK dikembalikan)",
        CaseOutcome.Gugatan => "Gugatan",
        CaseOutcome.Dicabut => "Dicabut",
        _ => outcome.ToString(),
    };

    public static string Of(PaymentState state) => state switch
    {
        PaymentState.Reported => "Dilaporkan",
        PaymentState.Confirmed => "Dikonfirmasi BPJS",
        PaymentState.Reversed => "Dibatalkan",
        _ => state.ToString(),
    };

    public static string Of(LitigationKind kind) => kind == LitigationKind.GugatanSederhana ? "Gugatan sederhana" : "Gugatan perdata";

    public static string Of(AgreementKind kind) => kind == AgreementKind.MoU ? "MoU" : "PKS";
}
