using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Skk;

/// <summary>The foundation story: BPJS drafts and hands over, the Kejari accepts and appoints a team, the JPN sees the case.</summary>
public class SkkJourneyTests
{
    [Fact]
    public async Task An_skk_goes_from_draft_to_a_jpn_team_and_its_timeline_shows_every_step()
    {
        await using var app = await TestApp.StartAsync();
        var bpjs = await app.As("bpjs.bjm");
        var kasi = await app.As("kasidatun.hst");
        var jpn = await app.As("jpn.hst1");
        var hst = await app.OfficeId("KEJARI-HST");

        var employerId = await app.Send(Requests.Employer(), bpjs);
        var skkId = await app.Send(Requests.Skk(employerId, hst, app.Today), bpjs);
        var draft = await app.Send(new GetSkkDetail(skkId), bpjs);
        Assert.Equal(SkkStatus.Draft, draft.Skk.Status);
        Assert.Equal(Requests.SkkTotal, draft.Skk.TotalArrears);
        Assert.Equal(60, draft.Skk.ArrearsLines.Count);

        await app.Send(new HandOverSkk(skkId, draft.Skk.Version), bpjs);
        var inbox = await app.Send(new SearchSkk { Statuses = [SkkStatus.Diserahkan] }, kasi);
        Assert.Contains(inbox.Items, r => r.Id == skkId);

        var handedOver = await app.Send(new GetSkkDetail(skkId), kasi);
        Assert.NotNull(handedOver.Agreement);
        var registerNumber = await app.Send(new AcceptSkk(skkId, handedOver.Skk.Version), kasi);
        Assert.Matches(@"^REG-\d+/O\.3\.14/Gp\.2/\d{4}$", registerNumber);

        var accepted = await app.Send(new GetSkkDetail(skkId), kasi);
        await app.Send(new AppointJpnTeam
        {
            SkkId = skkId, Version = accepted.Skk.Version, WarrantNumber = "PRINT-77/O.3.14/Gp.2/11/2026",
            WarrantDate = app.Today, LeadJpnId = jpn.UserId, MemberIds = [(await app.As("jpn.hst2")).UserId],
        }, kasi);

        var mine = await app.Send(new SearchSkk { JpnUserId = jpn.UserId, CasesOnly = true }, jpn);
        Assert.Contains(mine.Items, r => r.Id == skkId && r.RegisterNumber == registerNumber);

        var detail = await app.Send(new GetSkkDetail(skkId), jpn);
        Assert.Equal(SkkStatus.Ditangani, detail.Skk.Status);
        Assert.Equal(jpn.UserId, detail.ActiveTeam!.Lead.UserId);
        Assert.Equal(2, detail.ActiveTeam.Members.Count);
        var changes = detail.Timeline.Where(e => e.Kind == CaseEventKind.StatusChanged).Select(e => e.ToStatus).ToList();
        Assert.Equal([SkkStatus.Diserahkan, SkkStatus.Diterima, SkkStatus.Ditangani], changes);
        Assert.Equal(CaseEventKind.Created, detail.Timeline[0].Kind);
        Assert.All(detail.Timeline, e => Assert.False(string.IsNullOrEmpty(e.ActorName)));
    }

    [Fact]
    public async Task A_jpn_of_another_kejari_neither_lists_nor_opens_the_case()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var otherJpn = await app.As("jpn.bjm1");
        var otherKasi = await app.As("kasidatun.bjm");

        foreach (var user in new[] { otherJpn, otherKasi })
        {
            var all = await app.Send(new SearchSkk { PageSize = 200 }, user);
            Assert.DoesNotContain(all.Items, r => r.Id == skkId);
            await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(() => app.Send(new GetSkkDetail(skkId), user));
        }
        var bjm = await app.OfficeId("KEJARI-BJM");
        Assert.All((await app.Send(new SearchSkk { PageSize = 200 }, otherJpn)).Items,
            r => Assert.Equal("Kejaksaan Negeri Banjarmasin", r.KejaksaanOfficeName));
        Assert.True(bjm > 0);
    }

    [Fact]
    public async Task A_bpjs_office_does_not_see_the_skk_another_office_granted()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var palangkaRaya = await app.As("bpjs.plk");
        await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(() => app.Send(new GetSkkDetail(skkId), palangkaRaya));
        var list = await app.Send(new SearchSkk { PageSize = 200 }, palangkaRaya);
        Assert.DoesNotContain(list.Items, r => r.Id == skkId);
    }

    [Fact]
    public async Task The_kejaksaan_does_not_see_bpjs_drafts()
    {
        await using var app = await TestApp.StartAsync();
        var bpjs = await app.As("bpjs.bjm");
        var employerId = await app.Send(Requests.Employer(), bpjs);
        var skkId = await app.Send(Requests.Skk(employerId, await app.OfficeId("KEJARI-HST"), app.Today), bpjs);
        await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(async () => await app.Send(new GetSkkDetail(skkId), await app.As("kasidatun.hst")));
    }

    [Fact]
    public async Task Every_change_is_in_the_audit_log_with_who_before_and_after()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        await using var db = app.NewDb();
        var entries = await db.AuditEntries.Where(a => a.EntityType == nameof(KejaksaanDatun.Core.Domain.Skk) && a.EntityKey == skkId.ToString())
            .OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["DraftSkk", "HandOverSkk", "AcceptSkk", "AppointJpnTeam"], entries.Select(e => e.Action));
        var accept = entries.Single(e => e.Action == "AcceptSkk");
        Assert.Contains("\"Status\":\"Diserahkan\"", accept.Before);
        Assert.Contains("\"Status\":\"Diterima\"", accept.After);
        Assert.Equal((await app.As("kasidatun.hst")).UserId, accept.UserId);
        Assert.Null(entries[0].Before);
    }

    [Fact]
    public async Task The_audit_log_and_timeline_cannot_be_changed()
    {
        await using var app = await TestApp.StartAsync();
        await app.CaseInHandsOfJpn("jpn.hst1");
        await using var db = app.NewDb();
        var entry = await db.AuditEntries.FirstAsync();
        entry.After = "{}";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
