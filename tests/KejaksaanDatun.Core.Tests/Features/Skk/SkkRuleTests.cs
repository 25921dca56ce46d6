using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Skk;

public class SkkRuleTests
{
    [Fact]
    public async Task Handing_over_without_an_agreement_between_the_two_offices_is_refused_with_the_reason()
    {
        await using var app = await TestApp.StartAsync();
        var bpjs = await app.As("bpjs.bjm");
        var employerId = await app.Send(Requests.Employer(), bpjs);
        var skkId = await app.Send(Requests.Skk(employerId, await app.OfficeId("KEJARI-PLK"), app.Today), bpjs);
        var version = await app.VersionOf(skkId);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => app.Send(new HandOverSkk(skkId, version), bpjs));
        Assert.Contains("tidak ada MoU/PKS", refused.Message);
        Assert.Contains("Kejaksaan Negeri Palangka Raya", refused.Message);
        await using var db = app.NewDb();
        var skk = await db.Skks.SingleAsync(s => s.Id == skkId);
        Assert.Equal(SkkStatus.Draft, skk.Status);
        Assert.Null(skk.HandedOverAt);
    }

    [Fact]
    public async Task Handing_over_under_an_expired_pks_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var bpjs = await app.As("bpjs.plk");
        var employerId = await app.Send(Requests.Employer(), bpjs);
        var skkId = await app.Send(Requests.Skk(employerId, await app.OfficeId("KEJARI-PLK"), app.Today), bpjs);
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => app.Send(new HandOverSkk(skkId, 0), bpjs));
        Assert.Contains("tidak ada MoU/PKS", refused.Message);
    }

    [Fact]
    public async Task A_kcp_hands_over_under_the_pks_of_its_kancab()
    {
        await using var app = await TestApp.StartAsync();
        var kcp = await app.As("bpjs.kdg");
        var employerId = await app.Send(Requests.Employer(), kcp);
        var skkId = await app.Send(Requests.Skk(employerId, await app.OfficeId("KEJARI-HST"), app.Today), kcp);
        await app.Send(new HandOverSkk(skkId, 0), kcp);
        Assert.Equal(SkkStatus.Diserahkan, (await app.Send(new GetSkkDetail(skkId), kcp)).Skk.Status);
    }

    [Fact]
    public async Task Register_numbers_run_per_office_and_year_without_gaps()
    {
        await using var app = await TestApp.StartAsync();
        var numbers = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var skkId = await app.HandedOverSkk("KEJARI-HST");
            await app.Send(new AcceptSkk(skkId, await app.VersionOf(skkId)), await app.As("kasidatun.hst"));
            await using var db = app.NewDb();
            numbers.Add((await db.Skks.SingleAsync(s => s.Id == skkId)).RegisterSequence!.Value);
        }
        Assert.Equal([numbers[0], numbers[0] + 1, numbers[0] + 2], numbers);

        await using var check = app.NewDb();
        var hst = await app.OfficeId("KEJARI-HST");
        var year = numbers.Count > 0 ? app.Today.Year : 0;
        var sequences = await check.Skks.Where(s => s.KejaksaanOfficeId == hst && s.RegisterYear == year)
            .Select(s => s.RegisterSequence!.Value).OrderBy(n => n).ToListAsync();
        Assert.Equal(Enumerable.Range(1, sequences.Count), sequences);
    }

    [Fact]
    public async Task Accepting_many_skk_at_once_gives_each_its_own_register_number_without_gaps()
    {
        await using var app = await TestApp.StartAsync();
        var kasi = await app.As("kasidatun.hst");
        var skkIds = new List<int>();
        for (var i = 0; i < 20; i++) skkIds.Add(await app.HandedOverSkk("KEJARI-HST"));
        var versions = new Dictionary<int, long>();
        foreach (var id in skkIds) versions[id] = await app.VersionOf(id);

        await using (var before = app.NewDb())
        {
            var hst = await app.OfficeId("KEJARI-HST");
            var last = await before.NumberSequences.Where(n => n.OfficeId == hst && n.Kind == AcceptSkkHandler.RegisterSequenceKind && n.Year == app.Today.Year)
                .Select(n => (int?)n.LastValue).SingleOrDefaultAsync() ?? 0;
            await Task.WhenAll(skkIds.Select(id => Task.Run(() => app.Send(new AcceptSkk(id, versions[id]), kasi))));

            await using var after = app.NewDb();
            var numbers = await after.Skks.Where(s => skkIds.Contains(s.Id)).Select(s => s.RegisterSequence!.Value).ToListAsync();
            Assert.Equal(Enumerable.Range(last + 1, 20), numbers.Order());
        }
    }

    [Fact]
    public async Task Accepting_an_skk_that_is_not_handed_over_is_refused_and_changes_nothing()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var before = await app.VersionOf(skkId);
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(async () => await app.Send(new AcceptSkk(skkId, before), await app.As("kasidatun.hst")));
        Assert.Contains("Hanya SKK yang diserahkan", refused.Message);
        Assert.Equal(before, await app.VersionOf(skkId));
    }

    [Fact]
    public async Task A_returned_skk_goes_back_to_draft_when_bpjs_revises_it_and_can_be_handed_over_again()
    {
        await using var app = await TestApp.StartAsync();
        var skkId = await app.HandedOverSkk("KEJARI-HST");
        var kasi = await app.As("kasidatun.hst");
        var bpjs = await app.As("bpjs.bjm");

        await app.Send(new ReturnSkk { SkkId = skkId, Version = await app.VersionOf(skkId), Reason = "Rincian tunggakan JP belum dilampiri." }, kasi);
        var returned = await app.Send(new GetSkkDetail(skkId), bpjs);
        Assert.Equal(SkkStatus.Dikembalikan, returned.Skk.Status);
        Assert.Equal("Rincian tunggakan JP belum dilampiri.", returned.Skk.ReturnReason);
        Assert.True(returned.Actions.CanEdit);

        var edit = EditSkk.From(returned.Skk);
        edit.Notes = "Rincian JP dilampirkan.";
        await app.Send(edit, bpjs);
        var revised = await app.Send(new GetSkkDetail(skkId), bpjs);
        Assert.Equal(SkkStatus.Draft, revised.Skk.Status);

        await app.Send(new HandOverSkk(skkId, revised.Skk.Version), bpjs);
        var statuses = (await app.Send(new GetSkkDetail(skkId), bpjs)).Timeline
            .Where(e => e.Kind == CaseEventKind.StatusChanged).Select(e => e.ToStatus!.Value);
        Assert.Equal([SkkStatus.Diserahkan, SkkStatus.Dikembalikan, SkkStatus.Draft, SkkStatus.Diserahkan], statuses);
    }

    [Fact]
    public async Task A_return_without_a_reason_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var skkId = await app.HandedOverSkk("KEJARI-HST");
        var refused = await Assert.ThrowsAsync<RequestValidationException>(async () => await
            app.Send(new ReturnSkk { SkkId = skkId, Version = await app.VersionOf(skkId), Reason = " " }, await app.As("kasidatun.hst")));
        Assert.Contains(refused.Errors, e => e.Field == "Reason" && e.Message.Contains("wajib diisi"));
    }

    [Fact]
    public async Task Bpjs_withdraws_an_open_case_and_its_team_is_released()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var bpjs = await app.As("bpjs.bjm");
        await app.Send(new WithdrawSkk { SkkId = skkId, Version = await app.VersionOf(skkId), Reason = "Badan usaha melunasi langsung ke BPJS." }, bpjs);
        var detail = await app.Send(new GetSkkDetail(skkId), bpjs);
        Assert.Equal(SkkStatus.Dicabut, detail.Skk.Status);
        Assert.Null(detail.ActiveTeam);
        Assert.NotNull(detail.Skk.ClosedAt);
        await Assert.ThrowsAsync<BusinessRuleException>(async () =>
            await app.Send(new WithdrawSkk { SkkId = skkId, Version = await app.VersionOf(skkId), Reason = "Dicabut untuk kedua kalinya." }, bpjs));
    }

    [Fact]
    public async Task Changing_the_team_keeps_the_old_one_in_the_history()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var kasi = await app.As("kasidatun.hst");
        var newLead = await app.As("jpn.hst3");
        await app.Send(new AppointJpnTeam
        {
            SkkId = skkId, Version = await app.VersionOf(skkId), WarrantNumber = "PRINT-80/O.3.14/Gp.2/11/2026",
            WarrantDate = app.Today, LeadJpnId = newLead.UserId,
        }, kasi);
        var detail = await app.Send(new GetSkkDetail(skkId), kasi);
        Assert.Equal(2, detail.Teams.Count);
        Assert.Equal(newLead.UserId, detail.ActiveTeam!.Lead.UserId);
        Assert.Contains(detail.Timeline, e => e.Kind == CaseEventKind.TeamAppointed && e.Description.Contains("diganti"));
        var oldLeadCases = await app.Send(new SearchSkk { JpnUserId = (await app.As("jpn.hst1")).UserId }, kasi);
        Assert.DoesNotContain(oldLeadCases.Items, r => r.Id == skkId);
    }

    [Fact]
    public async Task A_team_member_from_another_kejari_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var skkId = await app.HandedOverSkk("KEJARI-HST");
        var kasi = await app.As("kasidatun.hst");
        await app.Send(new AcceptSkk(skkId, await app.VersionOf(skkId)), kasi);
        var refused = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.Send(new AppointJpnTeam
        {
            SkkId = skkId, Version = await app.VersionOf(skkId), WarrantNumber = "PRINT-81/O.3.14/Gp.2/11/2026",
            WarrantDate = app.Today, LeadJpnId = (await app.As("jpn.hst1")).UserId, MemberIds = [(await app.As("jpn.bjm1")).UserId],
        }, kasi));
        Assert.Contains("harus JPN pada Kejaksaan Negeri Hulu Sungai Tengah", refused.Message);
        Assert.Equal(SkkStatus.Diterima, (await app.Send(new GetSkkDetail(skkId), kasi)).Skk.Status);
    }

    [Fact]
    public async Task Two_people_handling_the_same_skk_at_once_the_second_is_told_and_nothing_is_overwritten()
    {
        await using var app = await TestApp.StartAsync();
        var skkId = await app.HandedOverSkk("KEJARI-HST");
        var kasi = await app.As("kasidatun.hst");
        var seen = await app.VersionOf(skkId);
        await app.Send(new ReturnSkk { SkkId = skkId, Version = seen, Reason = "Surat kuasa belum ditandatangani." }, kasi);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await app.Send(new AcceptSkk(skkId, seen), await app.As("kajari.hst")));
        await using var db = app.NewDb();
        var skk = await db.Skks.SingleAsync(s => s.Id == skkId);
        Assert.Equal(SkkStatus.Dikembalikan, skk.Status);
        Assert.Null(skk.RegisterNumber);
    }

    [Theory]
    [InlineData("jpn.hst1")]
    [InlineData("bpjs.bjm")]
    [InlineData("admin")]
    public async Task Only_kejaksaan_leadership_accepts_an_skk(string userName)
    {
        await using var app = await TestApp.StartAsync();
        var skkId = await app.HandedOverSkk("KEJARI-HST");
        await Assert.ThrowsAsync<NotAllowedException>(async () => await app.Send(new AcceptSkk(skkId, await app.VersionOf(skkId)), await app.As(userName)));
        Assert.Equal(SkkStatus.Diserahkan, (await app.Send(new GetSkkDetail(skkId), await app.As("kasidatun.hst"))).Skk.Status);
    }

    [Fact]
    public async Task Leadership_of_another_kejari_cannot_accept_it()
    {
        await using var app = await TestApp.StartAsync();
        var skkId = await app.HandedOverSkk("KEJARI-HST");
        await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(async () =>
            await app.Send(new AcceptSkk(skkId, await app.VersionOf(skkId)), await app.As("kasidatun.bjm")));
    }
}
