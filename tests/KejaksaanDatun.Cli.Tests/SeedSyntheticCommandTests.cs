using Microsoft.Data.Sqlite;

namespace KejaksaanDatun.Cli.Tests;

public sealed class SeedSyntheticCommandTests : IDisposable
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
    public async Task Migrate_then_seed_synthetic_fills_the_requested_cases_and_payments_and_reports_progress()
    {
        Assert.Equal(0, (await Cli.Run(Settings(), "migrate")).ExitCode);

        var seed = await Cli.Run(Settings(), "seed", "--synthetic", "--cases", "400", "--payments", "2500", "--seed", "5");

        Assert.Equal((0, ""), (seed.ExitCode, seed.Err));
        Assert.Contains("Mengisi data sintetis", seed.Out);
        Assert.Contains("100 %: 400 perkara, 2.500 pembayaran", seed.Out);
        Assert.Contains("Selesai dalam", seed.Out);
        Assert.Contains("Datun#2026", seed.Out);
        Assert.Equal(400, await Count("Skks"));
        Assert.Equal(2_500, await Count("Payments"));
        // The planner has statistics of the filled tables' indexes (sqlite_stat1 exists only after ANALYZE).
        Assert.True(await Count("sqlite_stat1") > 0, "the seed ends with ANALYZE");
    }

    [Fact]
    public async Task A_database_that_holds_data_is_refused_and_left_as_it_was()
    {
        Assert.Equal(0, (await Cli.Run(Settings(), "migrate")).ExitCode);
        Assert.Equal(0, (await Cli.Run(Settings(), "seed", "--demo")).ExitCode);
        var skks = await Count("Skks");

        var seed = await Cli.Run(Settings(), "seed", "--synthetic", "--cases", "400", "--payments", "2500");

        Assert.Equal(1, seed.ExitCode);
        Assert.Contains("sudah berisi data", seed.Err);
        Assert.Contains("basis data kosong", seed.Err);
        Assert.Equal(skks, await Count("Skks"));
    }

    [Fact]
    public async Task A_database_that_is_not_migrated_asks_for_migrate_first()
    {
        var seed = await Cli.Run(Settings(), "seed", "--synthetic", "--cases", "400", "--payments", "2500");

        Assert.Equal(1, seed.ExitCode);
        Assert.Contains("datun migrate", seed.Err);
    }

    [Fact]
    public async Task Sql_server_is_refused_before_connecting()
    {
        var settings = Settings();
        settings["Database:Provider"] = "SqlServer";
        settings["ConnectionStrings:Datun"] = "Server=tidak-ada.invalid;Database=Datun;Connect Timeout=1";

        var seed = await Cli.Run(settings, "seed", "--synthetic", "--cases", "400", "--payments", "2500");

        Assert.Equal(1, seed.ExitCode);
        Assert.Contains("hanya dapat diisikan ke basis data SQLite", seed.Err);
    }

    [Theory]
    [InlineData(new[] { "--synthetic", "--payments", "2500" }, "Opsi --cases wajib diberikan")]
    [InlineData(new[] { "--synthetic", "--cases", "400" }, "Opsi --payments wajib diberikan")]
    [InlineData(new[] { "--synthetic", "--cases", "empat ratus", "--payments", "2500" }, "--cases harus bilangan bulat")]
    [InlineData(new[] { "--synthetic", "--cases", "2e5", "--payments", "2500" }, "--cases harus bilangan bulat")]
    [InlineData(new[] { "--synthetic", "--cases", "0", "--payments", "2500" }, "--cases paling sedikit 100")]
    [InlineData(new[] { "--synthetic", "--cases", "-400", "--payments", "2500" }, "--cases paling sedikit 100")]
    [InlineData(new[] { "--synthetic", "--cases", "99999999999", "--payments", "2500" }, "--cases paling banyak 2.000.000")]
    [InlineData(new[] { "--synthetic", "--cases", "400", "--payments", "-1" }, "--payments harus lebih dari nol")]
    [InlineData(new[] { "--synthetic", "--cases", "400", "--payments", "399" }, "--payments tidak boleh kurang dari --cases (400)")]
    [InlineData(new[] { "--synthetic", "--cases", "400", "--payments", "20001" }, "--payments paling banyak 50 kali --cases (20.000)")]
    [InlineData(new[] { "--synthetic", "--cases", "400", "--payments", "2500", "--seed", "satu" }, "--seed harus bilangan bulat")]
    [InlineData(new[] { "--synthetic", "--cases", "400", "--payments", "2500", "--seed", "3000000000" }, "--seed harus bilangan bulat antara")]
    [InlineData(new[] { "--demo", "--synthetic" }, "Pilih salah satu: --demo atau --synthetic")]
    [InlineData(new[] { "--demo", "--cases", "400" }, "hanya untuk --synthetic")]
    [InlineData(new[] { "--cases", "400", "--payments", "2500" }, "datun seed --synthetic --cases N --payments N")]
    public async Task Wrong_options_exit_2_with_the_reason_and_touch_no_database(string[] options, string reason)
    {
        var run = await Cli.Run(Settings(), ["seed", .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(reason, run.Err);
        Assert.Contains("Penggunaan:", run.Err);
        Assert.False(File.Exists(temp.File("datun.db")));
    }

    [Fact]
    public async Task Help_describes_the_synthetic_seed()
    {
        var run = await Cli.Run("help");

        Assert.Contains("datun seed --synthetic --cases N --payments N [--seed N]", run.Out);
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
