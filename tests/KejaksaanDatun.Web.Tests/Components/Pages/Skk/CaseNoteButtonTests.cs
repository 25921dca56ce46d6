using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Web.Components.Pages.Skk;
using Mediator;
using MudBlazor;

namespace KejaksaanDatun.Web.Tests.Components.Pages.Skk;

public sealed class CaseNoteButtonTests() : PageTestContext(Roles.Jpn, Institution.Kejaksaan)
{
    private (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<CaseNoteButton> Button) RenderButton(Action onChanged) =>
        (Render<MudDialogProvider>(), Render<CaseNoteButton>(p => p.Add(b => b.SkkId, 42).Add(b => b.Changed, onChanged)));

    [Fact]
    public void A_note_is_sent_for_the_case_and_the_page_refreshed()
    {
        Sender.On<AddCaseNote>(_ => Unit.Value);
        var changed = 0;
        var (dialogs, button) = RenderButton(() => changed++);

        button.Find("[data-testid=add-note]").Click();
        dialogs.WaitForElement(".note-text textarea").Input("Direktur minta jadwal ulang.");
        dialogs.Find("#command-form").Submit();

        var sent = dialogs.WaitFor(() => Assert.Single(Sender.SentOf<AddCaseNote>()));
        Assert.Equal((42, "Direktur minta jadwal ulang."), (sent.SkkId, sent.Text));
        button.WaitForAssertion(() => Assert.Equal(1, changed));
    }

    [Fact]
    public void An_empty_note_is_not_sent_and_a_refusal_is_shown()
    {
        Sender.On<AddCaseNote>(_ => throw new NotAllowedException("Hanya JPN dalam tim yang ditunjuk untuk perkara ini."));
        var changed = 0;
        var (dialogs, button) = RenderButton(() => changed++);

        button.Find("[data-testid=add-note]").Click();
        dialogs.WaitForElement("#command-form").Submit();
        dialogs.WaitForAssertion(() => Assert.Contains("Catatan wajib diisi.", dialogs.Markup));
        Assert.Empty(Sender.SentOf<AddCaseNote>());

        dialogs.Find(".note-text textarea").Input("Catatan.");
        dialogs.Find("#command-form").Submit();
        dialogs.WaitForAssertion(() => Assert.Contains("Hanya JPN dalam tim yang ditunjuk untuk perkara ini.", Snackbars));
        Assert.Equal(0, changed);
    }
}
