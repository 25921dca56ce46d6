using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Features.Offices;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Dashboard;

/// <summary>
/// The reconciliation tests run the figures on SQLite; production may run them on SQL Server. Translating a query
/// needs no server, so every figure is translated here with every key it is grouped by.
/// </summary>
public class DashboardSqlServerTests
{
    public static TheoryData<string> Sources => ["received", "finished", "days to outcome", "in progress", "recovered",
        "recovered of received"];

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_figure_translates_for_sql_server_with_every_key_it_is_grouped_by(string source)
    {
        using var db = SqlServerContext();
        var scope = Scope(db);
        Func<IQueryable<Fact>, IQueryable> all = f => f.Tallied(Breakdowns.Total.OfFact);
        Func<IQueryable<Fact>, IQueryable>[] byCase =
        [
            all, f => f.Tallied(c => c.Case.KejaksaanOfficeId), f => f.Tallied(c => c.Case.BpjsOfficeId),
            f => f.Tallied(c => c.Case.LeadJpnId), f => f.Tallied(c => c.Case.CaseType),
        ];
        Func<IQueryable<Fact>, IQueryable> byMonth = f => f.Tallied(c => c.Month);
        Func<IQueryable<Fact>, IQueryable> byCategory = f => f.Tallied(c => c.Category);
        (IQueryable<Fact> Facts, Func<IQueryable<Fact>, IQueryable>[] Keys) figure = source switch
        {
            "received" => (scope.Received(), [.. byCase, byMonth]),
            "finished" => (scope.Finished(), [.. byCase, byMonth]),
            "days to outcome" => (scope.DaysToOutcome(), [f => f.Tallied(c => c.Case.Outcome)]),
            "in progress" => (scope.InProgress(), [.. byCase, byCategory, f => f.Tallied(c => c.Case.EmployerId)]),
            "recovered" => (scope.Recovered(), byCase),
            _ => (scope.RecoveredOfReceived(), byCase),
        };

        Assert.All(figure.Keys, key => Assert.Contains("GROUP BY", key(figure.Facts).ToQueryString()));
    }

    [Fact]
    public void The_trend_of_payments_and_the_top_outstanding_employers_translate_for_sql_server()
    {
        using var db = SqlServerContext();
        var scope = Scope(db);

        Assert.Contains("GROUP BY", scope.RecoveredPerMonth().ToQueryString());
        Assert.Contains("TOP", GetTopOutstandingEmployersHandler.ByArrears(scope).Take(21).ToQueryString());
        Assert.Contains("GROUP BY", GetTopOutstandingEmployersHandler.Outstanding(scope, [1, 2]).ToQueryString());
    }

    [Fact]
    public void Registrations_and_installments_translate_for_sql_server()
    {
        using var db = SqlServerContext();
        var scope = Scope(db);

        Assert.Contains("GROUP BY", scope.Registrations(DashboardFacts.InTotal).ToQueryString());
        Assert.Contains("GROUP BY", scope.Registrations(DashboardFacts.EffectiveMonth).ToQueryString());
        Assert.Contains("GROUP BY", scope.InstallmentsByStanding().ToQueryString());
    }

    [Fact]
    public void Every_rebuild_of_the_monthly_figures_translates_for_sql_server()
    {
        using var db = SqlServerContext();
        var office = new OfficeOption(6, "KEJARI-HST", "Kejaksaan Negeri Hulu Sungai Tengah", OfficeKind.Kejari, 3, "/1/3/6/",
            OfficeTimeZone.WITA, "", "");

        var queries = MonthlyFigureRebuild.Queries(DashboardScope.WholeHistoryOf(db, office)).ToList();

        Assert.Equal(Enum.GetValues<MonthlyFigureKind>(), queries.Select(q => q.Kind).Order());
        Assert.All(queries, q => Assert.Contains("GROUP BY", q.Query.ToQueryString()));
    }

    [Fact]
    public void Every_figure_read_from_the_monthly_figures_translates_for_sql_server()
    {
        using var db = SqlServerContext();
        var rows = Scope(db, DashboardFilter.Year(2025, 3) with { CaseType = CaseType.PiutangIuran }).MonthlyFigures;
        Func<IQueryable<MonthlyFigure>, IQueryable>[] keys =
        [
            m => m.Tallied(Breakdowns.Total.OfMonthlyFigure), m => m.Tallied(Breakdowns.Office(Institution.Kejaksaan).OfMonthlyFigure),
            m => m.Tallied(Breakdowns.Office(Institution.Bpjs).OfMonthlyFigure), m => m.Tallied(Breakdowns.LeadJpn.OfMonthlyFigure),
            m => m.Tallied(Breakdowns.CaseType.OfMonthlyFigure), m => m.Tallied(Breakdowns.Month.OfMonthlyFigure),
        ];

        Assert.All(keys, key => Assert.Contains("GROUP BY", key(rows).ToQueryString()));
    }

    private static DatunDbContext SqlServerContext()
    {
        var options = new DbContextOptionsBuilder<DatunDbContext>();
        new DatabaseSettings(DatabaseProvider.SqlServer, "Server=localhost;Database=Datun").Apply(options);
        return new DatunDbContext(options.Options);
    }

    /// <summary>A Kajati's scope with every filter set, so that every condition is translated too.</summary>
    private static DashboardScope Scope(DatunDbContext db) =>
        Scope(db, DashboardFilter.Year(2025, 3) with { CaseType = CaseType.Pwbd, JpnUserId = "jpn" });

    private static DashboardScope Scope(DatunDbContext db, DashboardFilter filter)
    {
        var kejati = new OfficeOption(3, "KEJATI-KALSEL", "Kejaksaan Tinggi Kalimantan Selatan", OfficeKind.Kejati, 1, "/1/3/",
            OfficeTimeZone.WITA, "", "");
        var kejari = kejati with { Id = 6, Code = "KEJARI-HST", Kind = OfficeKind.Kejari, ParentId = 3, Path = "/1/3/6/" };
        var kajati = new UserContext("kajati", "Kajati", 3, "/1/3/", Institution.Kejaksaan, new HashSet<string> { Roles.PimpinanKejaksaan });
        return DashboardScope.For(db, kajati, kejati, [kejati, kejari], filter, new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc));
    }
}
