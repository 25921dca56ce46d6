using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Reminders;

/// <summary>
/// The rules of PRODUCT.md §5, put in place once; from then on the administrator edits them and an upgrade never
/// overwrites the edits. A rule that is missing (a new kind in a later release) is added.
/// </summary>
public static class DefaultReminderRules
{
    private const ReminderRecipients JpnAndBpjs = ReminderRecipients.JpnTeam | ReminderRecipients.BpjsStaff;

    public static IReadOnlyList<ReminderRule> All { get; } =
    [
        new() { Kind = ReminderKind.SummonsDay, OffsetDays = -1, Recipients = ReminderRecipients.JpnTeam },
        new() { Kind = ReminderKind.SummonsMissed, OffsetDays = 1, Recipients = ReminderRecipients.JpnTeam },
        new() { Kind = ReminderKind.InstallmentDue, OffsetDays = -3, Recipients = JpnAndBpjs },
        new() { Kind = ReminderKind.BrokenPromise, OffsetDays = 1, Recipients = JpnAndBpjs | ReminderRecipients.KejaksaanLeadership },
        new() { Kind = ReminderKind.SkkExpiry, OffsetDays = -30, Recipients = JpnAndBpjs },
        new() { Kind = ReminderKind.SkkExpiry, OffsetDays = -7, Recipients = JpnAndBpjs | ReminderRecipients.KejaksaanLeadership },
        new() { Kind = ReminderKind.AgreementExpiry, OffsetDays = -60, Recipients = ReminderRecipients.KejaksaanLeadership | ReminderRecipients.BpjsLeadership },
        new() { Kind = ReminderKind.AgreementExpiry, OffsetDays = -30, Recipients = ReminderRecipients.KejaksaanLeadership | ReminderRecipients.BpjsLeadership },
        new() { Kind = ReminderKind.CaseIdle, OffsetDays = 30, Recipients = ReminderRecipients.JpnTeam | ReminderRecipients.KejaksaanLeadership },
        // The report of a month is due on the 5th of the next: day 5 of the month, counted from its first day.
        new() { Kind = ReminderKind.MonthlyReportDue, OffsetDays = 4, Recipients = ReminderRecipients.KejaksaanLeadership },
    ];

    public static async Task EnsureAsync(DatunDbContext db, CancellationToken ct = default)
    {
        var existing = await db.ReminderRules.Select(r => new { r.Kind, r.OffsetDays }).ToListAsync(ct);
        var missing = All.Where(rule => !existing.Any(e => e.Kind == rule.Kind && e.OffsetDays == rule.OffsetDays)).ToList();
        if (missing.Count == 0) return;
        db.ReminderRules.AddRange(missing.Select(rule => new ReminderRule
        {
            Kind = rule.Kind, OffsetDays = rule.OffsetDays, LocalTime = rule.LocalTime, Recipients = rule.Recipients,
            SendEmail = true, IsEnabled = true,
        }));
        await db.SaveChangesAsync(ct);
    }
}
