using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Features.Summons;
using KejaksaanDatun.Core.Tests.Infrastructure;

namespace KejaksaanDatun.Core.Tests.Features.Skk;

public class ExtendSkkTests
{
    private static ScheduleSummons Summons(TestApp app, int skkId) => new()
    {
        SkkId = skkId, ScheduledAtLocal = app.Today.AddDays(7).ToDateTime(new TimeOnly(9, 0)),
        Place = "Kantor Kejaksaan Negeri Hulu Sungai Tengah", Purpose = "Klarifikasi tunggakan iuran",
    };

    [Fact]
    public async Task An_expired_skk_blocks_new_actions_until_the_granting_office_extends_it()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var bpjs = await app.As("bpjs.bjm");
        var original = (await app.Send(new GetSkkDetail(skkId), bpjs)).Skk;
        app.PastExpiry();

        var blocked = await Assert.ThrowsAsync<BusinessRuleException>(() => app.Send(Summons(app, skkId), jpn));
        Assert.Contains("perpanjangan dengan SKK baru", blocked.Message);
        Assert.True((await app.Send(new GetSkkDetail(skkId), bpjs)).Actions.CanExtend);

        var extension = await app.Extension(skkId);
        await app.Send(extension, bpjs);
        await app.Send(Summons(app, skkId), jpn);

        var detail = await app.Send(new GetSkkDetail(skkId), jpn);
        Assert.False(detail.IsExpired);
        Assert.Equal(original.Number, detail.Skk.Number);
        Assert.Equal(extension.ValidUntil, detail.Skk.ValidUntil);
        var recorded = Assert.Single(detail.Extensions);
        Assert.Equal((original.Number, original.ValidUntil, extension.Number), (recorded.PreviousNumber, recorded.PreviousValidUntil, recorded.Number));
        Assert.Equal(bpjs.Name, recorded.RecordedByName);
        Assert.Contains(detail.Timeline, e => e.Kind == CaseEventKind.SkkExtended && e.Description.Contains(extension.Number));
        var audit = await app.AuditOf(nameof(ExtendSkk));
        Assert.Contains(audit, a => a.EntityType == nameof(SkkExtension) && a.Operation == "Added");
        Assert.Contains(audit, a => a.EntityType == "Skk" && a.Before!.Contains(original.ValidUntil.ToString("yyyy-MM-dd")));
    }

    [Fact]
    public async Task The_pimpinan_of_the_granting_office_may_extend_an_skk_that_is_still_valid_and_extend_it_again()
    {
        await using var app = await TestApp.StartAsync();
        var skkId = await app.HandedOverSkk("KEJARI-HST");
        await app.Send(new AcceptSkk(skkId, await app.VersionOf(skkId)), await app.As("kasidatun.hst"));
        var pimpinan = await app.As("pimpinan.bpjs.bjm");

        await app.Send(await app.Extension(skkId, "SKK.P1/KC-BJM"), pimpinan);
        var second = await app.Extension(skkId, "SKK.P2/KC-BJM");
        second.ValidUntil = app.Today.AddYears(2);
        await app.Send(second, pimpinan);

        var detail = await app.Send(new GetSkkDetail(skkId), pimpinan);
        Assert.Equal(["SKK.P1/KC-BJM", "SKK.P2/KC-BJM"], detail.Extensions.Select(e => e.Number));
        Assert.Equal("SKK.P1/KC-BJM", detail.Extensions[1].PreviousNumber);
        Assert.Equal("SKK.P2/KC-BJM", detail.LatestExtension!.Number);
    }

    [Theory]
    [InlineData("pimpinan.bpjs.kanwil", typeof(NotAllowedException))] // sees the case from above, but did not grant the SKK
    [InlineData("bpjs.kdg", typeof(NotFoundOrNotAllowedException))]
    [InlineData("jpn.hst1", typeof(NotAllowedException))]
    [InlineData("kasidatun.hst", typeof(NotAllowedException))]
    [InlineData("admin", typeof(NotAllowedException))]
    public async Task Only_the_granting_bpjs_office_may_extend(string userName, Type refusal)
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var before = await app.LifecycleStateOf(skkId);
        var extension = await app.Extension(skkId);

        var refused = await Assert.ThrowsAnyAsync<Exception>(async () => await app.Send(extension, await app.As(userName)));

        Assert.IsType(refusal, refused);
        Assert.Equal(before, await app.LifecycleStateOf(skkId));
        Assert.False((await app.Send(new GetSkkDetail(skkId), await app.As("kasidatun.hst"))).Actions.CanExtend);
    }

    [Fact]
    public async Task A_closed_case_cannot_be_extended()
    {
        await using var app = await TestApp.StartAsync();
        var skkId = await app.FinishedCase();
        var bpjs = await app.As("bpjs.bjm");
        var before = await app.LifecycleStateOf(skkId);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(async () => await app.Send(await app.Extension(skkId), bpjs));

        Assert.Contains("berstatus Selesai", refused.Message);
        Assert.Equal(before, await app.LifecycleStateOf(skkId));
        Assert.False((await app.Send(new GetSkkDetail(skkId), bpjs)).Actions.CanExtend);
    }

    [Fact]
    public async Task A_new_validity_that_does_not_go_beyond_the_current_one_or_a_date_before_the_skk_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var bpjs = await app.As("bpjs.bjm");
        var current = (await app.Send(new GetSkkDetail(skkId), bpjs)).Skk;
        var before = await app.LifecycleStateOf(skkId);
        var extension = await app.Extension(skkId);
        extension.ValidUntil = current.ValidUntil;
        extension.Date = current.Date.AddDays(-1);

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => app.Send(extension, bpjs));

        Assert.Contains(refused.Errors, e => e.Field == nameof(ExtendSkk.ValidUntil) && e.Message.Contains("harus melewati masa berlaku sekarang"));
        Assert.Contains(refused.Errors, e => e.Field == nameof(ExtendSkk.Date) && e.Message.Contains("tidak boleh sebelum tanggal SKK"));
        Assert.Equal(before, await app.LifecycleStateOf(skkId));
    }

    [Fact]
    public async Task A_number_already_used_by_the_office_or_the_original_number_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var otherSkkId = await app.HandedOverSkk("KEJARI-HST");
        var bpjs = await app.As("bpjs.bjm");
        var number = (await app.Send(new GetSkkDetail(skkId), bpjs)).Skk.Number;
        var otherNumber = (await app.Send(new GetSkkDetail(otherSkkId), bpjs)).Skk.Number;
        var before = await app.LifecycleStateOf(skkId);

        var same = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.Send(await app.Extension(skkId, number), bpjs));
        Assert.Contains("harus berbeda", same.Message);
        var taken = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.Send(await app.Extension(skkId, otherNumber), bpjs));
        Assert.Contains($"Nomor SKK {otherNumber} sudah dipakai", taken.Message);
        Assert.Equal(before, await app.LifecycleStateOf(skkId));

        // A number that extended one case is taken for new drafts as well.
        await app.Send(await app.Extension(skkId, "SKK.99/KC-BJM/2026"), bpjs);
        var draft = Requests.Skk(await app.Send(Requests.Employer(), bpjs), await app.OfficeId("KEJARI-HST"), app.Today, "SKK.99/KC-BJM/2026");
        var draftRefused = await Assert.ThrowsAsync<RequestValidationException>(() => app.Send(draft, bpjs));
        Assert.Contains("sudah dipakai", draftRefused.Message);
    }

    [Fact]
    public async Task An_extension_based_on_a_stale_version_of_the_case_is_refused_as_a_conflict()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var bpjs = await app.As("bpjs.bjm");
        var stale = await app.Extension(skkId);
        // Another officer of the office records the same new SKK a moment earlier.
        var concurrent = await app.Extension(skkId, "SKK.LAIN/KC-BJM");
        await app.Send(concurrent, bpjs);
        var before = await app.LifecycleStateOf(skkId);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => app.Send(stale, bpjs));

        Assert.Equal(before, await app.LifecycleStateOf(skkId));
    }
}
