using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Features.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Cli.Commands;

/// <summary>
/// datun rebuild-figures: rebuilds the dashboards' monthly figures of every office from the cases, for case data
/// written past the application (a restore of some tables, an import in SQL), which no save has counted.
/// </summary>
internal static class RebuildFiguresCommand
{
    public static async Task<int> Run(Arguments args, TextWriter stdout, IReadOnlyDictionary<string, string?>? settings)
    {
        args.ExpectPositional(0, "");
        await using var services = Database.Services(settings);
        return await Database.Guard("menghitung ulang angka bulanan dasbor", async () =>
        {
            var contexts = services.GetRequiredService<IDbContextFactory<DatunDbContext>>();
            await using var db = await contexts.CreateDbContextAsync();
            if ((await db.Database.GetPendingMigrationsAsync()).Any())
                throw new BadInputException($"Basis data {Database.Describe(services)} belum mutakhir. Jalankan dahulu: datun migrate");
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await MonthlyFigureRebuild.RebuildAllAsync(db, CancellationToken.None);
                await transaction.CommitAsync();
            }
            var offices = await db.MonthlyFigures.Select(m => m.KejaksaanOfficeId).Distinct().CountAsync();
            var rows = await db.MonthlyFigures.CountAsync();
            stdout.WriteLine($"Angka bulanan dasbor dihitung ulang dari data perkara: {rows:N0} baris untuk {offices:N0} kantor Kejaksaan.");
            return DatunCli.Ok;
        });
    }
}
