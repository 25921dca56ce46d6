using Microsoft.Data.Sqlite;

namespace KejaksaanDatun.Cli.Tests;

public sealed class DatabaseCommandTests : IDisposable
{
    private readonly TempFolder temp = new();
    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Datun"] = $"Data Source={temp.File("datun.db")}",
    };

    [Fact]
    public async Task Migrate_then_seed_demo_fills_an_empty_database_once()
    {
        var migrate = await Cli.Run(Settings(), "migrate");
        Assert.Equal(0, migrate.ExitCode);
        Assert.Contains("migrasi diterapkan", migrate.Out);

        var again = await Cli.Run(Settings(), "migrate");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("sudah mutakhir", again.Out);

        var seed = await Cli.Run(Settings(), "seed", "--demo");
        Assert.Equal(0, seed.ExitCode);
        Assert.Contains("Data demo diisikan", seed.Out);
        Assert.True(await Count("Offices") > 5);

        var second = await Cli.Run(Settings(), "seed", "--demo");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("sudah berisi data", second.Out);
    }

    [Fact]
    public async Task Seeding_a_database_that_is_not_migrated_asks_for_migrate_first()
    {
        var seed = await Cli.Run(Settings(), "seed", "--demo");

        Assert.Equal(1, seed.ExitCode);
        Assert.Contains("datun migrate", seed.Err);
    }

    [Fact]
    public async Task An_unknown_provider_is_bad_input()
    {
        var settings = Settings();
        settings["Database:Provider"] = "Oracle";
        var run = await Cli.Run(settings, "migrate");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Oracle", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
    }

    [Fact]
    public async Task Rebuild_figures_counts_again_the_cases_that_were_written_past_the_application()
    {
        Assert.Equal(0, (await Cli.Run(Settings(), "migrate")).ExitCode);
        Assert.Equal(0, (await Cli.Run(Settings(), "seed", "--demo")).ExitCode);
        var kept = await Totals();
        Assert.NotEmpty(kept);
        await Execute("DELETE FROM \"MonthlyFigures\"");

        var run = await Cli.Run(Settings(), "rebuild-figures");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Angka bulanan dasbor dihitung ulang", run.Out);
        Assert.Equal(kept, await Totals());
    }

    [Fact]
    public async Task Rebuild_figures_asks_for_the_migrations_first()
    {
        var run = await Cli.Run(Settings(), "rebuild-figures");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("datun migrate", run.Err);
    }

    /// <summary>The monthly figures added up per grain and kind.</summary>
    private async Task<List<string>> Totals()
    {
        await using var connection = new SqliteConnection($"Data Source={temp.File("datun.db")}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "Grain", "Kind", COUNT(*), SUM("Count"), SUM("Amount") FROM "MonthlyFigures" GROUP BY "Grain", "Kind" ORDER BY 1, 2
            """;
        var totals = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            totals.Add($"{reader.GetInt64(0)} {reader.GetInt64(1)}: {reader.GetInt64(2)} rows, {reader.GetInt64(3)}, {reader.GetInt64(4)}");
        return totals;
    }

    private async Task Execute(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={temp.File("datun.db")}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> Count(string table)
    {
        await using var connection = new SqliteConnection($"Data Source={temp.File("datun.db")}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
