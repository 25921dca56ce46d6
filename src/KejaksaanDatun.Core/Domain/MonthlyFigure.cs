namespace KejaksaanDatun.Core.Domain;

/// <summary>
/// The dashboards' figures of one month, added up in advance: of the cases a Kejaksaan office handles, those alike in
/// granting BPJS office, case type and lead JPN, how many facts of one <see cref="MonthlyFigureKind"/> fell in the month
/// and what their amounts add up to. Derived data: every row of an office is rebuilt from its cases whenever one of
/// them changes (<see cref="Features.Dashboard.MonthlyFigureRebuild"/>), so that a national dashboard adds up a few thousand
/// of these rows instead of hundreds of thousands of cases and millions of payments.
/// </summary>
public class MonthlyFigure
{
    public long Id { get; set; }
    public int KejaksaanOfficeId { get; set; }
    public int BpjsOfficeId { get; set; }
    public CaseType CaseType { get; set; }
    /// <summary>What the row tells apart; the figures of each grain add up to the same totals.</summary>
    public MonthlyFigureGrain Grain { get; set; }
    /// <summary>
    /// The lead JPN of the cases' current team; none before a team is appointed or after the SKK is withdrawn, and none
    /// on the rows of the grain <see cref="MonthlyFigureGrain.Offices"/>.
    /// </summary>
    public string? LeadJpnId { get; set; }
    public MonthlyFigureKind Kind { get; set; }
    /// <summary>Year × 100 + month, e.g. 202502: of the handover, closing, payment, due or effective date, by kind.</summary>
    public int Month { get; set; }
    /// <summary>By kind: the outcome of finished cases, the month of payment of a cohort, the standing of installments.</summary>
    public int Category { get; set; }
    /// <summary>The day of the month of <see cref="MonthlyFigureKind.UnpaidInstallmentsByDay"/>.</summary>
    public int Day { get; set; }
    public int Count { get; set; }
    /// <summary>Sen, or days for <see cref="MonthlyFigureKind.Finished"/>.</summary>
    public long Amount { get; set; }

    /// <summary>The month of <see cref="MonthlyFigureKind.OpenUntil"/> of cases not finished: after every month a filter can name.</summary>
    public const int StillOpen = 999912;

    /// <summary>The kinds the table per JPN reads, the only ones also kept per lead JPN.</summary>
    public static bool IsKeptPerLeadJpn(MonthlyFigureKind kind) =>
        kind is not (MonthlyFigureKind.Registrations or MonthlyFigureKind.Installments or MonthlyFigureKind.UnpaidInstallmentsByDay);
}

/// <summary>
/// Every fact is counted at each grain, so that a figure reads the fewest rows that still tell apart what it needs: the
/// table per JPN reads a grain per lead JPN, every other figure the one that adds the lead JPN up, a third as many rows.
/// </summary>
public enum MonthlyFigureGrain
{
    /// <summary>Per Kejaksaan office, granting BPJS office and case type.</summary>
    Offices = 0,
    /// <summary>Per Kejaksaan office, granting BPJS office, case type and lead JPN: the JPN table of the BPJS view, or of one case type.</summary>
    LeadJpn = 1,
    /// <summary>
    /// Per Kejaksaan office and lead JPN, every BPJS office and case type together (<see cref="MonthlyFigure.BpjsOfficeId"/>
    /// 0): the JPN table of the Kejaksaan view, a third as many rows again.
    /// </summary>
    LeadJpnOnly = 2,
}

/// <summary>What the rows of a <see cref="MonthlyFigure"/> count; the month is that of the date named.</summary>
public enum MonthlyFigureKind
{
    /// <summary>SKK received, by local handover month; amount = their total arrears.</summary>
    Received = 1,
    /// <summary>Cases finished, by local closing month; category = outcome; amount = days from handover to finishing.</summary>
    Finished = 2,
    /// <summary>Confirmed payments, by payment month; amount = their sum.</summary>
    Paid = 3,
    /// <summary>Confirmed payments, whenever paid, by the local handover month of their case; amount = their sum.</summary>
    PaidByHandoverMonth = 4,
    /// <summary>Confirmed registration results by effective month: count = NPP issued, amount = workers added.</summary>
    Registrations = 5,
    /// <summary>
    /// Installments of the current plans by due month; category = how they stand, whatever today is: on schedule, paid
    /// late, or not paid (<see cref="Features.Dashboard.InstallmentStanding.Broken"/>, whether due yet or not).
    /// </summary>
    Installments = 6,
    /// <summary>
    /// Confirmed payments by payment month; category = the local handover month of their case. What a cohort of cases
    /// had not yet recovered by a month's end is read from the months after it: none, for the current year.
    /// </summary>
    PaidByPaymentAndHandoverMonth = 7,
    /// <summary>
    /// Cases by the local month they were finished in, or <see cref="MonthlyFigure.StillOpen"/>; category = their local
    /// handover month. The cases in progress at a month's end are read from the months after it.
    /// </summary>
    OpenUntil = 8,
    /// <summary>
    /// Installments of the current plans not paid, by due month and day: in the month today is in, which of them are
    /// broken promises depends on the day.
    /// </summary>
    UnpaidInstallmentsByDay = 9,
}
