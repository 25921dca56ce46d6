using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using KejaksaanDatun.Core;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Reminders;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Benchmarks;

/// <summary>
/// One dispatch pass over an SQLite database with 200,000 open cases (each with an active JPN team) and 1,000,000
/// pending reminders, of which 1,000 are due: the pass must read only the due rows through the (State, DueAt) index.
/// Each iteration puts the same 1,000 reminders back to pending and removes their notifications.
/// </summary>
[Config(typeof(InProcessPasses))]
public class ReminderDispatchBenchmarks
{
    /// <summary>
    /// One pass per iteration (the setup re-pends the rows), in process: the pass takes long enough that the
    /// harness's own overhead does not matter, and the out-of-process build does not see this class here.
    /// </summary>
    private sealed class InProcessPasses : ManualConfig
    {
        public InProcessPasses() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithWarmupCount(2)
            .WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance));
    }

    private const int Cases = 200_000;
    private const int RemindersPerCase = 5;
    private const int Due = 1_000;
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private ServiceProvider _services = null!;
    private string _connection = "";

    [GlobalSetup]
    public void Setup()
    {
        var file = Path.Combine(Path.GetTempPath(), "datun-bench", "reminders-1m.db");
        _connection = $"Data Source={file}";
        _services = BuildServices(_connection);
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            BuildDatabase().GetAwaiter().GetResult();
        }
        using var db = _services.GetRequiredService<IDbContextFactory<DatunDbContext>>().CreateDbContext();
        Console.WriteLine($"// {db.Skks.Count():N0} cases, {db.Reminders.Count():N0} reminders");
    }

    [IterationSetup]
    public void RePend()
    {
        using var connection = new SqliteConnection(_connection);
        connection.Open();
        Execute(connection, "DELETE FROM Notifications");
        Execute(connection, "UPDATE Reminders SET State = 'Pending', DeliveredAt = NULL, DeliveredTo = NULL WHERE State = 'Delivered'");
    }

    [Benchmark]
    public async Task<int> DispatchPass()
    {
        using var scope = _services.CreateScope();
        var delivered = await scope.ServiceProvider.GetRequiredService<ReminderDispatcher>().DispatchDueAsync();
        if (delivered != Due) throw new InvalidOperationException($"Delivered {delivered}, expected {Due}.");
        return delivered;
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    private static ServiceProvider BuildServices(string connection)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Datun"] = connection,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FixedClock(Now));
        services.AddDatunCore(configuration);
        services.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<DatunDbContext>();
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// The demo data, then copies of one handled demo case with its team, and the reminders, in raw SQL: EF would
    /// take minutes for a million rows.
    /// </summary>
    private async Task BuildDatabase()
    {
        await using (var db = await _services.GetRequiredService<IDbContextFactory<DatunDbContext>>().CreateDbContextAsync())
        {
            await db.UpgradeAsync(_services.GetRequiredService<TimeProvider>());
        }
        await DemoData.SeedAsync(_services);

        using var connection = new SqliteConnection(_connection);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var sourceTeam = Scalar(connection, "SELECT t.Id FROM JpnTeams t JOIN Skks s ON s.Id = t.SkkId WHERE t.IsActive AND s.Status = 'Ditangani' ORDER BY t.Id LIMIT 1");
        var sourceSkk = Scalar(connection, $"SELECT SkkId FROM JpnTeams WHERE Id = {sourceTeam}");
        var firstSkk = Scalar(connection, "SELECT MAX(Id) FROM Skks") + 1;
        var firstTeam = Scalar(connection, "SELECT MAX(Id) FROM JpnTeams") + 1;
        var sequence = $"WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {Cases})";

        Execute(connection, $"{sequence} INSERT INTO Skks ({Columns(connection, "Skks", out var skkValues, new()
        {
            ["Id"] = $"{firstSkk} + seq.n - 1",
            ["RegisterSequence"] = $"1000000 + seq.n",
        })}) SELECT {skkValues} FROM Skks src, seq WHERE src.Id = {sourceSkk}");
        Execute(connection, $"INSERT INTO JpnTeams ({Columns(connection, "JpnTeams", out var teamValues, new()
        {
            ["Id"] = $"{firstTeam} + s.Id - {firstSkk}",
            ["SkkId"] = "s.Id",
        }, alias: "src")}) SELECT {teamValues} FROM JpnTeams src, Skks s WHERE src.Id = {sourceTeam} AND s.Id >= {firstSkk}");
        Execute(connection, $"INSERT INTO JpnTeamMembers (JpnTeamId, UserId, IsLead) SELECT t.Id, m.UserId, m.IsLead " +
            $"FROM JpnTeams t, JpnTeamMembers m WHERE t.Id >= {firstTeam} AND m.JpnTeamId = {sourceTeam}");

        var rule = Scalar(connection, "SELECT Id FROM ReminderRules WHERE Kind = 'InstallmentDue'");
        var office = Scalar(connection, $"SELECT KejaksaanOfficeId FROM Skks WHERE Id = {sourceSkk}");
        var now = Now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss");
        // Reminder k of case i: the first of each of the first 1,000 cases is due (minutes ago), the rest spread over the next year.
        Execute(connection, $"WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < {Cases * RemindersPerCase - 1}) " +
            "INSERT INTO Reminders (RuleId, Kind, Subject, SkkId, OfficeId, DueAt, Key, Title, Message, Link, State, CreatedAt) " +
            $"SELECT {rule}, 'InstallmentDue', 'installment:' || n, {firstSkk} + n / {RemindersPerCase}, {office}, " +
            $"CASE WHEN n % {RemindersPerCase} = 0 AND n / {RemindersPerCase} < {Due} " +
            $"THEN strftime('%Y-%m-%d %H:%M:%S', '{now}', '-' || (1 + n % 50) || ' minutes') " +
            $"ELSE strftime('%Y-%m-%d %H:%M:%S', '{now}', '+' || (1 + n % 365) || ' days') END, " +
            "'bench|' || n, 'Angsuran segera jatuh tempo', 'Angsuran perkara ini jatuh tempo tiga hari lagi.', " +
            $"'/skk/' || ({firstSkk} + n / {RemindersPerCase}), 'Pending', '{now}' FROM seq");
        transaction.Commit();
        Execute(connection, "ANALYZE");
    }

    /// <summary>
    /// The column list of a table and the matching SELECT expressions: each column copied from <c>src</c> unless
    /// overridden, and text columns of unique indexes made unique with the row's number.
    /// </summary>
    private static string Columns(SqliteConnection connection, string table, out string values, Dictionary<string, string> overrides, string alias = "src")
    {
        var unique = new HashSet<string>();
        foreach (var index in Strings(connection, $"SELECT name FROM pragma_index_list('{table}') WHERE \"unique\" AND origin = 'c'"))
            unique.UnionWith(Strings(connection, $"SELECT name FROM pragma_index_info('{index}')"));
        var columns = Strings(connection, $"SELECT name || '|' || type FROM pragma_table_info('{table}')").Select(c => c.Split('|')).ToList();
        values = string.Join(", ", columns.Select(c =>
            overrides.TryGetValue(c[0], out var expression) ? expression
            : unique.Contains(c[0]) && c[1] == "TEXT" ? $"{alias}.\"{c[0]}\" || '-b' || {overrides["Id"]}"
            : $"{alias}.\"{c[0]}\""));
        return string.Join(", ", columns.Select(c => $"\"{c[0]}\""));
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read()) result.Add(reader.GetString(0));
        return result;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 600;
        command.ExecuteNonQuery();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
