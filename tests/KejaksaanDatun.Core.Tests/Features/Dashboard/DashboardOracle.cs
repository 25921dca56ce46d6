using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Dashboard;

using Skk = KejaksaanDatun.Core.Domain.Skk;

/// <summary>
/// Every dashboard figure computed the plain way, in memory over every row of the database, straight from the
/// definitions in the XML documentation of the dashboard queries: what the SQL must agree with.
/// </summary>
internal sealed class DashboardOracle
{
    private readonly Dictionary<int, Office> _offices;
    private readonly List<Skk> _skks;
    private readonly ILookup<int, Payment> _payments;
    private readonly List<InstallmentPlan> _plans;
    private readonly List<RegistrationOutcome> _outcomes;
    private readonly List<OfficeTarget> _targets;
    private readonly DateTime _now;

    private DashboardOracle(List<Office> offices, List<Skk> skks, List<Payment> payments, List<InstallmentPlan> plans,
        List<RegistrationOutcome> outcomes, List<OfficeTarget> targets, DateTime now)
    {
        _offices = offices.ToDictionary(o => o.Id);
        _skks = skks;
        _payments = payments.ToLookup(p => p.SkkId);
        _plans = plans;
        _outcomes = outcomes;
        _targets = targets;
        _now = now;
    }

    public static async Task<DashboardOracle> LoadAsync(DatunDbContext db, DateTime now) => new(
        await db.Offices.AsNoTracking().ToListAsync(),
        await db.Skks.AsNoTracking().Include(s => s.Teams).ToListAsync(),
        await db.Payments.AsNoTracking().ToListAsync(),
        await db.InstallmentPlans.AsNoTracking().Include(p => p.Installments).ToListAsync(),
        await db.RegistrationOutcomes.AsNoTracking().ToListAsync(),
        await db.OfficeTargets.AsNoTracking().ToListAsync(),
        now);

    public IReadOnlyCollection<Office> Offices => _offices.Values;

    /// <summary>The lead JPN of each case's active team, to pick JPN filters from.</summary>
    public IEnumerable<string> Leads => _skks.Select(LeadOf).OfType<string>().Distinct().Order();

    public sealed record Expected(
        CaseFigures Totals,
        Dictionary<CaseOutcome, int> FinishedByOutcome,
        decimal? AverageDaysToOutcome,
        int EmployersRegistered,
        int WorkersAdded,
        InstallmentFigures Installments,
        Dictionary<AgingBucket, (int Cases, long Arrears)> Aging,
        List<(int OfficeId, bool Own, CaseFigures Figures, long? TargetRecovered, int? TargetFinished)> ByOffice,
        Dictionary<string, CaseFigures> ByJpn,
        Dictionary<CaseType, CaseFigures> ByCaseType,
        List<MonthFiguresRow> Months,
        List<(int EmployerId, int Cases, long Arrears, long Recovered)> TopEmployers,
        (long? Recovered, int? Finished) Target);

    public Expected Compute(DashboardFilter filter, int topEmployers)
    {
        var chosen = _offices[filter.OfficeId!.Value];
        var kejaksaanView = chosen.Institution == Institution.Kejaksaan;
        Office ViewOffice(Skk s) => _offices[kejaksaanView ? s.KejaksaanOfficeId : s.BpjsOfficeId];
        bool Under(Office office, Office top) => office.Path.StartsWith(top.Path, StringComparison.Ordinal);
        var from = filter.From;
        var to = filter.To;
        bool InPeriod(DateOnly day) => day >= from && day <= to;
        var today = DateOnly.FromDateTime(OfficeClock.ToLocal(_now, chosen.TimeZone));

        var scope = _skks
            .Where(s => s.HandedOverAt is not null && s.Status is not (SkkStatus.Draft or SkkStatus.Dikembalikan))
            .Where(s => Under(ViewOffice(s), chosen))
            .Where(s => filter.CaseType is null || s.CaseType == filter.CaseType)
            .Where(s => filter.JpnUserId is null || LeadOf(s) == filter.JpnUserId)
            .ToList();

        DateOnly Local(DateTime utc, Skk s) => DateOnly.FromDateTime(OfficeClock.ToLocal(utc, _offices[s.KejaksaanOfficeId].TimeZone));
        DateOnly HandedOn(Skk s) => Local(s.HandedOverAt!.Value, s);
        DateOnly? ClosedOn(Skk s) => s.ClosedAt is { } closed ? Local(closed, s) : null;
        IEnumerable<Payment> Counted(Skk s) => _payments[s.Id].Where(p => p.State == PaymentState.Confirmed && !p.IsReversal);

        bool Received(Skk s) => InPeriod(HandedOn(s));
        bool Finished(Skk s) => ClosedOn(s) is { } closed && InPeriod(closed);
        bool InProgress(Skk s) => HandedOn(s) <= to && (ClosedOn(s) is not { } closed || closed > to);

        CaseFigures FiguresOf(IEnumerable<Skk> cases)
        {
            var list = cases.ToList();
            var received = list.Where(Received).ToList();
            return new CaseFigures(
                received.Count,
                received.Sum(s => s.TotalArrearsSen),
                list.Count(InProgress),
                list.Count(Finished),
                list.Sum(s => Counted(s).Where(p => InPeriod(p.PaidOn)).Sum(p => p.AmountSen)),
                received.Sum(s => Counted(s).Where(p => p.PaidOn <= to).Sum(p => p.AmountSen)));
        }

        var finished = scope.Where(Finished).ToList();
        var byOutcome = finished.Where(s => Outcome(s) is not null).GroupBy(s => Outcome(s)!.Value).ToDictionary(g => g.Key, g => g.Count());
        decimal? averageDays = finished.Count == 0 ? null
            : Math.Round((decimal)finished.Sum(s => ClosedOn(s)!.Value.DayNumber - HandedOn(s).DayNumber) / finished.Count, 1,
                MidpointRounding.AwayFromZero);

        var scopeById = scope.ToDictionary(s => s.Id);
        var scopeIds = scopeById.Keys.ToHashSet();
        var confirmedOutcomes = _outcomes.Where(o => scopeIds.Contains(o.SkkId) && o.State == PaymentState.Confirmed && InPeriod(o.EffectiveOn)).ToList();

        var installments = new List<InstallmentStanding>();
        foreach (var plan in _plans.Where(p => p.IsCurrent && scopeIds.Contains(p.SkkId)))
        {
            var skk = scopeById[plan.SkkId];
            foreach (var installment in plan.Installments.Where(i => InPeriod(i.DueOn)))
            {
                var paidByDueDate = Counted(skk).Where(p => p.PaidOn >= plan.SignedOn && p.PaidOn <= installment.DueOn).Sum(p => p.AmountSen);
                var dueByThen = plan.Installments.Where(i => i.Number <= installment.Number).Sum(i => i.AmountSen);
                installments.Add(paidByDueDate >= dueByThen ? InstallmentStanding.OnSchedule
                    : installment.PaidSen >= installment.AmountSen ? InstallmentStanding.PaidLate
                    : installment.DueOn < today ? InstallmentStanding.Broken
                    : InstallmentStanding.NotYetDue);
            }
        }

        var referenceDay = to < today ? to : today;
        var open = scope.Where(InProgress).ToList();
        var aging = open.GroupBy(s => Bucket(referenceDay.DayNumber - HandedOn(s).DayNumber))
            .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(s => s.TotalArrearsSen)));

        (long? Recovered, int? Finished) TargetOf(Office office)
        {
            var targets = _targets.Where(t => t.OfficeId == office.Id && t.Year >= from.Year && t.Year <= to.Year).ToList();
            return (targets.Count == 0 ? null : targets.Sum(t => t.RecoveredSen),
                targets.All(t => t.FinishedCases is null) ? null : targets.Sum(t => t.FinishedCases ?? 0));
        }

        var byOffice = new List<(int, bool, CaseFigures, long?, int?)>();
        var own = FiguresOf(scope.Where(s => ViewOffice(s).Id == chosen.Id));
        if (own != CaseFigures.None) byOffice.Add((chosen.Id, true, own, null, null));
        foreach (var child in _offices.Values.Where(o => o.ParentId == chosen.Id).OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            var target = TargetOf(child);
            byOffice.Add((child.Id, false, FiguresOf(scope.Where(s => Under(ViewOffice(s), child))), target.Recovered, target.Finished));
        }

        var months = new List<MonthFiguresRow>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            bool InMonth(DateOnly day) => InPeriod(day) && day.Year == month.Year && day.Month == month.Month;
            var receivedInMonth = scope.Where(s => InMonth(HandedOn(s))).ToList();
            months.Add(new MonthFiguresRow(month,
                receivedInMonth.Count,
                receivedInMonth.Sum(s => s.TotalArrearsSen),
                scope.Count(s => ClosedOn(s) is { } closed && InMonth(closed)),
                scope.SelectMany(Counted).Where(p => InMonth(p.PaidOn)).Sum(p => p.AmountSen),
                confirmedOutcomes.Count(o => o.Kind == RegistrationOutcomeKind.NppDiterbitkan && InMonth(o.EffectiveOn)),
                confirmedOutcomes.Where(o => o.Kind == RegistrationOutcomeKind.TenagaKerjaDitambahkan && InMonth(o.EffectiveOn))
                    .Sum(o => o.WorkersAdded ?? 0)));
        }

        var top = open.GroupBy(s => s.EmployerId)
            .Select(g => (EmployerId: g.Key, Cases: g.Count(), Arrears: g.Sum(s => s.TotalArrearsSen),
                Recovered: g.Sum(s => Counted(s).Where(p => p.PaidOn <= to).Sum(p => p.AmountSen))))
            .OrderByDescending(e => e.Arrears - e.Recovered).ThenBy(e => e.EmployerId)
            .Take(topEmployers)
            .ToList();

        return new Expected(
            FiguresOf(scope),
            byOutcome,
            averageDays,
            confirmedOutcomes.Count(o => o.Kind == RegistrationOutcomeKind.NppDiterbitkan),
            confirmedOutcomes.Where(o => o.Kind == RegistrationOutcomeKind.TenagaKerjaDitambahkan).Sum(o => o.WorkersAdded ?? 0),
            new InstallmentFigures(
                installments.Count(i => i == InstallmentStanding.OnSchedule), installments.Count(i => i == InstallmentStanding.PaidLate),
                installments.Count(i => i == InstallmentStanding.Broken), installments.Count(i => i == InstallmentStanding.NotYetDue)),
            aging,
            byOffice,
            scope.GroupBy(s => LeadOf(s) ?? "").Select(g => (g.Key, Figures: FiguresOf(g))).Where(j => !j.Figures.IsEmpty)
                .ToDictionary(j => j.Key, j => j.Figures),
            scope.GroupBy(s => s.CaseType).ToDictionary(g => g.Key, g => FiguresOf(g)),
            months,
            top,
            TargetOf(chosen));
    }

    private static string? LeadOf(Skk skk) => skk.Teams.Where(t => t.IsActive).Select(t => t.LeadJpnId).FirstOrDefault();

    private static CaseOutcome? Outcome(Skk skk) => skk.Status == SkkStatus.Dicabut ? CaseOutcome.Dicabut : skk.Outcome;

    private static AgingBucket Bucket(int days) => days switch
    {
        <= 30 => AgingBucket.UpTo30,
        <= 90 => AgingBucket.UpTo90,
        <= 180 => AgingBucket.UpTo180,
        <= 365 => AgingBucket.UpTo365,
        _ => AgingBucket.Over365,
    };
}
