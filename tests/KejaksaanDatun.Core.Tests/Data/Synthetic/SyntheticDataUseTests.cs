using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Core.Tests.Data.Synthetic;

/// <summary>The app's own queries and jobs work on the synthetic data and keep each office to its subtree.</summary>
[Collection(SyntheticDataCollection.Name)]
public sealed class SyntheticDataUseTests(SyntheticDatabase data)
{
    [Fact]
    public async Task The_reminder_sweep_plans_the_open_cases_and_a_second_sweep_changes_nothing()
    {
        await using var scope = data.Services.CreateAsyncScope();
        var planner = scope.ServiceProvider.GetRequiredService<ReminderPlanner>();

        var first = await planner.ReplanAllAsync();
        Assert.True(first.Created > 0);
        await using (var db = data.NewDb())
        {
            var pending = await db.Reminders.Where(r => r.State == ReminderState.Pending).Select(r => r.Kind).Distinct().ToListAsync();
            Assert.Contains(ReminderKind.InstallmentDue, pending);
            Assert.Contains(ReminderKind.SkkExpiry, pending);
        }
        await using var again = data.Services.CreateAsyncScope();
        Assert.Equal(new ReplanResult(0, 0), await again.ServiceProvider.GetRequiredService<ReminderPlanner>().ReplanAllAsync());
    }

    [Fact]
    public async Task The_case_list_shows_the_administrator_everything_and_a_kajati_only_the_cases_of_the_province()
    {
        var admin = await data.Send(new SearchSkk { PageSize = 25 }, await data.As("admin"));
        Assert.Equal(SyntheticDatabase.Options.Cases, admin.TotalCount);
        Assert.Equal(25, admin.Items.Count);

        await using var db = data.NewDb();
        var kalsel = await db.Offices.SingleAsync(o => o.Code == "KEJATI-KALSEL");
        var expected = await db.Skks.CountAsync(s => s.Status != SkkStatus.Draft && s.KejaksaanOffice!.Path.StartsWith(kalsel.Path));
        var kajati = await data.Send(new SearchSkk { PageSize = 200 }, await data.As("kajati.kalsel"));
        Assert.True(expected > 0);
        Assert.Equal(expected, kajati.TotalCount);
        var names = await db.Offices.Where(o => o.Path.StartsWith(kalsel.Path)).Select(o => o.Name).ToListAsync();
        Assert.All(kajati.Items, row => Assert.Contains(row.KejaksaanOfficeName, names));

        var jpn = await data.Send(new SearchSkk { JpnUserId = (await data.As("jpn.banjarmasin1")).UserId, CasesOnly = true },
            await data.As("jpn.banjarmasin1"));
        Assert.All(jpn.Items, row => Assert.Equal("Kejaksaan Negeri Banjarmasin", row.KejaksaanOfficeName));
    }

    [Fact]
    public async Task The_case_financials_of_a_case_in_hand_agree_with_its_payments()
    {
        await using var db = data.NewDb();
        var skk = await db.Skks.Where(s => s.Status == SkkStatus.Ditangani && db.InstallmentPlans.Any(p => p.SkkId == s.Id)
                && db.Payments.Count(p => p.SkkId == s.Id) > 3)
            .Include(s => s.KejaksaanOffice).OrderBy(s => s.Id).FirstAsync();
        var kasi = await db.Users.Where(u => u.OfficeId == skk.KejaksaanOfficeId && u.UserName!.StartsWith("kasidatun.")).Select(u => u.UserName!).SingleAsync();

        var financials = await data.Send(new GetCaseFinancials(skk.Id), await data.As(kasi));

        var payments = await db.Payments.Where(p => p.SkkId == skk.Id).ToListAsync();
        Assert.Equal(new Money(RecoveryMath.Confirmed(payments)), financials.ConfirmedRecovered);
        Assert.Equal(skk.TotalArrears - financials.ConfirmedRecovered, financials.Outstanding);
        Assert.Equal(payments.Count, financials.Payments.Count);
        Assert.Equal(financials.ConfirmedRecovered, Money.Sum(financials.CurrentPlan!.Installments.Select(i => i.Paid)));
    }
}
