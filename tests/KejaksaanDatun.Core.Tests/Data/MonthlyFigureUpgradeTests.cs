using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Data;

public class MonthlyFigureUpgradeTests
{
    /// <summary>
    /// A database that held cases before the monthly figures existed gets them when it is upgraded, counted as every save
    /// since keeps them: the web app's start and <c>datun migrate</c> both upgrade this way.
    /// </summary>
    [Fact]
    public async Task Upgrading_a_database_that_holds_cases_counts_their_monthly_figures()
    {
        await using var app = await TestApp.StartAsync();
        List<string> kept;
        await using (var db = app.NewDb())
        {
            kept = await Totals(db);
            Assert.NotEmpty(kept);
            // Back to the schema before the migration that created them, with the demo cases still there.
            var migration = (await db.Database.GetAppliedMigrationsAsync()).Single(m => m.EndsWith("_MonthlyFigures", StringComparison.Ordinal));
            await db.Database.ExecuteSqlRawAsync("""DROP TABLE "MonthlyFigures" """);
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "Offices" DROP COLUMN "FiguresRevision" """);
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = {0}""", migration);
        }

        await using (var db = app.NewDb())
        {
            await db.UpgradeAsync(app.Clock);
            Assert.Equal(kept, await Totals(db));
        }
    }

    /// <summary>The monthly figures added up per grain and kind.</summary>
    private static async Task<List<string>> Totals(DatunDbContext db) =>
        (await db.MonthlyFigures.GroupBy(m => new { m.Grain, m.Kind })
            .Select(g => new { g.Key.Grain, g.Key.Kind, Rows = g.Count(), Count = g.Sum(m => m.Count), Amount = g.Sum(m => m.Amount) })
            .ToListAsync())
        .Select(t => $"{t.Grain} {t.Kind}: {t.Rows} rows, {t.Count}, {t.Amount}").Order(StringComparer.Ordinal).ToList();
}
