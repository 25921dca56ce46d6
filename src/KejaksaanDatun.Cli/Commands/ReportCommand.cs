using System.Globalization;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Features.Offices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Cli.Commands;

/// <summary>
/// datun report recovery --from D --to D [--office CODE] [--json]: the leadership dashboard's totals for the office's
/// subtree and one row per office directly below it, through the same queries as the web app. Without --office, the
/// top of the Kejaksaan tree. The command line acts as the administrator of the configured database.
/// </summary>
internal static class ReportCommand
{
    private const string Recovery = "recovery";

    public static async Task<int> Run(Arguments args, TextWriter stdout, IReadOnlyDictionary<string, string?>? settings)
    {
        args.ExpectPositional(1, "Jenis laporan (recovery)");
        if (args.Positional[0] != Recovery)
            throw new UsageException($"Laporan tidak dikenal: {args.Positional[0]}. Laporan yang tersedia: {Recovery}");
        var from = Date(args, "--from");
        var to = Date(args, "--to");
        var officeCode = args.Optional("--office");
        if (to < from) throw new BadInputException($"Tanggal --to ({to:yyyy-MM-dd}) tidak boleh sebelum tanggal --from ({from:yyyy-MM-dd}).");

        await using var services = Database.Services(settings);
        return await Database.Guard("menyusun laporan pemulihan", async () =>
        {
            await using (var db = await services.GetRequiredService<IDbContextFactory<DatunDbContext>>().CreateDbContextAsync())
            {
                if ((await db.Database.GetPendingMigrationsAsync()).Any())
                    throw new BadInputException("Basis data belum mutakhir; jalankan dulu: datun migrate");
            }
            var requests = services.GetRequiredService<RequestDispatcher>();
            var office = Choose(await requests.Send(new ListOffices(), Administrator), officeCode);
            var filter = new DashboardFilter { From = from, To = to, OfficeId = office.Id };
            var report = new RecoveryReport(
                await requests.Send(new GetDashboardSummary(filter), Administrator),
                await requests.Send(new GetFiguresByOffice(filter), Administrator));
            stdout.Write(args.Has("--json") ? report.ToJson() : report.ToText());
            return DatunCli.Ok;
        });
    }

    /// <summary>Whoever runs datun on the server may read the whole database; the office of this context is never used.</summary>
    private static readonly UserContext Administrator =
        new("datun", "Baris perintah datun", 0, "/", Institution.Kejaksaan, new HashSet<string> { Roles.Admin });

    private static DateOnly Date(Arguments args, string option)
    {
        var text = args.Required(option);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new BadInputException($"Tanggal {option} tidak valid: {text}. Tulis sebagai TTTT-BB-HH, misalnya 2024-01-31.");
    }

    private static OfficeOption Choose(IReadOnlyList<OfficeOption> offices, string? code)
    {
        if (code is not null)
            return offices.SingleOrDefault(o => string.Equals(o.Code, code, StringComparison.OrdinalIgnoreCase))
                ?? throw new BadInputException($"Kode kantor tidak dikenal: {code}. Kode kantor tertulis di daftar kantor, misalnya KEJATI-KALSEL.");
        var tops = offices.Where(o => o.ParentId is null && o.Institution == Institution.Kejaksaan).ToList();
        return tops.Count switch
        {
            1 => tops[0],
            0 => throw new BadInputException("Basis data belum berisi kantor Kejaksaan; isi dulu, misalnya: datun seed --demo"),
            _ => throw new BadInputException($"Ada {tops.Count} kantor Kejaksaan teratas; pilih salah satu dengan --office KODE."),
        };
    }
}
