using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Letters;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Reminders;

/// <summary>How many reminders a re-planning put in place (new or brought back) and cancelled.</summary>
public sealed record ReplanResult(int Created, int Cancelled);

/// <summary>
/// Brings the reminder rows of cases, agreements and offices in line with <see cref="ReminderPlan"/>: pending
/// reminders their subject no longer calls for are cancelled with the reason, wanted ones still in the future are
/// added. Delivered reminders are never touched nor planned again. Every command on a case or an agreement
/// re-plans it in its own transaction (<see cref="ReplanRemindersBehavior{TMessage,TResponse}"/>); the daily sweep
/// and a rule edit call <see cref="ReplanAllAsync"/>.
/// </summary>
public sealed class ReminderPlanner(DatunDbContext db, OfficeClock clock)
{
    /// <summary>Cases per round trip: large enough to keep the sweep's queries few, small enough to bound its memory.</summary>
    private const int BatchSize = 500;

    public Task<ReplanResult> ReplanCaseAsync(int skkId, CancellationToken ct = default) => ReplanCasesAsync([skkId], ct);

    public async Task<ReplanResult> ReplanCasesAsync(IReadOnlyCollection<int> skkIds, CancellationToken ct = default)
    {
        var rules = await LoadRulesAsync(ct);
        var tally = new Tally();
        foreach (var batch in skkIds.Distinct().Chunk(BatchSize)) await PlanCasesAsync(batch, rules, tally, ct);
        await db.SaveChangesAsync(ct);
        return tally.Result;
    }

    public Task<ReplanResult> ReplanAgreementAsync(int agreementId, CancellationToken ct = default) => ReplanAgreementsAsync([agreementId], ct);

    public async Task<ReplanResult> ReplanAgreementsAsync(IReadOnlyCollection<int> agreementIds, CancellationToken ct = default)
    {
        var rules = await LoadRulesAsync(ct);
        var tally = new Tally();
        foreach (var batch in agreementIds.Distinct().Chunk(BatchSize)) await PlanAgreementsAsync(batch, rules, tally, ct);
        await db.SaveChangesAsync(ct);
        return tally.Result;
    }

    public async Task<ReplanResult> PlanMonthlyReportsAsync(CancellationToken ct = default)
    {
        var rules = await LoadRulesAsync(ct);
        var tally = new Tally();
        await PlanMonthlyReportsAsync(rules, tally, null, ct);
        await db.SaveChangesAsync(ct);
        return tally.Result;
    }

    /// <summary>The monthly report reminders of some offices, e.g. when one issues or voids a report.</summary>
    public async Task<ReplanResult> ReplanMonthlyReportsAsync(IReadOnlyCollection<int> officeIds, CancellationToken ct = default)
    {
        var rules = await LoadRulesAsync(ct);
        var tally = new Tally();
        await PlanMonthlyReportsAsync(rules, tally, officeIds.Distinct().ToArray(), ct);
        await db.SaveChangesAsync(ct);
        return tally.Result;
    }

    /// <summary>
    /// Re-plans every open case, every agreement and every reporting office, plus any subject that still has pending
    /// reminders (a closed case's, a disabled rule's). Linear in the number of cases, one batch in memory at a time;
    /// it saves per batch and clears the context's change tracker, so it is meant for a context of its own (a job,
    /// the start of the app), not the middle of a command. Running it twice changes nothing the second time.
    /// </summary>
    public async Task<ReplanResult> ReplanAllAsync(CancellationToken ct = default)
    {
        var rules = await LoadRulesAsync(ct);
        var tally = new Tally();
        await SweepAsync(after => db.Skks
                .Where(s => s.Id > after && (s.Status == SkkStatus.Diterima || s.Status == SkkStatus.Ditangani
                    || db.Reminders.Any(r => r.SkkId == s.Id && r.State == ReminderState.Pending)))
                .OrderBy(s => s.Id).Select(s => s.Id),
            batch => PlanCasesAsync(batch, rules, tally, ct), ct);
        await SweepAsync(after => db.Agreements.Where(a => a.Id > after).OrderBy(a => a.Id).Select(a => a.Id),
            batch => PlanAgreementsAsync(batch, rules, tally, ct), ct);
        await PlanMonthlyReportsAsync(rules, tally, null, ct);
        await db.SaveChangesAsync(ct);
        return tally.Result;
    }

    private async Task SweepAsync(Func<int, IQueryable<int>> idsAfter, Func<int[], Task> plan, CancellationToken ct)
    {
        var after = 0;
        while (true)
        {
            var batch = await idsAfter(after).Take(BatchSize).ToArrayAsync(ct);
            if (batch.Length == 0) return;
            await plan(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            after = batch[^1];
        }
    }

    private async Task PlanCasesAsync(int[] skkIds, Rules rules, Tally tally, CancellationToken ct)
    {
        var cases = await LoadCasesAsync(skkIds, ct);
        var desired = cases.Values.SelectMany(c => ReminderPlan.ForCase(c, rules.Enabled));
        var pending = await db.Reminders
            .Where(r => r.SkkId != null && skkIds.Contains(r.SkkId.Value) && r.State == ReminderState.Pending).ToListAsync(ct);
        await ReconcileAsync(desired, pending,
            r => ReminderPlan.WhyCancelled(r, cases.GetValueOrDefault(r.SkkId!.Value), rules.EnabledIds), tally, ct);
    }

    private async Task<Dictionary<int, CaseSubject>> LoadCasesAsync(int[] skkIds, CancellationToken ct)
    {
        var heads = await db.Skks.AsNoTracking().Where(s => skkIds.Contains(s.Id))
            .Select(s => new
            {
                s.Id, s.Status, s.Number, s.RegisterNumber, Employer = s.Employer!.Name, s.ValidUntil, s.KejaksaanOfficeId,
                s.KejaksaanOffice!.TimeZone,
            })
            .ToListAsync(ct);
        // Summonses, installments and idleness matter only while the JPN team works the case.
        var handled = heads.Where(h => h.Status == SkkStatus.Ditangani).Select(h => h.Id).ToArray();
        var summonses = handled.Length == 0 ? [] : await db.Summonses.AsNoTracking()
            .Where(s => handled.Contains(s.SkkId) && s.Attendance == SummonsAttendance.Pending)
            .Select(s => new { s.SkkId, s.Id, s.Sequence, s.ScheduledAt, s.Place })
            .ToListAsync(ct);
        var installments = handled.Length == 0 ? [] : await (
                from plan in db.InstallmentPlans
                where plan.IsCurrent && handled.Contains(plan.SkkId)
                join i in db.Installments on plan.Id equals i.PlanId
                select new { plan.SkkId, i.Id, i.Number, i.DueOn, i.AmountSen, i.PaidSen })
            .ToListAsync(ct);
        var lastEvents = handled.Length == 0 ? [] : await db.CaseEvents
            .Where(e => handled.Contains(e.SkkId))
            .GroupBy(e => e.SkkId)
            .Select(g => new { SkkId = g.Key, At = g.Max(e => e.At) })
            .ToDictionaryAsync(x => x.SkkId, x => x.At, ct);

        var summonsesOf = summonses.ToLookup(s => s.SkkId, s => new SummonsSubject(s.Id, s.Sequence, s.ScheduledAt, s.Place));
        var installmentsOf = installments.ToLookup(i => i.SkkId,
            i => new InstallmentSubject(i.Id, i.Number, i.DueOn, i.AmountSen, i.PaidSen));
        return heads.ToDictionary(h => h.Id, h => new CaseSubject(
            h.Id, h.Status, h.Number, h.RegisterNumber, h.Employer, h.ValidUntil, h.KejaksaanOfficeId, h.TimeZone,
            lastEvents.TryGetValue(h.Id, out var at) ? at : null,
            summonsesOf[h.Id].ToList(), installmentsOf[h.Id].ToList()));
    }

    private async Task PlanAgreementsAsync(int[] agreementIds, Rules rules, Tally tally, CancellationToken ct)
    {
        var agreements = await db.Agreements.AsNoTracking().Where(a => agreementIds.Contains(a.Id))
            .Select(a => new AgreementSubject(a.Id, a.Kind, a.Number, a.ValidUntil,
                db.Agreements.Any(next => next.RenewsAgreementId == a.Id),
                a.KejaksaanOfficeId, a.KejaksaanOffice!.Name, a.BpjsOffice!.Name, a.KejaksaanOffice.TimeZone))
            .ToDictionaryAsync(a => a.Id, ct);
        var desired = agreements.Values.SelectMany(a => ReminderPlan.ForAgreement(a, rules.Enabled));
        var pending = await db.Reminders
            .Where(r => r.AgreementId != null && agreementIds.Contains(r.AgreementId.Value) && r.State == ReminderState.Pending)
            .ToListAsync(ct);
        await ReconcileAsync(desired, pending,
            r => ReminderPlan.WhyCancelled(r, agreements.GetValueOrDefault(r.AgreementId!.Value), rules.EnabledIds), tally, ct);
    }

    /// <param name="officeIds">The offices to plan; null for every office.</param>
    private async Task PlanMonthlyReportsAsync(Rules rules, Tally tally, int[]? officeIds, CancellationToken ct)
    {
        // An office reports once it has registered a case.
        var candidates = officeIds is null ? db.Offices : db.Offices.Where(o => officeIds.Contains(o.Id));
        var offices = await candidates.AsNoTracking()
            .Where(o => db.Skks.Any(s => s.KejaksaanOfficeId == o.Id && s.AcceptedAt != null))
            .Select(o => new { o.Id, o.Name, o.TimeZone })
            .ToListAsync(ct);
        var issued = await IssuedMonthsAsync(officeIds, ct);
        var reporting = offices.Select(o => new ReportingOffice(o.Id, o.Name, o.TimeZone, clock.Today(o.TimeZone),
            issued.TryGetValue(o.Id, out var months) ? months : null)).ToList();
        var desired = reporting.SelectMany(o => ReminderPlan.ForMonthlyReports(o, rules.Enabled));
        var issuedSubjects = issued.SelectMany(o => o.Value.Select(month => ReminderPlan.MonthlySubject(o.Key, month))).ToHashSet();
        var pendingOnes = db.Reminders.Where(r => r.Kind == ReminderKind.MonthlyReportDue && r.State == ReminderState.Pending);
        if (officeIds is not null) pendingOnes = pendingOnes.Where(r => officeIds.Contains(r.OfficeId));
        var pending = await pendingOnes.ToListAsync(ct);
        await ReconcileAsync(desired, pending, r => ReminderPlan.WhyCancelledMonthly(r, issuedSubjects, rules.EnabledIds), tally, ct);
    }

    /// <summary>
    /// The months whose report each office has issued and not voided, from last month on (the earliest a reminder is
    /// still planned for, in the zone whose calendar is furthest behind).
    /// </summary>
    private async Task<Dictionary<int, IReadOnlySet<DateOnly>>> IssuedMonthsAsync(int[]? officeIds, CancellationToken ct)
    {
        var today = clock.Today(OfficeTimeZone.WIB);
        var since = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var reports = db.Letters.AsNoTracking().MonthlyReports().Where(l => !l.IsVoid && l.ReportedMonth >= since);
        if (officeIds is not null) reports = reports.Where(l => officeIds.Contains(l.OfficeId));
        var issued = await reports.Select(l => new { l.OfficeId, Month = l.ReportedMonth!.Value }).ToListAsync(ct);
        return issued.GroupBy(r => r.OfficeId)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<DateOnly>)g.Select(r => r.Month).ToHashSet());
    }

    private async Task ReconcileAsync(IEnumerable<PlannedReminder> desired, List<Reminder> pending, Func<Reminder, string> whyCancelled,
        Tally tally, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var wanted = new Dictionary<string, PlannedReminder>();
        foreach (var planned in desired) wanted.TryAdd(planned.Key, planned);

        foreach (var reminder in pending)
        {
            if (wanted.TryGetValue(reminder.Key, out var planned))
            {
                // Same rule, subject and instant, but e.g. another place: the text follows the subject.
                CopyText(planned, reminder);
                continue;
            }
            reminder.State = ReminderState.Cancelled;
            reminder.CancelledAt = now;
            reminder.CancelReason = whyCancelled(reminder);
            tally.Cancelled++;
        }

        var pendingKeys = pending.Where(r => r.State == ReminderState.Pending).Select(r => r.Key).ToHashSet();
        var missing = wanted.Values.Where(p => (p.DueAt > now || p.StillDueWhenLate) && !pendingKeys.Contains(p.Key)).ToList();
        if (missing.Count == 0) return;
        var keys = missing.Select(p => p.Key).ToArray();
        var earlier = await db.Reminders.Where(r => keys.Contains(r.Key)).ToDictionaryAsync(r => r.Key, ct);
        foreach (var planned in missing)
        {
            if (earlier.TryGetValue(planned.Key, out var reminder))
            {
                // Delivered stays delivered. A cancelled one comes back when its subject returns to the same schedule
                // (a summons moved and moved back): the key is unique, so the row is reused rather than duplicated.
                if (reminder.State != ReminderState.Cancelled) continue;
                reminder.State = ReminderState.Pending;
                reminder.DueAt = DeliveryInstant(planned, now);
                reminder.CancelledAt = null;
                reminder.CancelReason = null;
                CopyText(planned, reminder);
            }
            else
            {
                db.Reminders.Add(new Reminder
                {
                    RuleId = planned.Rule.Id, Kind = planned.Rule.Kind, Subject = planned.Subject, SkkId = planned.SkkId,
                    AgreementId = planned.AgreementId, OfficeId = planned.OfficeId, DueAt = DeliveryInstant(planned, now), Key = planned.Key,
                    Title = planned.Title, Message = planned.Message, Link = planned.Link, State = ReminderState.Pending,
                    CreatedAt = now,
                });
            }
            tally.Created++;
        }
    }

    /// <summary>
    /// A late reminder keeps the key of its own instant, so it is delivered once however often it is planned; it goes
    /// out during the office's working day.
    /// </summary>
    private static DateTime DeliveryInstant(PlannedReminder planned, DateTime now) =>
        planned.DueAt > now ? planned.DueAt : ReminderPlan.LateDeliveryAt(now, planned.Rule.LocalTime, planned.Zone);

    private static void CopyText(PlannedReminder planned, Reminder reminder)
    {
        reminder.Title = planned.Title;
        reminder.Message = planned.Message;
        reminder.Link = planned.Link;
        reminder.OfficeId = planned.OfficeId;
    }

    private async Task<Rules> LoadRulesAsync(CancellationToken ct)
    {
        var enabled = await db.ReminderRules.AsNoTracking().Where(r => r.IsEnabled).OrderBy(r => r.Id).ToListAsync(ct);
        return new Rules(enabled, enabled.Select(r => r.Id).ToHashSet());
    }

    private sealed record Rules(IReadOnlyList<ReminderRule> Enabled, IReadOnlySet<int> EnabledIds);

    private sealed class Tally
    {
        public int Created { get; set; }
        public int Cancelled { get; set; }
        public ReplanResult Result => new(Created, Cancelled);
    }
}
