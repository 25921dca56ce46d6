using KejaksaanDatun.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Cli.Commands;

/// <summary>datun seed --demo: fills an empty database with the demo data (offices, users, MoU/PKS, employers, SKK).</summary>
internal static class SeedCommand
{
    public static async Task<int> Run(Arguments args, TextWriter stdout, IReadOnlyDictionary<string, string?>? settings)
    {
        args.ExpectPositional(0, "");
        if (!args.Has("--demo")) throw new UsageException("Pilih data yang diisikan: datun seed --demo");
        await using var services = Database.Services(settings);
        return await Database.Guard("mengisi data demo", async () =>
        {
            var contexts = services.GetRequiredService<IDbContextFactory<DatunDbContext>>();
            await using (var db = await contexts.CreateDbContextAsync())
            {
                if ((await db.Database.GetPendingMigrationsAsync()).Any())
                    throw new BadInputException("Basis data belum mutakhir; jalankan dulu: datun migrate");
                if (await db.Offices.AnyAsync())
                {
                    stdout.WriteLine($"Basis data {Database.Describe(services)} sudah berisi data; data demo tidak diisikan.");
                    return DatunCli.Ok;
                }
            }
            await DemoData.SeedAsync(services);
            stdout.WriteLine($"Data demo diisikan ke {Database.Describe(services)}. Kata sandi semua pengguna demo: {DemoData.DemoPassword}");
            return DatunCli.Ok;
        });
    }
}
