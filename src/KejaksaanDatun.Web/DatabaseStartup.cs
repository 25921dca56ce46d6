using KejaksaanDatun.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Web;

public static class DatabaseStartup
{
    /// <summary>
    /// Brings the database up to date and fills an empty one with demo data before the first request, so that
    /// a fresh clone runs with one command. <c>Database:MigrateOnStartup</c> and <c>Database:SeedDemoData</c>
    /// (both default true) turn this off where the database is managed separately, e.g. with the datun CLI.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken ct = default)
    {
        if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
        {
            var contexts = app.Services.GetRequiredService<IDbContextFactory<DatunDbContext>>();
            await using var db = await contexts.CreateDbContextAsync(ct);
            await db.UpgradeAsync(app.Services.GetRequiredService<TimeProvider>(), ct);
        }
        if (app.Configuration.GetValue("Database:SeedDemoData", true))
        {
            await DemoData.SeedAsync(app.Services, ct);
        }
    }
}
