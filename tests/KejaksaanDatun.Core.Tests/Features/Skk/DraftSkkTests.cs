using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Skk;

public class DraftSkkTests
{
    private static async Task<(TestApp App, UserContext Bpjs, DraftSkk Draft)> Prepare()
    {
        var app = await TestApp.StartAsync();
        var bpjs = await app.As("bpjs.bjm");
        var employerId = await app.Send(Requests.Employer(), bpjs);
        return (app, bpjs, Requests.Skk(employerId, await app.OfficeId("KEJARI-HST"), app.Today));
    }

    private static async Task AssertRefusedAndNothingSaved(TestApp app, UserContext user, DraftSkk draft, string field, string message)
    {
        await using var before = app.NewDb();
        var skkCount = await before.Skks.CountAsync();
        var lineCount = await before.ArrearsLines.CountAsync();

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => app.Send(draft, user));
        Assert.Contains(refused.Errors, e => e.Field == field && e.Message.Contains(message));

        await using var after = app.NewDb();
        Assert.Equal(skkCount, await after.Skks.CountAsync());
        Assert.Equal(lineCount, await after.ArrearsLines.CountAsync());
    }

    [Fact]
    public async Task Totals_are_computed_exactly_from_the_lines()
    {
        var (app, bpjs, draft) = await Prepare();
        await using var _ = app;
        draft.Lines[0].Iuran = "100.000,33";
        draft.Lines[1].Denda = "1,01";
        var id = await app.Send(draft, bpjs);
        await using var db = app.NewDb();
        var skk = await db.Skks.Include(s => s.ArrearsLines).SingleAsync(s => s.Id == id);
        Assert.Equal(skk.ArrearsLines.Sum(l => l.IuranSen), skk.TotalIuranSen);
        Assert.Equal(skk.ArrearsLines.Sum(l => l.DendaSen), skk.TotalDendaSen);
        Assert.Equal(Requests.SkkTotal + new Money(33) + new Money(101) - Money.FromRupiah(50_000L * 2 / 100), skk.TotalArrears);
    }

    [Theory]
    [InlineData("-100.000", "tidak boleh negatif")]
    [InlineData("seratus ribu", "harus berupa angka rupiah")]
    [InlineData("1.00.000", "harus berupa angka rupiah")]
    [InlineData("", "harus berupa angka rupiah")]
    public async Task A_bad_contribution_amount_is_refused_and_nothing_is_saved(string iuran, string message)
    {
        var (app, bpjs, draft) = await Prepare();
        await using var _ = app;
        draft.Lines[3].Iuran = iuran;
        await AssertRefusedAndNothingSaved(app, bpjs, draft, "Lines[3].Iuran", message);
    }

    [Fact]
    public async Task A_negative_late_fee_is_refused()
    {
        var (app, bpjs, draft) = await Prepare();
        await using var _ = app;
        draft.Lines[0].Denda = "-1";
        await AssertRefusedAndNothingSaved(app, bpjs, draft, "Lines[0].Denda", "tidak boleh negatif");
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused()
    {
        var (app, bpjs, draft) = await Prepare();
        await using var _ = app;
        (draft.PeriodFrom, draft.PeriodTo) = (draft.PeriodTo, draft.PeriodFrom);
        await AssertRefusedAndNothingSaved(app, bpjs, draft, "PeriodTo", "tidak boleh sebelum periode awal");
    }

    [Fact]
    public async Task A_validity_that_ends_before_the_skk_date_is_refused()
    {
        var (app, bpjs, draft) = await Prepare();
        await using var _ = app;
        draft.ValidUntil = draft.Date!.Value.AddDays(-1);
        await AssertRefusedAndNothingSaved(app, bpjs, draft, "ValidUntil", "harus berakhir setelah tanggal SKK");
    }

    [Fact]
    public async Task The_same_month_and_program_twice_is_refused()
    {
        var (app, bpjs, draft) = await Prepare();
        await using var _ = app;
        draft.Lines.Add(new ArrearsLineInput { Period = draft.Lines[0].Period, Program = draft.Lines[0].Program, Iuran = "1.000", Denda = "0" });
        await AssertRefusedAndNothingSaved(app, bpjs, draft, "Lines", "hanya boleh muncul satu kali");
    }

    [Fact]
    public async Task A_line_outside_the_period_is_refused()
    {
        var (app, bpjs, draft) = await Prepare();
        await using var _ = app;
        draft.Lines[5].Period = draft.PeriodFrom!.Value.AddMonths(-1);
        await AssertRefusedAndNothingSaved(app, bpjs, draft, "Lines[5]", "di antara periode awal dan akhir");
    }

    [Fact]
    public async Task A_duplicate_skk_number_in_the_same_bpjs_office_is_refused_but_another_office_may_use_it()
    {
        var (app, bpjs, draft) = await Prepare();
        await using var _ = app;
        await app.Send(draft, bpjs);
        var second = Requests.Skk(await app.Send(Requests.Employer(), bpjs), draft.KejaksaanOfficeId, app.Today, draft.Number);
        await AssertRefusedAndNothingSaved(app, bpjs, second, "Number", "sudah dipakai");

        var kcp = await app.As("bpjs.kdg");
        var kcpDraft = Requests.Skk(await app.Send(Requests.Employer(), kcp), draft.KejaksaanOfficeId, app.Today, draft.Number);
        Assert.True(await app.Send(kcpDraft, kcp) > 0);
    }

    [Fact]
    public async Task An_unregistered_employer_can_only_be_handed_over_as_pwbd()
    {
        var (app, bpjs, _) = await Prepare();
        await using var __ = app;
        var unregistered = Requests.Employer();
        unregistered.Npp = null;
        var employerId = await app.Send(unregistered, bpjs);
        var draft = Requests.Skk(employerId, await app.OfficeId("KEJARI-HST"), app.Today);
        await AssertRefusedAndNothingSaved(app, bpjs, draft, "CaseType", "belum memiliki NPP");
        draft.CaseType = CaseType.Pwbd;
        Assert.True(await app.Send(draft, bpjs) > 0);
    }

    [Fact]
    public async Task An_skk_cannot_be_addressed_to_a_bpjs_office()
    {
        var (app, bpjs, draft) = await Prepare();
        await using var _ = app;
        draft.KejaksaanOfficeId = await app.OfficeId("BPJS-BJM");
        await AssertRefusedAndNothingSaved(app, bpjs, draft, "KejaksaanOfficeId", "Kejaksaan tujuan harus");
    }

    [Fact]
    public async Task A_bpjs_office_cannot_draft_for_another_office_employer()
    {
        var (app, _, _) = await Prepare();
        await using var __ = app;
        var bjm = await app.As("bpjs.bjm");
        var employerId = await app.Send(Requests.Employer(), bjm);
        var plk = await app.As("bpjs.plk");
        var draft = Requests.Skk(employerId, await app.OfficeId("KEJARI-PLK"), app.Today);
        await AssertRefusedAndNothingSaved(app, plk, draft, "EmployerId", "tidak ditemukan");
    }

    [Theory]
    [InlineData("jpn.hst1")]
    [InlineData("kasidatun.hst")]
    [InlineData("admin")]
    public async Task Only_bpjs_drafts_an_skk(string userName)
    {
        var (app, _, draft) = await Prepare();
        await using var _ = app;
        await Assert.ThrowsAsync<NotAllowedException>(async () => await app.Send(draft, await app.As(userName)));
    }

    [Fact]
    public async Task Editing_a_handed_over_skk_is_refused()
    {
        var (app, bpjs, _) = await Prepare();
        await using var _ = app;
        var skkId = await app.HandedOverSkk("KEJARI-HST");
        var detail = await app.Send(new GetSkkDetail(skkId), bpjs);
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => app.Send(EditSkk.From(detail.Skk), bpjs));
        Assert.Contains("tidak dapat diubah", refused.Message);
    }

    [Fact]
    public async Task Text_with_markup_is_stored_as_typed()
    {
        var (app, bpjs, draft) = await Prepare();
        await using var _ = app;
        draft.Notes = "<script>alert('x')</script> & \"kutip\"";
        var id = await app.Send(draft, bpjs);
        Assert.Equal(draft.Notes, (await app.Send(new GetSkkDetail(id), bpjs)).Skk.Notes);
    }
}
