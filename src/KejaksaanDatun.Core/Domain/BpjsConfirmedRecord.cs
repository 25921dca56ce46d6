namespace KejaksaanDatun.Core.Domain;

/// <summary>
/// The lifecycle a <see cref="Payment"/> and a <see cref="RegistrationOutcome"/> share: reported from the Kejaksaan
/// side or entered by BPJS, counted only once the granting BPJS office confirms it against its own records, and
/// corrected by a reversal with a reason, never by deleting.
/// </summary>
public abstract class BpjsConfirmedRecord : IVersioned
{
    public PaymentSource Source { get; set; }
    public PaymentState State { get; set; }
    public DateTime ReportedAt { get; set; }
    public string ReportedById { get; set; } = "";
    public string ReportedByName { get; set; } = "";
    public string? ConfirmedById { get; set; }
    public string? ConfirmedByName { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public string? ReversalReason { get; set; }
    public DateTime? ReversedAt { get; set; }
    public string? ReversedById { get; set; }
    public long Version { get; set; }

    public void MarkReported(Actor by, DateTime at)
    {
        ReportedAt = at;
        ReportedById = by.UserId;
        ReportedByName = by.Name;
    }

    public void MarkConfirmed(Actor by, DateTime at)
    {
        State = PaymentState.Confirmed;
        ConfirmedAt = at;
        ConfirmedById = by.UserId;
        ConfirmedByName = by.Name;
    }

    public void MarkReversed(string reason, Actor by, DateTime at)
    {
        State = PaymentState.Reversed;
        ReversalReason = reason;
        ReversedAt = at;
        ReversedById = by.UserId;
    }
}
