using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Tests.Infrastructure;

namespace KejaksaanDatun.Core.Tests.Features.Dashboard;

using Skk = KejaksaanDatun.Core.Domain.Skk;

/// <summary>Nobody reads figures of offices outside their subtree, whichever figure they ask for.</summary>
public class DashboardScopingTests
{
    public static TheoryData<string> Figures => ["summary", "office", "jpn", "type", "month", "employers", "aging"];

    private static Task Read(TestApp app, string figure, DashboardFilter filter, UserContext user) => figure switch
    {
        "summary" => app.Send(new GetDashboardSummary(filter), user),
        "office" => app.Send(new GetFiguresByOffice(filter), user),
        "jpn" => app.Send(new GetFiguresByJpn(filter), user),
        "type" => app.Send(new GetFiguresByCaseType(filter), user),
        "month" => app.Send(new GetMonthlyTrend(filter), user),
        "employers" => app.Send(new GetTopOutstandingEmployers(filter), user),
        _ => app.Send(new GetOpenCaseAging(filter), user),
    };

    private static DashboardFilter LastYear(TestApp app, int? officeId = null) =>
        new() { From = app.Today.AddYears(-1), To = app.Today, OfficeId = officeId };

    [Theory]
    [MemberData(nameof(Figures))]
    public async Task Every_figure_refuses_an_office_outside_the_users_subtree(string figure)
    {
        await using var app = await TestApp.StartAsync();

        var bjm = LastYear(app, await app.OfficeId("KEJARI-BJM"));
        var kasi = await app.As("kasidatun.hst");
        var sibling = await Assert.ThrowsAsync<NotAllowedException>(() => Read(app, figure, bjm, kasi));
        Assert.Equal("Kejaksaan Negeri Banjarmasin berada di luar wilayah Anda. Anda hanya dapat melihat angka " +
            "Kejaksaan Negeri Hulu Sungai Tengah dan kantor di bawahnya.", sibling.Message);
        await Assert.ThrowsAsync<NotAllowedException>(async () =>
            await Read(app, figure, LastYear(app, await app.OfficeId("KEJATI-KALTENG")), await app.As("kajati.kalsel")));
        await Assert.ThrowsAsync<NotAllowedException>(async () =>
            await Read(app, figure, LastYear(app, await app.OfficeId("KEJARI-HST")), await app.As("pimpinan.bpjs.bjm")));
        await Assert.ThrowsAsync<NotAllowedException>(async () =>
            await Read(app, figure, LastYear(app, await app.OfficeId("BPJS-BJM")), await app.As("bpjs.kdg")));
        await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(async () =>
            await Read(app, figure, LastYear(app, 999_999), await app.As("admin")));
    }

    [Fact]
    public async Task A_kejari_leader_counts_only_the_cases_of_their_own_office()
    {
        await using var app = await TestApp.StartAsync();
        var kasi = await app.As("kasidatun.hst");
        var kajati = await app.As("kajati.kalsel");
        var hstBefore = (await app.Send(new GetDashboardSummary(LastYear(app)), kasi)).Totals;
        var kalselBefore = await app.Send(new GetFiguresByOffice(LastYear(app)), kajati);

        await app.HandedOverSkk("KEJARI-HST");
        await app.HandedOverSkk("KEJARI-BJM");
        await app.HandedOverSkk("KEJARI-BJM");

        var hst = await app.Send(new GetDashboardSummary(LastYear(app)), kasi);
        Assert.Equal("KEJARI-HST", hst.Office.Code);
        Assert.Equal(hstBefore.Received + 1, hst.Totals.Received);
        Assert.Equal(hstBefore.ArrearsHandedOverSen + Requests.SkkTotal.Sen, hst.Totals.ArrearsHandedOverSen);
        var ownRow = Assert.Single(await app.Send(new GetFiguresByOffice(LastYear(app)), kasi));
        Assert.True(ownRow.OwnCases);
        Assert.Equal(hst.Totals, ownRow.Figures);

        var kalsel = await app.Send(new GetFiguresByOffice(LastYear(app)), kajati);
        Assert.Equal(["KEJARI-BJM", "KEJARI-HST"], kalsel.Select(r => r.Office.Code));
        Assert.Equal(kalselBefore[0].Figures.Received + 2, kalsel[0].Figures.Received);
        Assert.Equal(kalselBefore[1].Figures.Received + 1, kalsel[1].Figures.Received);
        Assert.Equal(hst.Totals, kalsel[1].Figures);
    }

    [Fact]
    public async Task A_bpjs_leader_counts_only_the_skk_their_office_and_the_offices_below_it_granted()
    {
        await using var app = await TestApp.StartAsync();
        var leader = await app.As("pimpinan.bpjs.bjm");
        var kasi = await app.As("kasidatun.hst");
        var bjmBefore = (await app.Send(new GetDashboardSummary(LastYear(app)), leader)).Totals;
        var kdgBefore = (await app.Send(new GetFiguresByOffice(LastYear(app)), leader))[1].Figures;
        var hstBefore = (await app.Send(new GetDashboardSummary(LastYear(app)), kasi)).Totals;

        await CaseGrantedBy(app, "BPJS-PLK", "KEJARI-HST");
        await CaseGrantedBy(app, "BPJS-KDG", "KEJARI-HST");

        var bjm = await app.Send(new GetDashboardSummary(LastYear(app)), leader);
        Assert.Equal(Institution.Bpjs, bjm.View);
        Assert.Equal(bjmBefore.Received + 1, bjm.Totals.Received);
        Assert.Equal(hstBefore.Received + 2, (await app.Send(new GetDashboardSummary(LastYear(app)), kasi)).Totals.Received);
        var rows = await app.Send(new GetFiguresByOffice(LastYear(app)), leader);
        Assert.Equal([("BPJS-BJM", true), ("BPJS-KDG", false)], rows.Select(r => (r.Office.Code, r.OwnCases)));
        Assert.Equal(kdgBefore.Received + 1, rows[1].Figures.Received);

        var kanwil = await app.Send(new GetFiguresByOffice(LastYear(app)), await app.As("pimpinan.bpjs.kanwil"));
        Assert.Equal(["BPJS-BJM", "BPJS-PLK"], kanwil.Select(r => r.Office.Code));
    }

    [Fact]
    public async Task A_jpn_reads_the_figures_of_the_cases_they_lead_and_no_colleagues()
    {
        await using var app = await TestApp.StartAsync();
        var jpn = await app.As("jpn.hst1");
        var admin = await app.As("admin");
        var asLead = LastYear(app, await app.OfficeId("KEJARI-HST")) with { JpnUserId = jpn.UserId };

        var own = await app.Send(new GetDashboardSummary(LastYear(app)), jpn);
        Assert.Equal((await app.Send(new GetDashboardSummary(asLead), admin)).Totals, own.Totals);
        Assert.True(own.Totals.InProgress > 0);
        var row = Assert.Single(await app.Send(new GetFiguresByJpn(LastYear(app)), jpn));
        Assert.Equal(jpn.UserId, row.JpnUserId);

        var colleague = LastYear(app) with { JpnUserId = (await app.As("jpn.hst2")).UserId };
        var refused = await Assert.ThrowsAsync<NotAllowedException>(() => app.Send(new GetFiguresByCaseType(colleague), jpn));
        Assert.Contains("perkara yang Anda pimpin", refused.Message);
    }

    [Fact]
    public async Task Bpjs_staff_read_the_figures_of_their_own_office()
    {
        await using var app = await TestApp.StartAsync();
        var summary = await app.Send(new GetDashboardSummary(LastYear(app)), await app.As("bpjs.bjm"));
        Assert.Equal("BPJS-BJM", summary.Office.Code);
        Assert.True(summary.Totals.Received > 0);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused_in_indonesian()
    {
        await using var app = await TestApp.StartAsync();
        var backwards = new DashboardFilter { From = app.Today, To = app.Today.AddDays(-1) };
        var kajati = await app.As("kajati.kalsel");
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => app.Send(new GetDashboardSummary(backwards), kajati));
        Assert.Contains(refused.Errors, e => e.Message == "Tanggal akhir periode tidak boleh sebelum tanggal awal.");
    }

    /// <summary>
    /// A case handed over by a BPJS office that may not be able to hand over to that Kejari under the demo agreements;
    /// written straight into the database, as only who granted it matters here.
    /// </summary>
    private static async Task CaseGrantedBy(TestApp app, string bpjsCode, string kejaksaanCode)
    {
        await using var db = app.NewDb();
        var arrears = Money.FromRupiah(12_345_678).Sen;
        db.Skks.Add(new Skk
        {
            Number = $"SKK.LANGSUNG-{Guid.NewGuid():N}", Date = app.Today, ValidUntil = app.Today.AddYears(1), CaseType = CaseType.PiutangIuran,
            Collectibility = Collectibility.Macet, EmployerId = db.Employers.First().Id, BpjsOfficeId = await app.OfficeId(bpjsCode),
            KejaksaanOfficeId = await app.OfficeId(kejaksaanCode), PeriodFrom = app.Today.AddYears(-1), PeriodTo = app.Today,
            TotalIuranSen = arrears, TotalArrearsSen = arrears, Status = SkkStatus.Diterima, HandedOverAt = app.Clock.Now.UtcDateTime,
            CreatedAt = app.Clock.Now.UtcDateTime, CreatedById = "uji",
        });
        await db.SaveChangesAsync();
    }
}
