using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Skk;

public class AddCaseNoteTests
{
    [Theory]
    [InlineData("jpn.hst1")]
    [InlineData("kasidatun.hst")]
    [InlineData("bpjs.bjm")]
    [InlineData("pimpinan.bpjs.bjm")]
    public async Task The_team_the_handling_pimpinan_and_the_granting_office_add_notes_also_after_expiry(string userName)
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        app.PastExpiry();
        var user = await app.As(userName);
        Assert.True((await app.Send(new GetSkkDetail(skkId), user)).Actions.CanAddNote);

        await app.Send(new AddCaseNote { SkkId = skkId, Text = "  Direktur sedang dirawat; <b>jadwal</b> ulang pekan depan.  " }, user);

        var note = Assert.Single((await app.Send(new GetSkkDetail(skkId), user)).Timeline, e => e.Kind == CaseEventKind.Note);
        Assert.Equal(("Direktur sedang dirawat; <b>jadwal</b> ulang pekan depan.", user.Name), (note.Description, note.ActorName));
        var audit = Assert.Single(await app.AuditOf(nameof(AddCaseNote)));
        Assert.Equal((nameof(CaseNote), user.UserId), (audit.EntityType, audit.UserId));
    }

    [Fact]
    public async Task Notes_may_be_added_to_finished_and_withdrawn_cases()
    {
        await using var app = await TestApp.StartAsync();
        var finished = await app.FinishedCase();
        await app.Send(new AddCaseNote { SkkId = finished, Text = "Salinan akta pembubaran diterima." }, await app.As("jpn.hst1"));

        var (withdrawn, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var bpjs = await app.As("bpjs.bjm");
        await app.Send(new WithdrawSkk { SkkId = withdrawn, Version = await app.VersionOf(withdrawn), Reason = "Badan usaha melunasi langsung ke BPJS." }, bpjs);
        await app.Send(new AddCaseNote { SkkId = withdrawn, Text = "Bukti pelunasan diarsipkan." }, bpjs);

        await using var db = app.NewDb();
        Assert.Equal(2, await db.CaseNotes.CountAsync(n => n.SkkId == finished || n.SkkId == withdrawn));
    }

    [Theory]
    [InlineData("jpn.hst2", typeof(NotAllowedException))] // a JPN outside the team
    [InlineData("kajati.kalsel", typeof(NotAllowedException))]
    [InlineData("pimpinan.bpjs.kanwil", typeof(NotAllowedException))]
    [InlineData("kasidatun.bjm", typeof(NotFoundOrNotAllowedException))]
    [InlineData("bpjs.kdg", typeof(NotFoundOrNotAllowedException))]
    [InlineData("admin", typeof(NotAllowedException))]
    public async Task Others_may_not_add_notes(string userName, Type refusal)
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var before = await app.LifecycleStateOf(skkId);

        var refused = await Assert.ThrowsAnyAsync<Exception>(async () =>
            await app.Send(new AddCaseNote { SkkId = skkId, Text = "Catatan." }, await app.As(userName)));

        Assert.IsType(refusal, refused);
        Assert.Equal(before, await app.LifecycleStateOf(skkId));
    }

    [Theory]
    [InlineData("", "Catatan wajib diisi.")]
    [InlineData("   ", "Catatan wajib diisi.")]
    [InlineData(null, "Catatan paling banyak 2000 karakter.")]
    public async Task A_blank_or_too_long_note_is_refused(string? text, string message)
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var before = await app.LifecycleStateOf(skkId);

        var refused = await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await app.Send(new AddCaseNote { SkkId = skkId, Text = text ?? new string('x', 2001) }, await app.As("jpn.hst1")));

        Assert.Equal(message, Assert.Single(refused.Errors).Message);
        Assert.Equal(before, await app.LifecycleStateOf(skkId));
    }

    [Fact]
    public async Task An_skk_not_yet_accepted_by_the_kejaksaan_takes_no_notes()
    {
        await using var app = await TestApp.StartAsync();
        var skkId = await app.HandedOverSkk("KEJARI-HST");
        var before = await app.LifecycleStateOf(skkId);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(async () =>
            await app.Send(new AddCaseNote { SkkId = skkId, Text = "Catatan." }, await app.As("bpjs.bjm")));

        Assert.Contains("berstatus Diserahkan", refused.Message);
        Assert.Equal(before, await app.LifecycleStateOf(skkId));
    }
}
