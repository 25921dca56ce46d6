using AngleSharp.Dom;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Registration;
using KejaksaanDatun.Web.Components.Pages.CaseWork;
using MudBlazor;

namespace KejaksaanDatun.Web.Tests.Components.Pages.CaseWork;

public abstract class RegistrationSectionTests(string role, Institution institution) : PageTestContext(role, institution)
{
    protected static readonly DateOnly Today = new(2026, 11, 20);

    protected static RegistrationOutcomeView Outcome(int id, string description, PaymentState state, RegistrationOutcomeKind kind) =>
        new(id, kind, Today, description, "Sertifikat kepesertaan", PaymentSource.Kejaksaan, state, "Rina Marlina, S.H.",
            new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc), null, null, null, Version: 3);

    /// <summary>A PWBD case: the NPP confirmed, 25 workers reported and waiting for BPJS.</summary>
    protected static readonly CaseRegistration Pwbd = new(CaseType.Pwbd,
        [RegistrationOutcomeKind.NppDiterbitkan, RegistrationOutcomeKind.TenagaKerjaDitambahkan],
        new RegistrationTotals("12345678", 0, Money.Zero, []), AwaitingConfirmation: 1,
        [
            Outcome(1, "NPP 12345678 diterbitkan", PaymentState.Confirmed, RegistrationOutcomeKind.NppDiterbitkan),
            Outcome(2, "25 tenaga kerja ditambahkan", PaymentState.Reported, RegistrationOutcomeKind.TenagaKerjaDitambahkan),
        ]);

    protected (IRenderedComponent<RegistrationSection> Section, IRenderedComponent<MudDialogProvider> Dialogs) RenderSection(bool canWork, bool canConfirm)
    {
        Sender.On<GetRegistrationOutcomes>(_ => Pwbd);
        var dialogs = Render<MudDialogProvider>();
        var section = Render<RegistrationSection>(p => p
            .Add(s => s.SkkId, 5).Add(s => s.CanWork, canWork).Add(s => s.CanConfirm, canConfirm).Add(s => s.Today, Today));
        section.WaitForAssertion(() => Assert.Equal(2, section.FindAll("[data-testid=registration-row]").Count));
        return (section, dialogs);
    }
}

public sealed class RegistrationSectionForJpnTests() : RegistrationSectionTests(Roles.Jpn, Institution.Kejaksaan)
{
    [Fact]
    public void Only_confirmed_results_are_counted_and_each_row_shows_its_state()
    {
        var (section, _) = RenderSection(canWork: true, canConfirm: false);

        Assert.Equal("12345678", section.Find("[data-testid=npp-issued]").TextContent);
        Assert.Equal("0 orang", section.Find("[data-testid=workers-added]").TextContent);
        Assert.Equal("1", section.Find("[data-testid=registration-awaiting]").TextContent);
        Assert.Equal(["Dikonfirmasi BPJS", "Dilaporkan"], section.FindAll("[data-testid=registration-state]").Select(c => c.TextContent.Trim()));
        Assert.Empty(section.FindAll("[data-testid=confirm-registration]"));
        // The JPN may withdraw what is only reported; a confirmed result is corrected by BPJS.
        Assert.Single(section.FindAll("[data-testid=reverse-registration]"));
        Assert.Empty(section.FindAll("[data-testid^=record-registration]"));
    }

    [Fact]
    public void Reporting_an_npp_of_the_wrong_shape_sends_nothing_and_a_valid_one_is_reported()
    {
        Sender.On<ReportRegistrationOutcome>(_ => 9);
        var (section, dialogs) = RenderSection(canWork: true, canConfirm: false);

        section.Find("[data-testid=report-registration-NppDiterbitkan]").Click();
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("form#command-form")));
        NppInput(dialogs).Change("1234-567");
        dialogs.Find("form#command-form").Submit();
        dialogs.WaitForAssertion(() => Assert.Contains(Npp.ShapeMessage, dialogs.Markup));
        Assert.Empty(Sender.SentOf<ReportRegistrationOutcome>());

        NppInput(dialogs).Change("87654321");
        dialogs.FindAll("textarea").Last().Change("Sertifikat kepesertaan no. 0099");
        dialogs.Find("form#command-form").Submit();

        var sent = dialogs.WaitFor(() => Assert.Single(Sender.SentOf<ReportRegistrationOutcome>()));
        Assert.Equal((5, RegistrationOutcomeKind.NppDiterbitkan, "87654321", Today), (sent.SkkId, sent.Kind, sent.Npp, sent.EffectiveOn!.Value));
        dialogs.WaitForAssertion(() => Assert.Contains("Hasil kepesertaan dilaporkan; menunggu konfirmasi BPJS.", Snackbars));
    }

    private static IElement NppInput(IRenderedComponent<MudDialogProvider> dialogs) =>
        dialogs.Find("input[data-testid=registration-npp], [data-testid=registration-npp] input");
}

public sealed class RegistrationSectionForBpjsTests() : RegistrationSectionTests(Roles.StafBpjs, Institution.Bpjs)
{
    [Fact]
    public void Bpjs_confirms_a_reported_result_with_the_version_it_saw()
    {
        Sender.On<ConfirmRegistrationOutcome>(_ => Mediator.Unit.Value);
        var (section, dialogs) = RenderSection(canWork: false, canConfirm: true);

        Assert.Equal(2, section.FindAll("[data-testid=reverse-registration]").Count);
        Assert.Empty(section.FindAll("[data-testid^=report-registration]"));
        section.Find("[data-testid=confirm-registration]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("25 tenaga kerja ditambahkan", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Konfirmasi").Click();

        section.WaitForAssertion(() => Assert.Equal(new ConfirmRegistrationOutcome(5, 2, 3), Sender.SentOf<ConfirmRegistrationOutcome>().Single()));
        section.WaitForAssertion(() => Assert.Contains("Hasil kepesertaan dikonfirmasi.", Snackbars));
    }
}
