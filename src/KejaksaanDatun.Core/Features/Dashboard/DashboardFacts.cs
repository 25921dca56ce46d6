using System.Linq.Expressions;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Dashboard;

/// <summary>
/// One thing a figure counts or sums (a case received, a payment, an installment due…), with the case it belongs to,
/// the month it happened in and its amount. Every figure is a <see cref="Tallies{TKey}"/> of facts grouped in SQL by
/// one key (an office, a JPN, a case type, a month, a category), so the rows of every table add up to the totals.
/// </summary>
internal sealed class Fact
{
    public DashboardCase Case { get; init; } = null!;
    /// <summary>
    /// Year × 100 + month of the fact's own day, e.g. 202402: one integer groups alike on every provider. Set by the facts
    /// that happen on a day; not by cases in progress nor the per-case sums of payments (a query
    /// grouping by a member its source does not set cannot be translated).
    /// </summary>
    public int Month { get; init; }
    /// <summary>Sen or days, by fact.</summary>
    public long Amount { get; init; }
    /// <summary>The category of a case in progress (<see cref="AgingBucket"/>) or an installment (<see cref="InstallmentStanding"/>).</summary>
    public int Category { get; init; }
}

/// <summary>Where the figures come from. Each definition lives here once, and every table and total uses it.</summary>
internal static class DashboardFacts
{
    /// <summary>
    /// SKK received: handed over to the Kejaksaan (<see cref="Domain.Skk.HandedOverAt"/>) on a day of the period;
    /// amount = total arrears (iuran + denda).
    /// </summary>
    public static IQueryable<Fact> Received(this DashboardScope scope) =>
        scope.ZonedCases
            .Where(z => z.Case.HandedOverAt >= z.PeriodStart && z.Case.HandedOverAt < z.PeriodEnd)
            .Select(z => new Fact
            {
                Case = z.Case, Amount = z.Case.ArrearsSen,
                Month = z.Case.HandedOverAt.AddHours(z.OffsetHours).Year * 100 + z.Case.HandedOverAt.AddHours(z.OffsetHours).Month,
            });

    /// <summary>
    /// Cases finished on a day of the period (<see cref="Domain.Skk.ClosedAt"/>): closed with an outcome (Selesai, later
    /// Dilaporkan) or withdrawn (Dicabut). Counted only: <see cref="DaysToOutcome"/> adds the days, which cost the
    /// database a date conversion per case.
    /// </summary>
    public static IQueryable<Fact> Finished(this DashboardScope scope) =>
        scope.FinishedInPeriod().Select(z => new Fact
        {
            Case = z.Case, Amount = 0,
            Month = z.Case.ClosedAt!.Value.AddHours(z.OffsetHours).Year * 100 + z.Case.ClosedAt!.Value.AddHours(z.OffsetHours).Month,
        });

    /// <summary><see cref="Finished"/> with amount = calendar days from handover to finishing, at the office handling the case.</summary>
    public static IQueryable<Fact> DaysToOutcome(this DashboardScope scope) =>
        scope.FinishedInPeriod().Select(z => new Fact
        {
            Case = z.Case,
            Month = z.Case.ClosedAt!.Value.AddHours(z.OffsetHours).Year * 100 + z.Case.ClosedAt!.Value.AddHours(z.OffsetHours).Month,
            Amount = DateOnly.FromDateTime(z.Case.ClosedAt!.Value.AddHours(z.OffsetHours)).DayNumber
                - DateOnly.FromDateTime(z.Case.HandedOverAt.AddHours(z.OffsetHours)).DayNumber,
        });

    private static IQueryable<ZonedCase> FinishedInPeriod(this DashboardScope scope) =>
        scope.ZonedCases.Where(z => z.Case.ClosedAt >= z.PeriodStart && z.Case.ClosedAt < z.PeriodEnd);

    /// <summary>
    /// Cases in progress at the end of the period: handed over on or before its last day and not finished by then;
    /// amount = total arrears, category = <see cref="AgingBucket"/> by calendar days from handover to the period's
    /// reference day.
    /// </summary>
    public static IQueryable<Fact> InProgress(this DashboardScope scope) =>
        scope.ZonedCases
            .Where(z => z.Case.HandedOverAt < z.PeriodEnd && (z.Case.ClosedAt == null || z.Case.ClosedAt >= z.PeriodEnd))
            .Select(z => new Fact
            {
                Case = z.Case, Amount = z.Case.ArrearsSen,
                Category = z.Case.HandedOverAt >= z.Aged30 ? (int)AgingBucket.UpTo30
                    : z.Case.HandedOverAt >= z.Aged90 ? (int)AgingBucket.UpTo90
                    : z.Case.HandedOverAt >= z.Aged180 ? (int)AgingBucket.UpTo180
                    : z.Case.HandedOverAt >= z.Aged365 ? (int)AgingBucket.UpTo365
                    : (int)AgingBucket.Over365,
            });

    /// <summary>
    /// Recovered: confirmed payments paid (<see cref="Payment.PaidOn"/>, the date in BPJS's records) on a day of the
    /// period, of any case in scope whenever it was received; one fact per case, amount = its payments' sum. A
    /// reversed payment is no longer confirmed, and the correcting row of a reversal is itself reversed, so both drop out.
    /// </summary>
    public static IQueryable<Fact> Recovered(this DashboardScope scope) =>
        PaidPerCase(scope.PaymentsOf(scope.Cases).Where(p => p.PaidOn >= scope.Period.From && p.PaidOn <= scope.Period.To), scope.Cases);

    /// <summary><see cref="Recovered"/> per month of payment, for the trend: the cases in scope only select the payments.</summary>
    public static IQueryable<KeyedTally<int>> RecoveredPerMonth(this DashboardScope scope)
    {
        var period = scope.Period;
        return scope.PaymentsOf(scope.Cases)
            .Where(p => p.PaidOn >= period.From && p.PaidOn <= period.To)
            .GroupBy(p => p.PaidOn.Year * 100 + p.PaidOn.Month)
            .Select(g => new KeyedTally<int>(g.Key, g.Count(), g.Sum(p => p.AmountSen)));
    }

    /// <summary>
    /// What the cases received in the period have recovered by its last day: confirmed payments paid on or before
    /// <see cref="DashboardPeriod.To"/>, one fact per case. The recovery rate sets it against those cases' arrears.
    /// </summary>
    public static IQueryable<Fact> RecoveredOfReceived(this DashboardScope scope)
    {
        var received = scope.Received().Select(f => f.Case);
        return PaidPerCase(scope.PaymentsOf(received).Where(p => p.PaidOn <= scope.Period.To), received);
    }

    /// <summary>
    /// The registration results in one query, per key: confirmed NPP issued (PWBD) and the workers of confirmed
    /// "tenaga kerja ditambahkan" outcomes (PWBD, PDS) that took effect (<see cref="RegistrationOutcome.EffectiveOn"/>) on
    /// a day of the period. A reversed outcome is no longer confirmed and does not count.
    /// </summary>
    /// <param name="key"><see cref="InTotal"/> or <see cref="EffectiveMonth"/>.</param>
    public static IQueryable<RegistrationRow> Registrations(this DashboardScope scope, Expression<Func<RegistrationOutcome, int>> key)
    {
        var period = scope.Period;
        var ids = scope.CaseIds;
        return scope.Db.CountedRegistrations()
            .Where(r => r.EffectiveOn >= period.From && r.EffectiveOn <= period.To && ids.Contains(r.SkkId))
            .GroupBy(key)
            .Select(g => new RegistrationRow(
                g.Key,
                g.Count(r => r.Kind == RegistrationOutcomeKind.NppDiterbitkan),
                g.Sum(r => r.Kind == RegistrationOutcomeKind.TenagaKerjaDitambahkan ? r.WorkersAdded ?? 0 : 0)));
    }

    public static async Task<RegistrationTallies> ToRegistrationTalliesAsync(this IQueryable<RegistrationRow> rows, CancellationToken ct) =>
        new(await rows.ToDictionaryAsync(r => r.Key, ct));

    /// <summary>The key of the one row of the registration totals.</summary>
    public static readonly Expression<Func<RegistrationOutcome, int>> InTotal = r => 0;
    /// <summary>The key of the registration rows per month: year × 100 + month of the day the outcome took effect.</summary>
    public static readonly Expression<Func<RegistrationOutcome, int>> EffectiveMonth = r => r.EffectiveOn.Year * 100 + r.EffectiveOn.Month;

    /// <summary>
    /// Installments of the current plans (the Surat Pernyataan Kesanggupan in force) due on a day of the period, per
    /// <see cref="InstallmentStanding"/>: how many, and their amounts. An installment is paid by its due date when the
    /// confirmed payments made from the plan's signing to the due date cover it and every earlier installment: the day
    /// they first do is <see cref="Installment.PaidInFullOn"/>, kept by <see cref="RecoveryMath.Allocate"/>.
    /// </summary>
    public static IQueryable<KeyedTally<int>> InstallmentsByStanding(this DashboardScope scope)
    {
        var period = scope.Period;
        var db = scope.Db;
        var ids = scope.CaseIds;
        return (from i in db.Installments
                join plan in db.InstallmentPlans on i.PlanId equals plan.Id
                where plan.IsCurrent && i.DueOn >= period.From && i.DueOn <= period.To && ids.Contains(plan.SkkId)
                select new
                {
                    i.AmountSen,
                    Standing = i.PaidInFullOn <= i.DueOn ? (int)InstallmentStanding.OnSchedule
                        : i.PaidSen >= i.AmountSen ? (int)InstallmentStanding.PaidLate
                        : i.DueOn < period.Today ? (int)InstallmentStanding.Broken
                        : (int)InstallmentStanding.NotYetDue,
                })
            .GroupBy(i => i.Standing)
            .Select(g => new KeyedTally<int>(g.Key, g.Count(), g.Sum(i => i.AmountSen)));
    }

    /// <summary>The registration results the figures count: confirmed NPP issued and confirmed workers added.</summary>
    public static IQueryable<RegistrationOutcome> CountedRegistrations(this DatunDbContext db) =>
        db.RegistrationOutcomes.Where(r => r.State == PaymentState.Confirmed
            && (r.Kind == RegistrationOutcomeKind.NppDiterbitkan || r.Kind == RegistrationOutcomeKind.TenagaKerjaDitambahkan));

    /// <summary>
    /// Payments that count as recovered. Only the state is tested: the correcting row of a reversal is created reversed
    /// (<see cref="Recovery.ReversePaymentHandler"/>), and a test of its link to the reversed payment would lead SQLite to
    /// the foreign-key index of that link, where nearly every payment has the same null.
    /// </summary>
    public static IQueryable<Payment> ConfirmedPayments(this DatunDbContext db) =>
        db.Payments.Where(p => p.State == PaymentState.Confirmed);

    private static IQueryable<Payment> PaymentsOf(this DashboardScope scope, IQueryable<DashboardCase> cases)
    {
        var ids = cases.Select(c => c.Id);
        return scope.Db.ConfirmedPayments().Where(p => ids.Contains(p.SkkId));
    }

    /// <summary>
    /// The payments summed per case before each case is read once: a case pays many times, and reading the case for
    /// every payment is what would make national figures slow.
    /// </summary>
    private static IQueryable<Fact> PaidPerCase(IQueryable<Payment> payments, IQueryable<DashboardCase> cases) =>
        from paid in payments.GroupBy(p => p.SkkId).Select(g => new { SkkId = g.Key, Amount = g.Sum(p => p.AmountSen) })
        join c in cases on paid.SkkId equals c.Id
        select new Fact { Case = c, Amount = paid.Amount };

    /// <summary>Counts and sums the facts per key, in one SQL query that returns one row per key.</summary>
    public static IQueryable<KeyedTally<TKey>> Tallied<TKey>(this IQueryable<Fact> facts, Expression<Func<Fact, TKey>> key) =>
        facts.GroupBy(key).Select(g => new KeyedTally<TKey>(g.Key, g.Count(), g.Sum(f => f.Amount)));

    public static async Task<Tallies<TKey>> TallyBy<TKey>(this IQueryable<Fact> facts, Expression<Func<Fact, TKey>> key, CancellationToken ct) =>
        await facts.Tallied(key).ToTalliesAsync(ct);

    public static async Task<Tallies<TKey>> ToTalliesAsync<TKey>(this IQueryable<KeyedTally<TKey>> rows, CancellationToken ct) =>
        new(await rows.ToListAsync(ct));
}

/// <summary>The registration results of one key: employers newly registered and workers added.</summary>
internal sealed record RegistrationRow(int Key, int EmployersRegistered, int WorkersAdded);

/// <summary>The registration results per key; a key without results has none.</summary>
internal sealed class RegistrationTallies(IReadOnlyDictionary<int, RegistrationRow> byKey)
{
    public RegistrationRow this[int key] => byKey.GetValueOrDefault(key) ?? new RegistrationRow(key, 0, 0);
}

/// <summary>One row of a grouped figure: its key, how many facts, and what their amounts add up to.</summary>
internal sealed record KeyedTally<TKey>(TKey Key, int Count, long Sum);

/// <summary>How many facts, and what their amounts add up to.</summary>
internal readonly record struct Tally(int Count, long Sum);

/// <summary>The tallies of one figure per key; a key without facts tallies nothing.</summary>
internal sealed class Tallies<TKey>
{
    // Null is a key like any other (cases without a JPN team); a dictionary cannot hold it, so it stands in for it.
    private static readonly object NullKey = new();
    private readonly Dictionary<object, Tally> _byKey = [];

    public Tallies(IEnumerable<KeyedTally<TKey>> rows)
    {
        foreach (var row in rows) _byKey[(object?)row.Key ?? NullKey] = new Tally(row.Count, row.Sum);
    }

    public Tally this[TKey key] => _byKey.GetValueOrDefault((object?)key ?? NullKey);

    /// <summary>The keys that have facts.</summary>
    public IEnumerable<TKey> Keys => _byKey.Keys.Select(k => k == NullKey ? default! : (TKey)k);

    public Tally Total => new(_byKey.Values.Sum(t => t.Count), _byKey.Values.Sum(t => t.Sum));
}
