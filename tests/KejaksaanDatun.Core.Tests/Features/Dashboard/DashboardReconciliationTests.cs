using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Features.Targets;
using KejaksaanDatun.Core.Tests.Infrastructure;

namespace KejaksaanDatun.Core.Tests.Features.Dashboard;

/// <summary>
/// The figures the database computes agree, to the sen, with <see cref="DashboardOracle"/> over random cases
/// (<see cref="RandomCaseData"/>) under random filters: every total, every breakdown row, every bucket.
/// </summary>
public class DashboardReconciliationTests
{
    private const int Seed = 20260606;
    private const int TopEmployers = 10;

    private static readonly string[] OfficeCodes =
        ["KEJAGUNG", "KEJATI-KALSEL", "KEJATI-KALTENG", "KEJARI-HST", "KEJARI-PLK", "BPJS-PUSAT", "BPJS-KANWIL-KAL", "BPJS-BJM"];

    [Fact]
    public async Task Every_figure_and_every_breakdown_row_matches_a_plain_computation_over_random_cases()
    {
        await using var app = await TestApp.StartAsync();
        app.Clock.Now = RandomCaseData.Now;
        await RandomCaseData.AddAsync(app, Seed, cases: 400);
        var admin = await app.As("admin");
        foreach (var (code, year, rupiah, finished) in new[] { ("KEJARI-HST", 2024, 750_000_000L, 12), ("KEJARI-BJM", 2024, 500_000_000L, 0),
                     ("KEJARI-BJM", 2025, 900_000_000L, 20), ("KEJATI-KALTENG", 2025, 1_000_000_000L, 0), ("BPJS-KDG", 2024, 250_000_000L, 5) })
            await app.Send(new SetOfficeTarget
            {
                OfficeId = await app.OfficeId(code), Year = year, TargetRecovered = Money.FromRupiah(rupiah).FormatNumber(),
                TargetFinishedCases = finished == 0 ? null : finished,
            }, admin);

        DashboardOracle oracle;
        await using (var db = app.NewDb()) oracle = await DashboardOracle.LoadAsync(db, RandomCaseData.Now.UtcDateTime);
        var seen = new Coverage();
        foreach (var (filter, user) in await Filters(app, oracle, new Random(Seed)))
        {
            var expected = oracle.Compute(filter, TopEmployers);
            var check = new Checker(filter, user);
            await CompareSummary(app, filter, user, expected, check);
            await CompareBreakdowns(app, filter, user, expected, check);
            seen.Add(expected);
        }
        seen.AssertEverythingWasExercised();
    }

    /// <summary>
    /// Fixed filters that reach the edges (a year, a period ending after today, a single day), then random ones: any days,
    /// which read the cases, and whole months, which read the monthly figures.
    /// </summary>
    private static async Task<List<(DashboardFilter, UserContext)>> Filters(TestApp app, DashboardOracle oracle, Random random)
    {
        var admin = await app.As("admin");
        var filters = new List<(DashboardFilter, UserContext)>
        {
            (DashboardFilter.Year(2024, await app.OfficeId("KEJAGUNG")), admin),
            (DashboardFilter.Year(2025, await app.OfficeId("KEJATI-KALSEL")), await app.As("kajati.kalsel")),
            (DashboardFilter.Year(2024, await app.OfficeId("BPJS-BJM")), await app.As("pimpinan.bpjs.bjm")),
            (DashboardFilter.Year(2024, await app.OfficeId("KEJARI-HST")) with { From = new DateOnly(2023, 7, 1) }, await app.As("kasidatun.hst")),
            (new DashboardFilter { From = new DateOnly(2024, 3, 1), To = new DateOnly(2024, 3, 1), OfficeId = await app.OfficeId("KEJAGUNG") }, admin),
        };
        var leads = oracle.Leads.ToList();
        for (var n = 0; n < 14; n++)
        {
            var from = new DateOnly(2022, 10, 1).AddDays(random.Next(1000));
            filters.Add((new DashboardFilter
            {
                From = from,
                To = from.AddDays(random.Next(700)),
                OfficeId = await app.OfficeId(OfficeCodes[random.Next(OfficeCodes.Length)]),
                CaseType = random.Next(3) == 0 ? (CaseType)random.Next(5) : null,
                JpnUserId = random.Next(4) == 0 ? leads[random.Next(leads.Count)] : null,
            }, admin));
        }
        // Whole months without a JPN, which the monthly figures answer (the filters above mostly read the cases).
        for (var n = 0; n < 8; n++)
        {
            var from = new DateOnly(2022, 10, 1).AddMonths(random.Next(33));
            filters.Add((new DashboardFilter
            {
                From = from,
                To = from.AddMonths(1 + random.Next(24)).AddDays(-1),
                OfficeId = await app.OfficeId(OfficeCodes[random.Next(OfficeCodes.Length)]),
                CaseType = random.Next(3) == 0 ? (CaseType)random.Next(5) : null,
            }, admin));
        }
        return filters;
    }

    private static async Task CompareSummary(TestApp app, DashboardFilter filter, UserContext user, DashboardOracle.Expected expected, Checker check)
    {
        var summary = await app.Send(new GetDashboardSummary(filter), user);
        check.Same(expected.Totals, summary.Totals, "totals");
        foreach (var outcome in summary.FinishedByOutcome)
            check.Same(expected.FinishedByOutcome.GetValueOrDefault(outcome.Outcome), outcome.Cases, $"finished {outcome.Outcome}");
        check.Same(expected.AverageDaysToOutcome, summary.AverageDaysToOutcome, "average days to outcome");
        check.Same(expected.EmployersRegistered, summary.EmployersRegistered, "employers registered");
        check.Same(expected.WorkersAdded, summary.WorkersAdded, "workers added");
        check.Same(expected.Installments, summary.Installments, "installments");
        check.Same(expected.Target, (summary.Target.TargetRecoveredSen, summary.Target.TargetFinishedCases), "target");
        check.Same((summary.Totals.RecoveredSen, summary.Totals.Finished), (summary.Target.RecoveredSen, summary.Target.Finished), "realisation");

        var aging = await app.Send(new GetOpenCaseAging(filter), user);
        foreach (var row in aging)
            check.Same(expected.Aging.GetValueOrDefault(row.Bucket), (row.Cases, row.ArrearsSen), $"aging {row.Bucket}");
        check.Same(summary.Totals.InProgress, aging.Sum(r => r.Cases), "aging adds up to the cases in progress");
    }

    private static async Task CompareBreakdowns(TestApp app, DashboardFilter filter, UserContext user, DashboardOracle.Expected expected, Checker check)
    {
        var byOffice = await app.Send(new GetFiguresByOffice(filter), user);
        check.Same(expected.ByOffice.Count, byOffice.Count, "office rows");
        foreach (var (row, want) in byOffice.Zip(expected.ByOffice))
        {
            check.Same(want.OfficeId, row.Office.Id, "office of the row");
            check.Same(want.Own, row.OwnCases, $"own-cases row {row.Office.Code}");
            check.Same(want.Figures, row.Figures, $"office {row.Office.Code}");
            check.Same(want.TargetRecovered, row.Target.TargetRecoveredSen, $"target of {row.Office.Code}");
            check.Same(want.TargetFinished, row.Target.TargetFinishedCases, $"finished target of {row.Office.Code}");
        }
        check.Same(expected.Totals, byOffice.Aggregate(CaseFigures.None, (sum, r) => sum + r.Figures), "office rows add up to the totals");

        var byJpn = await app.Send(new GetFiguresByJpn(filter), user);
        check.Same(expected.ByJpn.Count, byJpn.Count, "JPN rows");
        foreach (var row in byJpn)
            check.Same(expected.ByJpn.GetValueOrDefault(row.JpnUserId ?? ""), row.Figures, $"JPN {row.Name}");

        var byType = await app.Send(new GetFiguresByCaseType(filter), user);
        foreach (var row in byType)
            check.Same(expected.ByCaseType.GetValueOrDefault(row.CaseType, CaseFigures.None), row.Figures, $"case type {row.CaseType}");

        var months = await app.Send(new GetMonthlyTrend(filter), user);
        check.Same(expected.Months.Count, months.Count, "months");
        foreach (var (row, want) in months.Zip(expected.Months))
            check.Same(want, row, $"month {row.Label}");

        var employers = await app.Send(new GetTopOutstandingEmployers(filter, TopEmployers), user);
        check.Same(expected.TopEmployers.Count, employers.Count, "top employers");
        foreach (var (row, want) in employers.Zip(expected.TopEmployers))
            check.Same(want, (row.EmployerId, row.OpenCases, row.ArrearsSen, row.RecoveredSen), $"employer {row.Name}");
    }

    private sealed class Checker(DashboardFilter filter, UserContext user)
    {
        public void Same<T>(T expected, T actual, string what)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
                Assert.Fail($"{what} for {user.Name} under {filter}: expected {expected}, got {actual}");
        }
    }

    /// <summary>What the filters reached, so that a quiet generator cannot make the test pass on zeros.</summary>
    private sealed class Coverage
    {
        private readonly HashSet<string> _seen = [];

        public void Add(DashboardOracle.Expected expected)
        {
            if (expected.Totals.Received > 0) _seen.Add("received");
            if (expected.Totals.RecoveredSen > 0) _seen.Add("recovered");
            if (expected.Totals.RecoveredOfReceivedSen > 0) _seen.Add("recovered of received");
            if (expected.EmployersRegistered > 0) _seen.Add("employers registered");
            if (expected.WorkersAdded > 0) _seen.Add("workers added");
            if (expected.ByOffice.Any(r => r.Own)) _seen.Add("own cases");
            if (expected.ByOffice.Any(r => r.TargetRecovered is not null)) _seen.Add("office target");
            if (expected.Target.Recovered is not null) _seen.Add("target");
            if (expected.ByJpn.ContainsKey("")) _seen.Add("without team");
            foreach (var outcome in expected.FinishedByOutcome.Keys) _seen.Add($"outcome {outcome}");
            foreach (var bucket in expected.Aging.Keys) _seen.Add($"aging {bucket}");
            var installments = expected.Installments;
            if (installments.OnSchedule > 0) _seen.Add("on schedule");
            if (installments.PaidLate > 0) _seen.Add("paid late");
            if (installments.Broken > 0) _seen.Add("broken");
            if (installments.NotYetDue > 0) _seen.Add("not yet due");
        }

        public void AssertEverythingWasExercised()
        {
            string[] wanted =
            [
                "received", "recovered", "recovered of received", "employers registered", "workers added", "own cases", "office target", "target",
                "without team", "on schedule", "paid late", "broken", "not yet due",
                .. new[] { CaseOutcome.Lunas, CaseOutcome.SebagianDikembalikan, CaseOutcome.TidakBerhasil, CaseOutcome.Gugatan, CaseOutcome.Dicabut }
                    .Select(o => $"outcome {o}"),
                .. Enum.GetValues<AgingBucket>().Select(b => $"aging {b}"),
            ];
            Assert.Empty(wanted.Except(_seen));
        }
    }
}
