using System.Globalization;
using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Reminders;

/// <summary>A case as the planner needs it: only what its reminders depend on.</summary>
public sealed record CaseSubject(
    int SkkId, SkkStatus Status, string Number, string? RegisterNumber, string EmployerName, DateOnly ValidUntil,
    int OfficeId, OfficeTimeZone Zone, DateTime? LastEventAt,
    IReadOnlyList<SummonsSubject> PendingSummonses, IReadOnlyList<InstallmentSubject> CurrentInstallments)
{
    public string Label => RegisterNumber ?? Number;
}

public sealed record SummonsSubject(int Id, int Sequence, DateTime ScheduledAt, string Place);

public sealed record InstallmentSubject(int Id, int Number, DateOnly DueOn, long AmountSen, long PaidSen)
{
    public bool IsPaid => PaidSen >= AmountSen;
}

public sealed record AgreementSubject(
    int Id, AgreementKind Kind, string Number, DateOnly ValidUntil, bool IsRenewed,
    int KejaksaanOfficeId, string KejaksaanOfficeName, string BpjsOfficeName, OfficeTimeZone Zone);

/// <summary>A Kejaksaan office that reports monthly, and the day it is at that office.</summary>
/// <param name="IssuedMonths">The months (first days) whose report the office has issued and not voided.</param>
public sealed record ReportingOffice(int OfficeId, string Name, OfficeTimeZone Zone, DateOnly Today, IReadOnlySet<DateOnly>? IssuedMonths = null)
{
    public bool HasIssued(DateOnly month) => IssuedMonths?.Contains(month) == true;
}

/// <summary>One reminder the current state of its subject calls for.</summary>
public sealed record PlannedReminder(
    ReminderRule Rule, string Subject, int? SkkId, int? AgreementId, int OfficeId, OfficeTimeZone Zone, DateTime DueAt,
    string Title, string Message, string Link)
{
    public string Key { get; } = ReminderPlan.KeyOf(Rule.Id, Subject, DueAt);

    /// <summary>
    /// Whether the reminder still has something to say after its instant passed without it being planned (a rule
    /// just enabled, a case taken over from before the reminders existed): an idle case is still idle, a missed
    /// summons still lacks its attendance, an unpaid installment is still unpaid. A day-before or expiry warning
    /// that comes too late would only mislead.
    /// </summary>
    public bool StillDueWhenLate => Rule.Kind is ReminderKind.CaseIdle or ReminderKind.SummonsMissed or ReminderKind.BrokenPromise;
}

/// <summary>
/// Which reminders a subject calls for, from its current state and the enabled rules: the whole set, past due
/// instants included, so that a reminder still waiting for the dispatcher is recognised as wanted and kept. The
/// planner inserts those still in the future, and those <see cref="PlannedReminder.StillDueWhenLate"/> that were
/// never delivered, and cancels pending ones that left the set.
/// </summary>
public static class ReminderPlan
{
    public static string KeyOf(int ruleId, string subject, DateTime dueAt) => $"{ruleId}:{subject}:{dueAt:yyyyMMddHHmm}";

    /// <summary>The subject's day moved by the rule's offset, at the rule's local time in the office's zone, as UTC.</summary>
    public static DateTime DueAt(DateOnly subjectDay, ReminderRule rule, OfficeTimeZone zone) =>
        DateTime.SpecifyKind(subjectDay.AddDays(rule.OffsetDays).ToDateTime(rule.LocalTime).AddHours(-(int)zone), DateTimeKind.Utc);

    /// <summary>The end of the working day in the offices; a late reminder is not sent after it.</summary>
    private static readonly TimeOnly EndOfWorkingDay = new(16, 0);

    /// <summary>
    /// When a reminder planned after its own instant goes out: at once during the office's working day (from the
    /// rule's local time until 16:00), otherwise at the rule's next local time, not in the middle of the night.
    /// </summary>
    public static DateTime LateDeliveryAt(DateTime nowUtc, TimeOnly localTime, OfficeTimeZone zone)
    {
        var local = OfficeClock.ToLocal(nowUtc, zone);
        var time = TimeOnly.FromDateTime(local);
        if (time >= localTime && time < EndOfWorkingDay) return nowUtc;
        var day = DateOnly.FromDateTime(local).AddDays(time < localTime ? 0 : 1);
        return DateTime.SpecifyKind(day.ToDateTime(localTime).AddHours(-(int)zone), DateTimeKind.Utc);
    }

    private static DateOnly LocalDay(DateTime utc, OfficeTimeZone zone) => DateOnly.FromDateTime(OfficeClock.ToLocal(utc, zone));

    public static IEnumerable<PlannedReminder> ForCase(CaseSubject c, IEnumerable<ReminderRule> enabledRules)
    {
        // Reminders follow a case from its registration at the Kejaksaan until it is closed or withdrawn.
        if (c.Status is not (SkkStatus.Diterima or SkkStatus.Ditangani)) yield break;
        var link = $"/skk/{c.SkkId}";
        foreach (var rule in enabledRules)
        {
            switch (rule.Kind)
            {
                case ReminderKind.SkkExpiry:
                {
                    var due = DueAt(c.ValidUntil, rule, c.Zone);
                    yield return Planned(rule, $"skk:{c.SkkId}", c, due, link,
                        ReminderTexts.SkkExpiryTitle(c), ReminderTexts.SkkExpiryMessage(c, rule));
                    break;
                }
                case ReminderKind.SummonsDay when c.Status == SkkStatus.Ditangani:
                    foreach (var s in c.PendingSummonses)
                        yield return Planned(rule, $"summons:{s.Id}", c, DueAt(LocalDay(s.ScheduledAt, c.Zone), rule, c.Zone), link,
                            ReminderTexts.SummonsDayTitle(c, s, rule), ReminderTexts.SummonsDayMessage(c, s, rule));
                    break;
                case ReminderKind.SummonsMissed when c.Status == SkkStatus.Ditangani:
                    foreach (var s in c.PendingSummonses)
                        yield return Planned(rule, $"summons:{s.Id}", c, DueAt(LocalDay(s.ScheduledAt, c.Zone), rule, c.Zone), link,
                            ReminderTexts.SummonsMissedTitle(c, s), ReminderTexts.SummonsMissedMessage(c, s));
                    break;
                case ReminderKind.InstallmentDue when c.Status == SkkStatus.Ditangani:
                    foreach (var i in c.CurrentInstallments.Where(i => !i.IsPaid))
                        yield return Planned(rule, $"installment:{i.Id}", c, DueAt(i.DueOn, rule, c.Zone), link,
                            ReminderTexts.InstallmentDueTitle(c, i), ReminderTexts.InstallmentDueMessage(c, i, rule));
                    break;
                case ReminderKind.BrokenPromise when c.Status == SkkStatus.Ditangani:
                    foreach (var i in c.CurrentInstallments.Where(i => !i.IsPaid))
                        yield return Planned(rule, $"installment:{i.Id}", c, DueAt(i.DueOn, rule, c.Zone), link,
                            ReminderTexts.BrokenPromiseTitle(c, i), ReminderTexts.BrokenPromiseMessage(c, i));
                    break;
                case ReminderKind.CaseIdle when c is { Status: SkkStatus.Ditangani, LastEventAt: { } last }:
                {
                    var since = LocalDay(last, c.Zone);
                    yield return Planned(rule, $"skk:{c.SkkId}", c, DueAt(since, rule, c.Zone), link,
                        ReminderTexts.CaseIdleTitle(c, rule), ReminderTexts.CaseIdleMessage(c, since));
                    break;
                }
            }
        }
    }

    public static IEnumerable<PlannedReminder> ForAgreement(AgreementSubject a, IEnumerable<ReminderRule> enabledRules)
    {
        // The renewal carries on the cooperation: only the latest agreement of a chain can run out.
        if (a.IsRenewed) yield break;
        foreach (var rule in enabledRules.Where(r => r.Kind == ReminderKind.AgreementExpiry))
            yield return new PlannedReminder(rule, $"agreement:{a.Id}", null, a.Id, a.KejaksaanOfficeId, a.Zone,
                DueAt(a.ValidUntil, rule, a.Zone), ReminderTexts.AgreementExpiryTitle(a), ReminderTexts.AgreementExpiryMessage(a, rule),
                "/kerja-sama");
    }

    /// <summary>
    /// The report of a month is due early in the next, counted from its first day. This month's reminder (possibly
    /// already due) and next month's are both wanted, so a daily sweep always has the next one in place; a month whose
    /// report is issued needs no reminder. The reminder opens the monthly report page on the reported month.
    /// </summary>
    public static IEnumerable<PlannedReminder> ForMonthlyReports(ReportingOffice office, IEnumerable<ReminderRule> enabledRules)
    {
        var thisMonth = new DateOnly(office.Today.Year, office.Today.Month, 1);
        foreach (var rule in enabledRules.Where(r => r.Kind == ReminderKind.MonthlyReportDue))
        {
            foreach (var dueMonth in new[] { thisMonth, thisMonth.AddMonths(1) })
            {
                var reported = dueMonth.AddMonths(-1);
                if (office.HasIssued(reported)) continue;
                var due = DueAt(dueMonth, rule, office.Zone);
                yield return new PlannedReminder(rule, MonthlySubject(office.OfficeId, reported), null, null, office.OfficeId, office.Zone, due,
                    ReminderTexts.MonthlyReportTitle(reported), ReminderTexts.MonthlyReportMessage(office, reported, LocalDay(due, office.Zone)),
                    MonthlyReportLink(reported));
            }
        }
    }

    /// <summary>What a monthly report reminder is about: <c>office:12:2026-10</c> for the report of October 2026.</summary>
    public static string MonthlySubject(int officeId, DateOnly reportedMonth) =>
        $"office:{officeId}:{reportedMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)}";

    /// <summary>The monthly report page on the reported month, at the user's own office (the reminder's recipients lead it).</summary>
    public static string MonthlyReportLink(DateOnly reportedMonth) =>
        $"/laporan-bulanan?bulan={reportedMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)}";

    private static PlannedReminder Planned(ReminderRule rule, string subject, CaseSubject c, DateTime due, string link, string title, string message) =>
        new(rule, subject, c.SkkId, null, c.OfficeId, c.Zone, due, title, message, link);

    /// <summary>Why a pending reminder of a case is no longer wanted, as the notification history shows it.</summary>
    public static string WhyCancelled(Reminder reminder, CaseSubject? c, IReadOnlySet<int> enabledRuleIds)
    {
        if (!enabledRuleIds.Contains(reminder.RuleId)) return ReminderTexts.RuleDisabled;
        if (c is null || c.Status == SkkStatus.Dicabut) return "SKK dicabut";
        if (c.Status is SkkStatus.Selesai or SkkStatus.Dilaporkan) return "Perkara selesai";
        if (c.Status is not (SkkStatus.Diterima or SkkStatus.Ditangani)) return "Perkara tidak lagi ditangani";
        switch (reminder.Kind)
        {
            case ReminderKind.SummonsDay or ReminderKind.SummonsMissed:
                return c.PendingSummonses.Any(s => $"summons:{s.Id}" == reminder.Subject)
                    ? "Jadwal undangan diubah" : "Kehadiran pada undangan sudah dicatat";
            case ReminderKind.InstallmentDue or ReminderKind.BrokenPromise:
                var installment = c.CurrentInstallments.FirstOrDefault(i => $"installment:{i.Id}" == reminder.Subject);
                return installment is null ? "Rencana angsuran diperbarui"
                    : installment.IsPaid ? "Angsuran sudah dibayar" : "Tanggal jatuh tempo angsuran diubah";
            case ReminderKind.SkkExpiry:
                return "Masa berlaku SKK diubah";
            case ReminderKind.CaseIdle:
                return "Ada kegiatan baru pada perkara";
            default:
                return ReminderTexts.ScheduleChanged;
        }
    }

    public static string WhyCancelled(Reminder reminder, AgreementSubject? a, IReadOnlySet<int> enabledRuleIds) =>
        !enabledRuleIds.Contains(reminder.RuleId) ? ReminderTexts.RuleDisabled
        : a is null ? "Kerja sama tidak ditemukan"
        : a.IsRenewed ? "Kerja sama sudah diperpanjang"
        : "Masa berlaku kerja sama diubah";

    /// <param name="issuedSubjects">The <see cref="MonthlySubject"/>s of the reports issued and not voided.</param>
    public static string WhyCancelledMonthly(Reminder reminder, IReadOnlySet<string> issuedSubjects, IReadOnlySet<int> enabledRuleIds) =>
        issuedSubjects.Contains(reminder.Subject) ? ReminderTexts.MonthlyReportIssued
        : !enabledRuleIds.Contains(reminder.RuleId) ? ReminderTexts.RuleDisabled
        : ReminderTexts.ScheduleChanged;
}
