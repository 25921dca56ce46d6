using KejaksaanDatun.Core.Letters;
using KejaksaanDatun.Core.Reminders;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Data;

public static class DatabaseUpgrade
{
    /// <summary>
    /// Brings a database up to this version of the app: the schema migrations, then the default letter templates
    /// and reminder rules that shipped with it, and a re-planning of the reminders (rules or planning may have changed
    /// with the release). The web app on start, <c>datun migrate</c> and the tests all go through here.
    /// </summary>
    public static async Task UpgradeAsync(this DatunDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        await DefaultTemplates.EnsureRegisteredAsync(db, clock, ct);
        await DefaultReminderRules.EnsureAsync(db, ct);
        await new ReminderPlanner(db, new Domain.OfficeClock(clock)).ReplanAllAsync(ct);
    }
}
