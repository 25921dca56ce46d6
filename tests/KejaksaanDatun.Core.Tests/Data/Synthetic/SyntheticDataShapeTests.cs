using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Data.Synthetic;
using KejaksaanDatun.Core.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Core.Tests.Data.Synthetic;

[CollectionDefinition(Name)]
public sealed class SyntheticDataCollection : ICollectionFixture<SyntheticDatabase>
{
    public const string Name = "Synthetic data";
}

/// <summary>What the synthetic data holds: the requested counts, both office trees, people who can sign in, every state.</summary>
[Collection(SyntheticDataCollection.Name)]
public sealed class SyntheticDataShapeTests(SyntheticDatabase data)
{
    [Fact]
    public async Task It_holds_exactly_the_requested_cases_and_payment_rows()
    {
        await using var db = data.NewDb();
        Assert.Equal(SyntheticDatabase.Options.Cases, await db.Skks.CountAsync());
        Assert.Equal(SyntheticDatabase.Options.Payments, await db.Payments.CountAsync());
        Assert.Equal((SyntheticDatabase.Options.Cases, (long)SyntheticDatabase.Options.Payments), (data.Summary.Rows.Cases, data.Summary.Rows.Payments));
    }

    [Fact]
    public async Task Every_status_every_closing_outcome_and_every_case_type_is_present()
    {
        await using var db = data.NewDb();
        var statuses = await db.Skks.GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Equal(Enum.GetValues<SkkStatus>().Order(), statuses.Keys.Order());
        var outcomes = await db.Skks.Where(s => s.Status == SkkStatus.Selesai || s.Status == SkkStatus.Dilaporkan)
            .Select(s => s.Outcome!.Value).Distinct().ToListAsync();
        Assert.Equal([CaseOutcome.Lunas, CaseOutcome.SebagianDikembalikan, CaseOutcome.TidakBerhasil, CaseOutcome.Gugatan], outcomes.Order());
        Assert.Equal(Enum.GetValues<CaseType>().Order(), (await db.Skks.Select(s => s.CaseType).Distinct().ToListAsync()).Order());
        // Realistic proportions: most cases old enough to have ended, a fair share still in hand, few just drafted.
        var total = statuses.Values.Sum();
        Assert.InRange(statuses[SkkStatus.Selesai] + statuses[SkkStatus.Dilaporkan], total * 50 / 100, total * 80 / 100);
        Assert.InRange(statuses[SkkStatus.Ditangani], total * 10 / 100, total * 30 / 100);
        Assert.InRange(statuses[SkkStatus.Draft], 1, total * 3 / 100);
    }

    [Fact]
    public async Task Cases_are_dated_over_several_years_with_amounts_of_real_rupiah_magnitude()
    {
        await using var db = data.NewDb();
        var years = await db.Skks.Select(s => s.Date.Year).Distinct().ToListAsync();
        Assert.Equal([2023, 2024, 2025, 2026], years.Order());
        Assert.True(await db.Skks.AllAsync(s => s.Date <= new DateOnly(2026, 10, 31)));
        var arrears = await db.Skks.Select(s => s.TotalArrearsSen).ToListAsync();
        Assert.All(arrears, a => Assert.InRange(a, Money.FromRupiah(100_000).Sen, Money.FromRupiah(100_000_000_000).Sen));
        var median = arrears.Order().ElementAt(arrears.Count / 2);
        Assert.InRange(median, Money.FromRupiah(5_000_000).Sen, Money.FromRupiah(1_000_000_000).Sen);
    }

    [Fact]
    public async Task Both_office_trees_span_every_level_and_all_three_time_zones_with_paths_of_their_parents()
    {
        await using var db = data.NewDb();
        var offices = await db.Offices.ToDictionaryAsync(o => o.Id);
        Assert.Equal(Enum.GetValues<OfficeKind>().Order(), offices.Values.Select(o => o.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<OfficeTimeZone>().Order(), offices.Values.Select(o => o.TimeZone).Distinct().Order());
        Assert.True(offices.Values.Count(o => o.Kind == OfficeKind.Kejari) >= 200);
        Assert.True(offices.Values.Count(o => o.Kind == OfficeKind.Kejati) >= 30);
        Assert.All(offices.Values, o =>
        {
            Assert.Equal((o.ParentId is { } parent ? offices[parent].Path : "/") + o.Id + "/", o.Path);
            if (o.ParentId is { } p) Assert.Equal(o.Institution, offices[p].Institution);
            Assert.False(string.IsNullOrEmpty(o.HeadName), o.Code);
        });
        var skkOffices = await db.Skks.Select(s => new { s.BpjsOfficeId, s.KejaksaanOfficeId }).Distinct().ToListAsync();
        Assert.All(skkOffices, s =>
        {
            Assert.Equal(Institution.Bpjs, offices[s.BpjsOfficeId].Institution);
            Assert.True(OfficeKinds.CanReceiveSkk(offices[s.KejaksaanOfficeId].Kind));
        });
    }

    [Fact]
    public async Task Users_sign_in_with_the_demo_password_and_have_one_role_in_their_office()
    {
        await using var scope = data.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (name, role) in new[]
                 {
                     ("admin", Roles.Admin), ("jamdatun", Roles.PimpinanKejaksaan), ("kajati.kalsel", Roles.PimpinanKejaksaan),
                     ("kasidatun.banjarmasin", Roles.PimpinanKejaksaan), ("jpn.banjarmasin1", Roles.Jpn), ("bpjs.banjarmasin1", Roles.StafBpjs),
                     ("pimpinan.bpjs.banjarmasin", Roles.PimpinanBpjs), ("pimpinan.bpjs.kanwil.kal", Roles.PimpinanBpjs),
                 })
        {
            var user = await users.FindByNameAsync(name);
            Assert.NotNull(user);
            Assert.True(await users.CheckPasswordAsync(user, DemoData.DemoPassword), name);
            Assert.Equal([role], await users.GetRolesAsync(user));
            Assert.Equal(18, user.Nip.Length);
        }
        await using var db = data.NewDb();
        Assert.Equal(await db.Users.CountAsync(), await db.UserRoles.CountAsync());
        Assert.Equal(data.Summary.Users, await db.Users.CountAsync());
    }
}
