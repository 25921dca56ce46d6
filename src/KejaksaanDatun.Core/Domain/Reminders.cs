namespace KejaksaanDatun.Core.Domain;

/// <summary>What a reminder rule watches (PRODUCT.md §5).</summary>
public enum ReminderKind
{
    /// <summary>The day before a summons, to the JPN.</summary>
    SummonsDay,
    /// <summary>A summons day passed with no attendance recorded: prompt for the result and the next summons.</summary>
    SummonsMissed,
    /// <summary>Days before an installment falls due, to the JPN and BPJS.</summary>
    InstallmentDue,
    /// <summary>The day after an unpaid due date: the case is flagged as a broken promise.</summary>
    BrokenPromise,
    /// <summary>Days before the SKK runs out.</summary>
    SkkExpiry,
    /// <summary>Days before an MoU/PKS runs out.</summary>
    AgreementExpiry,
    /// <summary>A case with no recorded step for a number of days.</summary>
    CaseIdle,
    /// <summary>The monthly report of a Kejaksaan office falls due (the 5th).</summary>
    MonthlyReportDue,
}

/// <summary>Who receives a rule's reminders; resolved to users when the reminder is delivered.</summary>
[Flags]
public enum ReminderRecipients
{
    None = 0,
    /// <summary>The JPN of the case's active team.</summary>
    JpnTeam = 1,
    /// <summary>Kasi Datun / Kajari (PimpinanKejaksaan) of the Kejaksaan office handling the case or party to the agreement.</summary>
    KejaksaanLeadership = 2,
    /// <summary>The BPJS staff of the office that granted the SKK or is party to the agreement.</summary>
    BpjsStaff = 4,
    /// <summary>The BPJS leadership of that office.</summary>
    BpjsLeadership = 8,
}

/// <summary>
/// An administrator-editable rule: when (days from its subject's date, at a local time of the office) and to whom a
/// reminder goes. A kind may have several rules, e.g. SKK expiry 30 and 7 days before.
/// </summary>
public class ReminderRule : IVersioned
{
    public int Id { get; set; }
    public ReminderKind Kind { get; set; }
    /// <summary>Days relative to the subject's date: negative before it (H-3), positive after it (H+1).</summary>
    public int OffsetDays { get; set; }
    /// <summary>The hour of delivery in the office's own time zone (08:00 by default).</summary>
    public TimeOnly LocalTime { get; set; } = new(8, 0);
    public ReminderRecipients Recipients { get; set; }
    /// <summary>Also by e-mail when SMTP is configured; the in-app notification is always made.</summary>
    public bool SendEmail { get; set; }
    public bool IsEnabled { get; set; } = true;
    public long Version { get; set; }
}

public enum ReminderState { Pending, Delivered, Cancelled }

/// <summary>
/// One reminder due at one instant: planned from the state of its subject and re-planned when that changes, then
/// delivered once by the dispatcher. <see cref="Key"/> is unique per (rule, subject, due instant), so the same
/// reminder is never planned twice.
/// </summary>
public class Reminder
{
    public long Id { get; set; }
    public int RuleId { get; set; }
    public ReminderKind Kind { get; set; }
    /// <summary>"summons:12", "installment:40", "skk:7", "agreement:3", "office:12:2026-11" — what it is about.</summary>
    public string Subject { get; set; } = "";
    /// <summary>The case it belongs to, when it belongs to one: closing the case cancels it.</summary>
    public int? SkkId { get; set; }
    public int? AgreementId { get; set; }
    /// <summary>The office whose time zone and people it concerns (the Kejaksaan office of a case).</summary>
    public int OfficeId { get; set; }
    public DateTime DueAt { get; set; }
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public string Message { get; set; } = "";
    /// <summary>Where the notification leads, e.g. <c>/skk/7</c>.</summary>
    public string Link { get; set; } = "";
    public ReminderState State { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DeliveredAt { get; set; }
    /// <summary>The user ids it was delivered to, comma-separated, resolved at delivery.</summary>
    public string? DeliveredTo { get; set; }
    public DateTime? CancelledAt { get; set; }
    public string? CancelReason { get; set; }
}

/// <summary>A reminder as one user sees it in the notification centre.</summary>
public class Notification
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public long? ReminderId { get; set; }
    public string Title { get; set; } = "";
    public string Message { get; set; } = "";
    public string Link { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
    /// <summary>When the e-mail copy was handed to the SMTP server; null when none was sent.</summary>
    public DateTime? EmailedAt { get; set; }
}
