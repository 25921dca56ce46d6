using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Letters;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Letters;
using KejaksaanDatun.Web.Components.Pages.Skk;
using Mediator;
using MudBlazor;

namespace KejaksaanDatun.Web.Tests.Components.Pages.Skk;

public abstract class SkkLifecycleTests(string role, Institution institution) : PageTestContext(role, institution)
{
    protected static readonly DateOnly Today = new(2026, 11, 20);

    protected static SkkDetail Detail(SkkStatus status, bool canExtend = false, bool canMarkReported = false, bool canAddNote = false,
        params SkkExtension[] extensions)
    {
        var bpjs = new Office { Id = 3, Name = "BPJS Ketenagakerjaan Cabang Banjarmasin", TimeZone = OfficeTimeZone.WITA };
        var kejari = new Office { Id = 7, Name = "Kejaksaan Negeri Hulu Sungai Tengah", TimeZone = OfficeTimeZone.WITA };
        var skk = new Core.Domain.Skk
        {
            Id = 42, Number = "SKK.17/KC-BJM/112025", Date = new(2025, 11, 3), ValidUntil = new(2026, 11, 2), Status = status, Version = 6,
            GrantorName = "Ahmad Fauzan Noor", GrantorTitle = "Kepala Kantor Cabang Banjarmasin", BpjsOfficeId = 3, KejaksaanOfficeId = 7,
        };
        var actions = new SkkActions(CanEdit: false, CanHandOver: false, CanAccept: false, CanReturn: false, CanAppointTeam: false,
            CanWithdraw: false, CanGenerateLetters: false, CanConfirmPayments: false, canExtend, canMarkReported, canAddNote);
        return new SkkDetail(skk, new Employer { Name = "PT Murakata Sawit Lestari" }, bpjs, kejari, null, [], [], actions,
            IsExpired: true, DaysOpen: 120, extensions);
    }

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    protected IRenderedComponent<SkkLifecycleActions> RenderActions(SkkDetail detail, Action onChanged)
    {
        Dialogs = Render<MudDialogProvider>();
        return Render<SkkLifecycleActions>(p => p.Add(a => a.Detail, detail).Add(a => a.Today, Today).Add(a => a.Changed, onChanged));
    }
}

public sealed class SkkLifecycleActionsForBpjsTests() : SkkLifecycleTests(Roles.StafBpjs, Institution.Bpjs)
{
    [Fact]
    public void Extending_sends_the_new_skk_with_the_version_seen_and_the_grantor_prefilled()
    {
        Sender.On<ExtendSkk>(_ => Unit.Value);
        var changed = 0;
        var cut = RenderActions(Detail(SkkStatus.Ditangani, canExtend: true), () => changed++);
        Assert.Empty(cut.FindAll("[data-testid=mark-reported]"));

        cut.Find("[data-testid=extend-skk]").Click();
        Dialogs.WaitForElement(".extension-number input").Change("SKK.88/KC-BJM/112026");
        Dialogs.Find("#command-form").Submit();

        var sent = Dialogs.WaitFor(() => Assert.Single(Sender.SentOf<ExtendSkk>()));
        Assert.Equal((42, 6L, "SKK.88/KC-BJM/112026", Today, Today.AddYears(1).AddDays(-1), "Ahmad Fauzan Noor"),
            (sent.SkkId, sent.Version, sent.Number, sent.Date, sent.ValidUntil, sent.GrantorName));
        cut.WaitForAssertion(() => Assert.Equal(1, changed));
        Dialogs.WaitForAssertion(() => Assert.Contains("SKK diperpanjang.", Snackbars));
    }

    [Fact]
    public void An_extension_without_a_number_is_not_sent_and_a_refusal_keeps_the_dialog_open()
    {
        Sender.On<ExtendSkk>(_ => throw RequestValidationException.For(nameof(ExtendSkk.Number), "Nomor SKK SKK.1 sudah dipakai di kantor BPJS ini."));
        var changed = 0;
        var cut = RenderActions(Detail(SkkStatus.Ditangani, canExtend: true), () => changed++);

        cut.Find("[data-testid=extend-skk]").Click();
        Dialogs.WaitForElement("#command-form").Submit();
        Dialogs.WaitForAssertion(() => Assert.Contains("Nomor SKK baru wajib diisi.", Dialogs.Markup));
        Assert.Empty(Sender.SentOf<ExtendSkk>());

        Dialogs.Find(".extension-number input").Change("SKK.1");
        Dialogs.Find("#command-form").Submit();
        Dialogs.WaitForAssertion(() => Assert.Contains("sudah dipakai di kantor BPJS ini", Dialogs.Find(".extension-number").TextContent));
        Assert.Equal(0, changed);
    }

    [Fact]
    public void Without_the_actions_nothing_is_offered()
    {
        var cut = RenderActions(Detail(SkkStatus.Selesai), () => { });
        Assert.Empty(cut.FindAll("button"));
    }
}

public sealed class SkkLifecycleActionsForJpnTests() : SkkLifecycleTests(Roles.Jpn, Institution.Kejaksaan)
{
    [Fact]
    public void Reporting_offers_the_cases_report_letters_and_sends_the_one_picked()
    {
        Sender.On<ListLetters>(_ => new List<LetterRow>
        {
            new(11, LetterKind.LaporanPelaksanaanSkk, "B-90/O.3.14/Gp.2/11/2026", Today, "a.docx", 1, true, "Rina", DateTime.UtcNow, true, "Salah", 0),
            new(12, LetterKind.LaporanPelaksanaanSkk, "B-91/O.3.14/Gp.2/11/2026", Today, "b.docx", 1, true, "Rina", DateTime.UtcNow, false, null, 0),
            new(13, LetterKind.Somasi, "B-70/O.3.14/Gp.2/10/2026", Today, "c.docx", 1, true, "Rina", DateTime.UtcNow, false, null, 0),
        });
        Sender.On<MarkCaseReported>(_ => Unit.Value);
        var changed = 0;
        var cut = RenderActions(Detail(SkkStatus.Selesai, canMarkReported: true), () => changed++);
        Assert.Empty(cut.FindAll("[data-testid=extend-skk]"));

        cut.Find("[data-testid=mark-reported]").Click();
        Dialogs.WaitForElement("#command-form").Submit();

        var sent = Dialogs.WaitFor(() => Assert.Single(Sender.SentOf<MarkCaseReported>()));
        Assert.Equal((42, 6L, Today, 12L), (sent.SkkId, sent.Version, sent.SentOn, sent.LetterId));
        cut.WaitForAssertion(() => Assert.Equal(1, changed));
    }
}
