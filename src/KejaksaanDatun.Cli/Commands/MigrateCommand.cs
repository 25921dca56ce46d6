using KejaksaanDatun.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Cli.Commands;

/// <summary>datun migrate: applies the EF Core migrations of the configured provider.</summary>
internal static class MigrateCommand
{
    public static async Task<int> Run(Arguments args, TextWriter stdout, IReadOnlyDictionary<string, string?>? settings)
    {
        args.ExpectPositional(0, "");
        await using var services = Database.Services(settings);
        return await Database.Guard("memperbarui basis data", async () =>
        {
            var contexts = services.GetRequiredService<IDbContextFactory<DatunDbContext>>();
            await using var db = await contexts.CreateDbContextAsync();
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            await db.UpgradeAsync(TimeProvider.System);
            stdout.WriteLine(pending.Count == 0
                ? $"Basis data {Database.Describe(services)} sudah mutakhir."
                : $"Basis data {Database.Describe(services)} diperbarui: {pending.Count} migrasi diterapkan.");
            return DatunCli.Ok;
        });
    }
}
