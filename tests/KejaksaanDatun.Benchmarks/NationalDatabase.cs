using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using KejaksaanDatun.Core;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Benchmarks;

/// <summary>
/// An SQLite database at national scale and the users the dashboard and case-list benchmarks act as. The database is
/// the file named by <c>DATUN_BENCH_DB</c> when set (e.g. one filled by <c>datun seed --synthetic</c>), otherwise
/// <c>$TMPDIR/datun-bench/dashboard-200k.db</c>, built once with the demo data and <see cref="DashboardData"/>
/// (a few minutes) and reused by later runs. The users are found in the data: the Kejati and the Kejari with the most
/// cases, and the JPN leading the most cases.
/// </summary>
internal sealed class NationalDatabase : IDisposable
{
    /// <summary>In process and a fixed number of iterations: each call reads the database for tens of milliseconds.</summary>
    internal sealed class InProcess : ManualConfig
    {
        public InProcess()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithWarmupCount(3).WithIterationCount(15)
                .WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.Median);
        }
    }

    public const string DatabaseVariable = "DATUN_BENCH_DB";

    private readonly ServiceProvider _services;

    private NationalDatabase(ServiceProvider services, UserContext administrator, UserContext kajati, UserContext kanwil, UserContext kasiDatun,
        UserContext jpn)
    {
        _services = services;
        Administrator = administrator;
        Kajati = kajati;
        Kanwil = kanwil;
        KasiDatun = kasiDatun;
        Jpn = jpn;
    }

    /// <summary>The administrator, at the top of the Kejaksaan tree.</summary>
    public UserContext Administrator { get; }
    /// <summary>A PimpinanKejaksaan of the Kejati with the most cases.</summary>
    public UserContext Kajati { get; }
    /// <summary>A PimpinanBpjs of the BPJS Kanwil whose offices granted the most SKK: the BPJS view.</summary>
    public UserContext Kanwil { get; }
    /// <summary>A PimpinanKejaksaan of the Kejari with the most cases.</summary>
    public UserContext KasiDatun { get; }
    /// <summary>The JPN who leads the most cases.</summary>
    public UserContext Jpn { get; }

    public static NationalDatabase Open()
    {
        var file = Environment.GetEnvironmentVariable(DatabaseVariable)
            ?? Path.Combine(Path.GetTempPath(), "datun-bench", "dashboard-200k.db");
        if (!File.Exists(file)) Build(file);
        var services = BuildServices($"Data Source={file}");
        using var db = services.GetRequiredService<IDbContextFactory<DatunDbContext>>().CreateDbContext();
        Console.WriteLine($"// {file}: {db.Skks.Count():N0} SKK, {db.Payments.Count():N0} payments");

        var offices = db.Offices.AsNoTracking().ToList();
        var casesByOffice = db.Skks.GroupBy(s => s.KejaksaanOfficeId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionary(g => g.Key, g => g.Count);
        foreach (var granted in db.Skks.GroupBy(s => s.BpjsOfficeId).Select(g => new { g.Key, Count = g.Count() }))
            casesByOffice[granted.Key] = granted.Count;
        int CasesUnder(Office office) =>
            offices.Where(o => o.Path.StartsWith(office.Path, StringComparison.Ordinal)).Sum(o => casesByOffice.GetValueOrDefault(o.Id));
        Office Busiest(OfficeKind kind) => offices.Where(o => o.Kind == kind).MaxBy(CasesUnder)!;

        var root = offices.Single(o => o.Kind == OfficeKind.KejaksaanAgung);
        var kejari = Busiest(OfficeKind.Kejari);
        var jpnId = db.JpnTeams.Where(t => t.IsActive).GroupBy(t => t.LeadJpnId).OrderByDescending(g => g.Count()).Select(g => g.Key).First();
        var jpn = db.Users.AsNoTracking().Include(u => u.Office).Single(u => u.Id == jpnId);
        return new NationalDatabase(services,
            User("bench-admin", root, Roles.Admin),
            User("bench-kajati", Busiest(OfficeKind.Kejati), Roles.PimpinanKejaksaan),
            User("bench-kanwil", Busiest(OfficeKind.BpjsKanwil), Roles.PimpinanBpjs),
            User("bench-kasi", kejari, Roles.PimpinanKejaksaan),
            User(jpn.Id, jpn.Office!, Roles.Jpn));
    }

    public async Task<T> Send<T>(IQuery<T> query, UserContext user) =>
        await _services.GetRequiredService<RequestDispatcher>().Send(query, user);

    public void Dispose() => _services.Dispose();

    private static UserContext User(string id, Office office, string role) =>
        new(id, id, office.Id, office.Path, office.Institution, new HashSet<string> { role });

    private static ServiceProvider BuildServices(string connection)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Datun"] = connection,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        // The data run to November 2026; a fixed clock keeps "today" in the figures the same on every run.
        services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero)));
        services.AddDatunCore(configuration);
        services.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<DatunDbContext>();
        return services.BuildServiceProvider();
    }

    /// <summary>Builds the database under a temporary name, so that a run cut short leaves nothing to be mistaken for it.</summary>
    private static void Build(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var building = file + ".building";
        File.Delete(building);
        var connectionString = $"Data Source={building};Pooling=False";
        using (var services = BuildServices(connectionString))
        {
            using (var db = services.GetRequiredService<IDbContextFactory<DatunDbContext>>().CreateDbContext())
            {
                db.UpgradeAsync(services.GetRequiredService<TimeProvider>()).GetAwaiter().GetResult();
            }
            DemoData.SeedAsync(services).GetAwaiter().GetResult();
        }
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            DashboardData.Add(connection);
        }
        // The rows were written in raw SQL, past the change tracking that keeps the dashboards' monthly figures.
        using (var services = BuildServices(connectionString))
        using (var db = services.GetRequiredService<IDbContextFactory<DatunDbContext>>().CreateDbContext())
        {
            using var transaction = db.Database.BeginTransaction();
            MonthlyFigureRebuild.RebuildAllAsync(db, CancellationToken.None).GetAwaiter().GetResult();
            transaction.Commit();
            db.Database.ExecuteSqlRaw("ANALYZE");
        }
        File.Move(building, file);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
