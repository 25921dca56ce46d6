using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>
/// The rows of one case, as the app's commands would have left them: the SKK with its arrears lines, teams and
/// timeline, its installment plan, payments, registration results, litigation record and report. Ids are given when
/// the rows are written (<see cref="SyntheticWriter"/>).
/// </summary>
internal sealed class CaseRows
{
    public required Skk Skk { get; init; }
    public InstallmentPlan? Plan { get; set; }
    public List<Payment> Payments { get; } = [];
    /// <summary>Correcting entries and the payment each reverses, linked by id once the payments have theirs.</summary>
    public List<(Payment Correction, Payment Reversed)> Reversals { get; } = [];
    public List<RegistrationOutcome> Registrations { get; } = [];
    public LitigationRecord? Litigation { get; set; }
    public CaseReport? Report { get; set; }
}
