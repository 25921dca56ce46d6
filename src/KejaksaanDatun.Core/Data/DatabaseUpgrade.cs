using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Letters;
using KejaksaanDatun.Core.Reminders;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Data;

public static class DatabaseUpgrade
{
    /// <summary>
    /// Brings a database up to this version of the app: the schema migrations (and the dashboards' monthly figures of the
    /// cases already there, when a migration changes what they hold), then the default letter templates
    /// and reminder rules that shipped with it. The web app on start, <c>datun migrate</c> and the tests all go through
    /// here. Reminders are re-planned by the web app's background sweep, queued when it starts, so that a large
    /// database does not hold up the start.
    /// </summary>
    public static async Task UpgradeAsync(this DatunDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        var applying = await db.Database.GetPendingMigrationsAsync(ct);
        await db.Database.MigrateAsync(ct);
        if (applying.Any(MonthlyFigureRebuild.IsNeededAfter))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await MonthlyFigureRebuild.RebuildAllAsync(db, ct);
            await transaction.CommitAsync(ct);
        }
        await DefaultTemplates.EnsureRegisteredAsync(db, clock, ct);
        await DefaultReminderRules.EnsureAsync(db, ct);
    }
}
