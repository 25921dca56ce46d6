using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Features.Targets;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Targets;

public class OfficeTargetTests
{
    private static async Task<SetOfficeTarget> Target(TestApp app, string office = "KEJARI-HST", int? year = null) => new()
    {
        OfficeId = await app.OfficeId(office), Year = year ?? app.Today.Year, TargetRecovered = "1.500.000.000", TargetFinishedCases = 24,
    };

    [Fact]
    public async Task A_target_set_by_the_administrator_is_listed_and_audited()
    {
        await using var app = await TestApp.StartAsync();
        var id = await app.Send(await Target(app), await app.As("admin"));

        var row = Assert.Single(await app.Send(new ListOfficeTargets(app.Today.Year), await app.As("admin")));
        Assert.Equal((id, "KEJARI-HST", Money.FromRupiah(1_500_000_000L), 24), (row.Id, row.OfficeCode, row.Recovered, row.FinishedCases));
        await using var db = app.NewDb();
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(OfficeTarget));
        Assert.Equal(("SetOfficeTarget", "Added"), (audit.Action, audit.Operation));
        Assert.Contains("150000000000", audit.After);
    }

    [Theory]
    [InlineData("0", null, 2025, "Target pemulihan harus lebih dari nol.")]
    [InlineData("-5.000", null, 2025, "Target pemulihan tidak boleh negatif.")]
    [InlineData("satu miliar", null, 2025, "Target pemulihan harus berupa angka rupiah, misalnya 1.250.000 atau 1250000,50.")]
    [InlineData("1.000.000", 0, 2025, "Target perkara selesai harus lebih dari nol, atau dikosongkan.")]
    [InlineData("1.000.000", null, 1999, "Tahun target harus antara 2000 dan 2100.")]
    public async Task An_invalid_target_is_refused_with_its_reason(string recovered, int? finished, int year, string message)
    {
        await using var app = await TestApp.StartAsync();
        var target = await Target(app, year: year);
        target.TargetRecovered = recovered;
        target.TargetFinishedCases = finished;

        var refused = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.Send(target, await app.As("admin")));
        Assert.Contains(refused.Errors, e => e.Message == message);
        await using var db = app.NewDb();
        Assert.False(await db.OfficeTargets.AnyAsync());
    }

    [Fact]
    public async Task A_second_target_for_the_same_office_and_year_or_an_unknown_office_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.As("admin");
        await app.Send(await Target(app), admin);

        var twice = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.Send(await Target(app), admin));
        Assert.Contains(twice.Errors, e => e.Message == $"Target Kejaksaan Negeri Hulu Sungai Tengah tahun {app.Today.Year} sudah ada. Ubah target itu.");
        var nowhere = await Target(app);
        nowhere.OfficeId = 999_999;
        var unknown = await Assert.ThrowsAsync<RequestValidationException>(() => app.Send(nowhere, admin));
        Assert.Contains(unknown.Errors, e => e.Message == "Kantor tidak ditemukan.");
        Assert.True(await app.Send(await Target(app, "BPJS-BJM"), admin) > 0);
    }

    [Fact]
    public async Task Only_the_administrator_sets_or_changes_targets()
    {
        await using var app = await TestApp.StartAsync();
        await Assert.ThrowsAsync<NotAllowedException>(async () => await app.Send(await Target(app), await app.As("kajati.kalsel")));
        var id = await app.Send(await Target(app), await app.As("admin"));
        await Assert.ThrowsAsync<NotAllowedException>(async () =>
            await app.Send(new EditOfficeTarget { TargetId = id, TargetRecovered = "1" }, await app.As("pimpinan.bpjs.kanwil")));
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_the_first_edit_kept()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.As("admin");
        await app.Send(await Target(app), admin);
        var loaded = Assert.Single(await app.Send(new ListOfficeTargets(app.Today.Year), admin));

        var first = EditOfficeTarget.From(loaded);
        first.TargetRecovered = "2.000.000.000";
        await app.Send(first, admin);
        var second = EditOfficeTarget.From(loaded);
        second.TargetFinishedCases = null;
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => app.Send(second, admin));

        var saved = Assert.Single(await app.Send(new ListOfficeTargets(app.Today.Year), admin));
        Assert.Equal((Money.FromRupiah(2_000_000_000L), 24, loaded.Version + 1), (saved.Recovered, saved.FinishedCases, saved.Version));
    }

    [Fact]
    public async Task The_dashboard_sets_each_office_against_its_target_for_the_year()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.As("admin");
        await app.Send(await Target(app), admin);
        var kalsel = await Target(app, "KEJATI-KALSEL");
        kalsel.TargetFinishedCases = null;
        await app.Send(kalsel, admin);
        var year = DashboardFilter.Year(app.Today.Year);

        var rows = await app.Send(new GetFiguresByOffice(year), await app.As("kajati.kalsel"));
        var hst = rows.Single(r => r.Office.Code == "KEJARI-HST").Target;
        Assert.Equal((150_000_000_000L, 24), (hst.TargetRecoveredSen, hst.TargetFinishedCases));
        Assert.Equal(Math.Round(hst.Finished * 100m / 24, 1, MidpointRounding.AwayFromZero), hst.FinishedAchievement);
        Assert.Null(rows.Single(r => r.Office.Code == "KEJARI-BJM").Target.TargetRecoveredSen);

        var summary = await app.Send(new GetDashboardSummary(year), await app.As("kajati.kalsel"));
        Assert.Equal((150_000_000_000L, (int?)null), (summary.Target.TargetRecoveredSen, summary.Target.TargetFinishedCases));
        Assert.Equal(summary.Totals.RecoveredSen, summary.Target.RecoveredSen);
        Assert.Null((await app.Send(new GetDashboardSummary(DashboardFilter.Year(app.Today.Year - 1)), await app.As("kajati.kalsel"))).Target.TargetRecovered);
    }
}
