using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KejaksaanDatun.Cli.Tests;

/// <summary>
/// A migrated database with the demo data and one confirmed payment of Rp108.137.709 to a case of Kejari Hulu Sungai
/// Tengah, made once for the report tests, which only read it.
/// </summary>
public sealed class ReportDatabase : IAsyncLifetime
{
    private readonly TempFolder temp = new();

    public Dictionary<string, string?> Settings(string database = "datun.db") => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Datun"] = $"Data Source={temp.File(database)}",
    };

    public async Task InitializeAsync()
    {
        Assert.Equal(0, (await Cli.Run(Settings(), "migrate")).ExitCode);
        Assert.Equal(0, (await Cli.Run(Settings(), "seed", "--demo")).ExitCode);
        await using var connection = new SqliteConnection($"Data Source={temp.File("datun.db")}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        // The demo's own payments are removed, so that the recovered total is exactly the one payment added here.
        command.CommandText = "DELETE FROM Payments";
        await command.ExecuteNonQueryAsync();
        command.CommandText = """
            INSERT INTO Payments (SkkId, PaidOn, AmountSen, Reference, Source, State, ProofNote, ReportedAt, ReportedById, ReportedByName,
                ConfirmedAt, ConfirmedById, ConfirmedByName, Version)
            SELECT s.Id, date('now'), 10813770900, 'TRX-1', 'Bpjs', 'Confirmed', '', datetime('now'), 'uji', 'Uji', datetime('now'), 'uji', 'Uji', 0
            FROM Skks s JOIN Offices o ON o.Id = s.KejaksaanOfficeId
            WHERE o.Code = 'KEJARI-HST' AND s.Status = 'Ditangani' ORDER BY s.Id LIMIT 1
            """;
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class ReportCommandTests(ReportDatabase database) : IClassFixture<ReportDatabase>
{
    private readonly string from = DateTime.UtcNow.AddYears(-2).ToString("yyyy-MM-dd");
    private readonly string to = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd");

    private Dictionary<string, string?> Settings() => database.Settings();

    [Fact]
    public async Task Without_an_office_it_reports_the_top_of_the_kejaksaan_tree_with_a_row_per_kejati()
    {
        var run = await Cli.Run(Settings(), "report", "recovery", "--from", from, "--to", to);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Err);
        var lines = run.Out.Split('\n');
        Assert.Equal("Laporan pemulihan iuran: Kejaksaan Agung Republik Indonesia (KEJAGUNG)", lines[0]);
        Assert.Matches(@"^Dipulihkan \(dikonfirmasi BPJS\) +Rp108\.137\.709$", lines.Single(l => l.StartsWith("Dipulihkan")));
        Assert.Matches(@"^Tingkat pemulihan +\d+,\d %", lines.Single(l => l.StartsWith("Tingkat pemulihan")));
        var kalsel = lines.Single(l => l.StartsWith("Kejaksaan Tinggi Kalimantan Selatan"));
        Assert.Contains("  Rp108.137.709  ", kalsel);
        Assert.Contains(lines, l => l.StartsWith("Kejaksaan Tinggi Kalimantan Tengah"));
        var header = lines.Single(l => l.StartsWith("Kantor "));
        var total = lines.Single(l => l.StartsWith("Jumlah "));
        Assert.Equal(header.Length, total.Length);
        Assert.Equal(header.Length, kalsel.Length);
    }

    [Fact]
    public async Task An_office_code_reports_that_office_with_a_row_per_office_below_it_as_json()
    {
        var run = await Cli.Run(Settings(), "report", "recovery", "--from", from, "--to", to, "--office", "kejati-kalsel", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("recovery", root.GetProperty("report").GetString());
        Assert.Equal(from, root.GetProperty("from").GetString());
        Assert.Equal("KEJATI-KALSEL", root.GetProperty("office").GetProperty("code").GetString());
        Assert.Equal("Kejaksaan", root.GetProperty("office").GetProperty("view").GetString());
        var totals = root.GetProperty("totals");
        Assert.Equal(108_137_709m, totals.GetProperty("recovered").GetDecimal());
        Assert.True(totals.GetProperty("received").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Number, totals.GetProperty("finishedByOutcome").GetProperty("lunas").ValueKind);
        Assert.Equal(JsonValueKind.Null, totals.GetProperty("target").GetProperty("recovered").ValueKind);
        var offices = root.GetProperty("offices").EnumerateArray().ToList();
        Assert.Equal(["KEJARI-BJM", "KEJARI-HST"], offices.Select(o => o.GetProperty("code").GetString()));
        Assert.Equal(108_137_709m, offices[1].GetProperty("recovered").GetDecimal());
        Assert.Equal(totals.GetProperty("arrearsHandedOver").GetDecimal(), offices.Sum(o => o.GetProperty("arrearsHandedOver").GetDecimal()));
    }

    [Fact]
    public async Task A_bpjs_office_reports_the_skk_it_and_the_offices_below_it_granted()
    {
        var run = await Cli.Run(Settings(), "report", "recovery", "--from", from, "--to", to, "--office", "BPJS-BJM");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("SKK yang diberikan kantor ini dan kantor di bawahnya.", run.Out);
        Assert.Contains("BPJS Ketenagakerjaan Cabang Banjarmasin (ditangani sendiri)", run.Out);
        Assert.Contains("BPJS Ketenagakerjaan KCP Kandangan", run.Out);
    }

    [Theory]
    [InlineData("--from", "2024-13-01", "Tanggal --from tidak valid: 2024-13-01. Tulis sebagai TTTT-BB-HH, misalnya 2024-01-31.")]
    [InlineData("--to", "31-12-2024", "Tanggal --to tidak valid: 31-12-2024.")]
    [InlineData("--to", "2023-12-31", "Tanggal --to (2023-12-31) tidak boleh sebelum tanggal --from (2024-01-01).")]
    [InlineData("--office", "KEJARI-ANTAH", "Kode kantor tidak dikenal: KEJARI-ANTAH.")]
    public async Task Bad_input_exits_1_with_the_reason(string option, string value, string reason)
    {
        var args = new Dictionary<string, string> { ["--from"] = "2024-01-01", ["--to"] = "2024-12-31", [option] = value };
        var run = await Cli.Run(Settings(), ["report", "recovery", .. args.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(reason, run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData(new[] { "report" }, "Jenis laporan (recovery) belum diberikan")]
    [InlineData(new[] { "report", "tunggakan", "--from", "2024-01-01", "--to", "2024-12-31" }, "Laporan tidak dikenal: tunggakan")]
    [InlineData(new[] { "report", "recovery", "--from", "2024-01-01" }, "Opsi --to wajib diberikan")]
    [InlineData(new[] { "report", "recovery", "--from", "2024-01-01", "--to", "2024-12-31", "--csv" }, "Opsi tidak dikenal: --csv")]
    public async Task Wrong_usage_exits_2(string[] args, string reason)
    {
        var run = await Cli.Run(Settings(), args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(reason, run.Err);
        Assert.Contains("datun report recovery", run.Err);
    }

    [Fact]
    public async Task A_database_that_is_not_migrated_asks_for_migrate_first()
    {
        var run = await Cli.Run(database.Settings("kosong.db"), "report", "recovery", "--from", "2024-01-01", "--to", "2024-12-31");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("datun migrate", run.Err);
    }
}
