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

    private async Task<long> Count(string table)
    {
        await using var connection = new SqliteConnection($"Data Source={temp.File("datun.db")}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
