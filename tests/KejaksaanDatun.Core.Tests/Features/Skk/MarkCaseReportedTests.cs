using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Letters;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Letters;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Skk;

public class MarkCaseReportedTests
{
    private static async Task<long> Letter(TestApp app, int skkId, LetterKind kind) => await app.Send(new GenerateLetter
    {
        SkkId = skkId, Kind = kind, LetterDate = app.Today, SignerUserId = (await app.As("kasidatun.hst")).UserId,
    }, await app.As("jpn.hst1"));

    [Fact]
    public async Task The_lead_jpn_reports_a_finished_case_with_its_report_letter_even_after_the_skk_expired()
    {
        await using var app = await TestApp.StartAsync();
        var skkId = await app.FinishedCase();
        app.PastExpiry();
        var jpn = await app.As("jpn.hst1");
        Assert.True((await app.Send(new GetSkkDetail(skkId), jpn)).Actions.CanMarkReported);

        // The report letters of a finished case can still be made once the SKK expired.
        var reportLetterId = await Letter(app, skkId, LetterKind.LaporanPelaksanaanSkk);
        await Letter(app, skkId, LetterKind.PengembalianSkk);
        await app.Send(await app.Report(skkId, reportLetterId), jpn);

        var detail = await app.Send(new GetSkkDetail(skkId), jpn);
        Assert.Equal(SkkStatus.Dilaporkan, detail.Skk.Status);
        Assert.False(detail.Actions.CanMarkReported);
        await using var db = app.NewDb();
        var report = await db.CaseReports.SingleAsync(r => r.SkkId == skkId);
        var letterNumber = await db.Letters.Where(l => l.Id == reportLetterId).Select(l => l.Number).SingleAsync();
        Assert.Equal((app.Today, letterNumber, jpn.UserId), (report.SentOn, report.LetterNumber, report.RecordedById));
        Assert.Contains(detail.Timeline, e => e.ToStatus == SkkStatus.Dilaporkan && e.Description.Contains(letterNumber)
            && e.Description.Contains("BPJS Ketenagakerjaan Cabang Banjarmasin") && e.Description.Contains("ekspedisi"));
        var audit = await app.AuditOf(nameof(MarkCaseReported));
        Assert.Contains(audit, a => a.EntityType == nameof(CaseReport));
        Assert.Contains(audit, a => a.EntityType == "Skk" && a.After!.Contains("\"Status\":\"Dilaporkan\""));
    }

    [Fact]
    public async Task The_pimpinan_of_the_handling_office_may_report_with_a_letter_number_made_outside_the_app()
    {
        await using var app = await TestApp.StartAsync();
        var skkId = await app.FinishedCase();
        var report = await app.Report(skkId);
        report.LetterNumber = "B-123/O.3.14/Gp.2/11/2026";

        await app.Send(report, await app.As("kasidatun.hst"));

        await using var db = app.NewDb();
        Assert.Equal("B-123/O.3.14/Gp.2/11/2026", (await db.CaseReports.SingleAsync(r => r.SkkId == skkId)).LetterNumber);
    }

    public static TheoryData<SkkStatus> OtherStatuses() =>
        new(Enum.GetValues<SkkStatus>().Where(s => s != SkkStatus.Selesai));

    [Theory]
    [MemberData(nameof(OtherStatuses))]
    public async Task Reporting_is_refused_from_every_status_but_selesai_and_changes_nothing(SkkStatus status)
    {
        await using var app = await TestApp.StartAsync();
        var skkId = await CaseIn(app, status);
        Assert.Equal(status, (await app.Send(new GetSkkDetail(skkId), await app.As("bpjs.bjm"))).Skk.Status);
        var before = await app.LifecycleStateOf(skkId);
        var report = await app.Report(skkId);

        var refused = await Assert.ThrowsAnyAsync<Exception>(async () => await app.Send(report, await app.As("kasidatun.hst")));

        // A draft is not the Kejaksaan's to see at all; any other state is explained.
        if (status == SkkStatus.Draft) Assert.IsType<NotFoundOrNotAllowedException>(refused);
        else Assert.Contains("hanya dapat dicatat untuk perkara berstatus Selesai", Assert.IsType<BusinessRuleException>(refused).Message);
        Assert.Equal(before, await app.LifecycleStateOf(skkId));
    }

    private static async Task<int> CaseIn(TestApp app, SkkStatus status)
    {
        var bpjs = await app.As("bpjs.bjm");
        var kasi = await app.As("kasidatun.hst");
        switch (status)
        {
            case SkkStatus.Draft:
                return await app.Send(Requests.Skk(await app.Send(Requests.Employer(), bpjs), await app.OfficeId("KEJARI-HST"), app.Today), bpjs);
            case SkkStatus.Diserahkan:
                return await app.HandedOverSkk("KEJARI-HST");
            case SkkStatus.Dikembalikan:
            {
                var skkId = await app.HandedOverSkk("KEJARI-HST");
                await app.Send(new ReturnSkk { SkkId = skkId, Version = await app.VersionOf(skkId), Reason = "Rincian tunggakan belum dilampirkan." }, kasi);
                return skkId;
            }
            case SkkStatus.Diterima:
            {
                var skkId = await app.HandedOverSkk("KEJARI-HST");
                await app.Send(new AcceptSkk(skkId, await app.VersionOf(skkId)), kasi);
                return skkId;
            }
            case SkkStatus.Ditangani:
                return (await app.CaseInHandsOfJpn("jpn.hst1")).SkkId;
            case SkkStatus.Dilaporkan:
            {
                var skkId = await app.FinishedCase();
                await app.Send(await app.Report(skkId), kasi);
                return skkId;
            }
            case SkkStatus.Dicabut:
            {
                var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
                await app.Send(new WithdrawSkk { SkkId = skkId, Version = await app.VersionOf(skkId), Reason = "Badan usaha melunasi langsung ke BPJS." }, bpjs);
                return skkId;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }
    }

    [Theory]
    [InlineData("jpn.hst2")] // a JPN outside the team
    [InlineData("kajati.kalsel")] // leadership of another office, which sees the case from above
    [InlineData("bpjs.bjm")]
    public async Task Only_the_lead_jpn_or_the_handling_offices_pimpinan_may_report(string userName)
    {
        await using var app = await TestApp.StartAsync();
        var skkId = await app.FinishedCase();
        var before = await app.LifecycleStateOf(skkId);
        var report = await app.Report(skkId);

        await Assert.ThrowsAsync<NotAllowedException>(async () => await app.Send(report, await app.As(userName)));

        Assert.Equal(before, await app.LifecycleStateOf(skkId));
        Assert.False((await app.Send(new GetSkkDetail(skkId), await app.As(userName))).Actions.CanMarkReported);
    }

    [Fact]
    public async Task A_letter_that_is_not_a_report_of_this_case_or_a_date_in_the_future_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var skkId = await app.FinishedCase();
        var jpn = await app.As("jpn.hst1");
        var wrongLetter = await app.Report(skkId, await Letter(app, skkId, LetterKind.SuratPerintah));
        var before = await app.LifecycleStateOf(skkId);

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => app.Send(wrongLetter, jpn));
        Assert.Equal(nameof(MarkCaseReported.LetterId), Assert.Single(refused.Errors).Field);

        var future = await app.Report(skkId);
        future.SentOn = app.Today.AddDays(1);
        refused = await Assert.ThrowsAsync<RequestValidationException>(() => app.Send(future, jpn));
        Assert.Contains("tidak boleh di masa depan", refused.Message);

        Assert.Equal(before, await app.LifecycleStateOf(skkId));
    }
}
