using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>How a case that reaches a JPN team is going to end, whether or not it has ended by the last day.</summary>
internal enum CaseEnding { Lunas, SebagianDikembalikan, TidakBerhasil, Gugatan, Dicabut }

/// <summary>
/// Everything decided about one SKK before its rows are written: who, where, when each step of the lifecycle happened
/// (null when the data ends before it), the arrears' make-up, the commitment and the days the employer paid, the
/// registration result and the numbers it was given. The rows follow from it (<see cref="CaseRowsBuilder"/>).
/// </summary>
internal sealed class CasePlan
{
    public required int Id { get; init; }
    public required CaseRoute Route { get; init; }
    public required CaseType Type { get; init; }
    public required DateOnly Date { get; init; }
    public DateOnly ValidUntil => Date.AddYears(1).AddDays(-1);
    public EmployerPlan Employer { get; set; } = null!;

    // Arrears: the workers and monthly wage the contributions are owed on, over PeriodFrom..PeriodTo.
    public int ArrearsWorkers { get; set; }
    public long ArrearsWage { get; set; }
    /// <summary>PDS upah: the real wage, of which <see cref="ArrearsWage"/> is the unreported part.</summary>
    public long FullWage { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }

    // People.
    public AppUser BpjsStaff { get; set; } = null!;
    public AppUser BpjsHead { get; set; } = null!;
    /// <summary>The Kasi Datun, Asdatun or head who accepts, returns, appoints the team and reports.</summary>
    public AppUser Desk { get; set; } = null!;
    public AppUser LeadJpn { get; set; } = null!;
    public List<AppUser> Members { get; } = [];

    // The lifecycle up to the last day.
    public SkkStatus Status { get; set; } = SkkStatus.Draft;
    public DateTime Created { get; set; }
    public DateTime? HandedOver { get; set; }
    public DateTime? Returned { get; set; }
    public string? ReturnReason { get; set; }
    public DateTime? Redrafted { get; set; }
    public DateTime? HandedOverAgain { get; set; }
    public DateTime? Accepted { get; set; }
    public DateTime? Appointed { get; set; }
    public CaseEnding? Ending { get; set; }
    public DateTime? Closed { get; set; }
    public DateTime? Reported { get; set; }
    public DateTime? Withdrawn { get; set; }
    public SkkStatus? WithdrawnFrom { get; set; }
    public string? WithdrawReason { get; set; }
    /// <summary>Lunas: the moment BPJS confirms the last payment, which closes the case (may lie after the last day).</summary>
    public DateTime? FinalConfirmation { get; set; }

    // The commitment and the days the employer pays.
    public DateOnly? PlanSigned { get; set; }
    public int InstallmentCount { get; set; }
    /// <summary>
    /// The days the employer pays: with a plan, the day each installment it pays in full is settled; without one, the
    /// days of its lump payments. Only those up to the last day have happened.
    /// </summary>
    public DateOnly[] PaymentDays { get; set; } = [];
    public int PaidUnits { get; set; }
    /// <summary>Payment rows the case gets (<see cref="PaymentQuota"/>).</summary>
    public int PaymentRows { get; set; }

    public RegistrationPlan? Registration { get; set; }

    // Numbers.
    public int SkkSequence { get; set; }
    public int RegisterYear { get; set; }
    public int RegisterSequence { get; set; }
    public string? WarrantNumber { get; set; }
    public string? ReportLetterNumber { get; set; }
}

/// <summary>An employer: as registered by its BPJS office, and what its cases' confirmed registration results changed.</summary>
internal sealed class EmployerPlan
{
    public required int Id { get; init; }
    public required Office Bpjs { get; init; }
    public required string Name { get; init; }
    public required string Sector { get; init; }
    public required string District { get; init; }
    public required string Address { get; init; }
    public required string ContactPerson { get; init; }
    public required string ContactPhone { get; init; }
    public required string Npwp { get; init; }
    /// <summary>The NPP it has or, unregistered (PWBD), the one it is issued when it registers.</summary>
    public required string Npp { get; init; }
    public required bool Registered { get; init; }
    public required int Workers { get; init; }
    public bool NppIssued { get; set; }
    public int WorkersAdded { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>What a PWBD/PDS employer registered during its case, and when it was reported and confirmed.</summary>
internal sealed class RegistrationPlan
{
    public required PaymentSource Source { get; init; }
    public required DateOnly EffectiveOn { get; init; }
    public required DateTime ReportedAt { get; init; }
    /// <summary>Null while BPJS has not confirmed it by the last day.</summary>
    public required DateTime? ConfirmedAt { get; init; }
    public int WorkersAdded { get; init; }
}
