using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Tests.Features.Dashboard;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Data;

/// <summary>
/// The migration that added <see cref="Domain.Installment.PaidInFullOn"/> fills it for the installments already stored
/// with <see cref="MigrationBackfills.InstallmentsPaidInFullOn"/>; the statement must give the day the allocation gives.
/// </summary>
public class InstallmentBackfillTests
{
    [Fact]
    public async Task The_backfill_gives_every_installment_the_day_the_allocation_gives_it()
    {
        await using var app = await TestApp.StartAsync();
        app.Clock.Now = RandomCaseData.Now;
        await RandomCaseData.AddAsync(app, seed: 20261123, cases: 300);
        await using var db = app.NewDb();
        var allocated = await db.Installments.OrderBy(i => i.Id).Select(i => new { i.Id, i.PaidInFullOn }).ToListAsync();
        Assert.Contains(allocated, i => i.PaidInFullOn is null);
        Assert.True(allocated.Count(i => i.PaidInFullOn is not null) >= 50, "the random cases have installments paid in full");

        await db.Database.ExecuteSqlRawAsync("UPDATE Installments SET PaidInFullOn = NULL");
        await db.Database.ExecuteSqlRawAsync(MigrationBackfills.InstallmentsPaidInFullOn);

        var backfilled = await db.Installments.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.Id, i.PaidInFullOn }).ToListAsync();
        Assert.Equal(allocated, backfilled);
    }
}
