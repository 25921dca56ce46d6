using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Tests.Features.Recovery;
using KejaksaanDatun.Core.Tests.Features.Registration;
using KejaksaanDatun.Core.Tests.Infrastructure;

namespace KejaksaanDatun.Core.Tests.Features.Dashboard;

public class TopOutstandingEmployersTests
{
    /// <summary>
    /// The employers are read by arrears, largest first: one whose arrears rank it low but who paid nothing still comes
    /// before those with the largest arrears who paid nearly all, however far down the arrears it ranks.
    /// </summary>
    [Fact]
    public async Task An_employer_low_by_arrears_who_paid_nothing_comes_before_those_who_paid_nearly_all()
    {
        await using var app = await TestApp.StartAsync();
        var bpjs = await app.As("bpjs.bjm");
        var paidNearlyAll = RecoveryScenarios.Arrears - Money.FromRupiah(500_000);
        // Equal arrears rank the employers by id: the eleven who paid come first, more than the ten read at first for
        // one asked; the one who did not comes last.
        for (var n = 0; n < 11; n++)
        {
            var (paying, _) = await app.CaseInHandsOfJpn("jpn.hst3");
            await app.Send(RecoveryScenarios.Record(paying, app.Today, paidNearlyAll), bpjs);
        }
        var (owing, _) = await app.CaseInHandsOfJpn("jpn.hst3");
        // The cases Nor Aina leads: she leads none in the demo data.
        var filter = DashboardFilter.Year(app.Today.Year, await app.OfficeId("KEJARI-HST")) with { JpnUserId = (await app.As("jpn.hst3")).UserId };

        var top = await app.Send(new GetTopOutstandingEmployers(filter, Count: 1), await app.As("kasidatun.hst"));

        var row = Assert.Single(top);
        Assert.Equal(((await app.EmployerOf(owing)).Id, RecoveryScenarios.Arrears.Sen, 0L), (row.EmployerId, row.ArrearsSen, row.RecoveredSen));
        var all = await app.Send(new GetTopOutstandingEmployers(filter, Count: 3), await app.As("kasidatun.hst"));
        Assert.Equal([RecoveryScenarios.Arrears.Sen, 500_000_00L, 500_000_00L], all.Select(r => r.OutstandingSen));
    }
}
