using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Features.Offices;
using KejaksaanDatun.Core.Features.Targets;
using KejaksaanDatun.Web.Components.Pages.Targets;
using Mediator;
using MudBlazor;

namespace KejaksaanDatun.Web.Tests.Components.Pages.Targets;

public sealed class OfficeTargetAdminTests() : PageTestContext(Roles.Admin, Institution.Kejaksaan)
{
    private static readonly int ThisYear = new OfficeClock(TimeProvider.System).Today(OfficeTimeZone.WIB).Year;

    private static OfficeOption Office(int id, string name, OfficeKind kind, string path) =>
        new(id, "K" + id, name, kind, null, path, OfficeTimeZone.WITA, "", "");

    private static readonly OfficeTargetRow KalselTarget =
        new(5, 3, "KEJATI-KALSEL", "Kejaksaan Tinggi Kalimantan Selatan", OfficeKind.Kejati, ThisYear, 100_000_000_000, 20, Version: 7);

    private static readonly TargetRealisationRow[] Rows =
    [
        new(Office(1, "Kejaksaan Agung Republik Indonesia", OfficeKind.KejaksaanAgung, "/1/"), null, new TargetProgress(null, null, 9_000_000_000, 31)),
        new(Office(3, "Kejaksaan Tinggi Kalimantan Selatan", OfficeKind.Kejati, "/1/3/"), KalselTarget,
            new TargetProgress(100_000_000_000, 20, 5_000_000_000, 9)),
        new(Office(6, "Kejaksaan Negeri Hulu Sungai Tengah", OfficeKind.Kejari, "/1/3/6/"), null, new TargetProgress(null, null, 2_500_000_000, 4)),
    ];

    private (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<OfficeTargetAdmin> Page) RenderPage()
    {
        Sender.On<ListTargetRealisation>(_ => Rows);
        var dialogs = Render<MudDialogProvider>();
        var page = Render<OfficeTargetAdmin>();
        page.WaitForElement("[data-testid=target-row]");
        return (dialogs, page);
    }

    [Fact]
    public void The_offices_are_listed_in_tree_order_with_their_target_and_realisation_of_this_year()
    {
        var (_, page) = RenderPage();

        Assert.Equal(ThisYear, Assert.Single(Sender.SentOf<ListTargetRealisation>()).Year);
        var rows = page.FindAll("[data-testid=target-row]");
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Kejaksaan Agung Republik Indonesia", "Rp90.000.000", "–", "31"],
            new[] { 0, 2, 3, 5 }.Select(i => rows[0].Children[i].TextContent));
        Assert.Equal(["Kejaksaan Tinggi Kalimantan Selatan", "Rp1.000.000.000", "Rp50.000.000", "5,0 %", "20", "9", "45,0 %"],
            rows[1].Children.Take(7).Select(c => c.TextContent));
        Assert.Contains("padding-left:4rem", rows[2].Children[0].GetAttribute("style"));
        Assert.Single(page.FindAll("[data-testid=edit-target]"));
        Assert.Equal(2, page.FindAll("[data-testid=set-target]").Count);
    }

    [Fact]
    public void Editing_a_target_sends_the_change_with_the_loaded_version_and_reloads()
    {
        Sender.On<EditOfficeTarget>(_ => Unit.Value);
        var (dialogs, page) = RenderPage();

        page.Find("[data-testid=edit-target]").Click();
        var amount = dialogs.WaitForElement(".target-recovered input");
        Assert.Equal("1.000.000.000", amount.GetAttribute("value"));
        amount.Change("1.250.000.000");
        dialogs.Find(".target-finished input").Change("24");
        dialogs.Find("#command-form").Submit();

        var sent = dialogs.WaitFor(() => Assert.Single(Sender.SentOf<EditOfficeTarget>()));
        Assert.Equal((5, 7L, "1.250.000.000", (int?)24), (sent.TargetId, sent.Version, sent.TargetRecovered, sent.TargetFinishedCases));
        page.WaitForAssertion(() => Assert.Equal(2, Sender.SentOf<ListTargetRealisation>().Count()));
        page.WaitForAssertion(() => Assert.Contains("Target disimpan.", Snackbars));
    }

    [Fact]
    public void A_target_for_an_office_without_one_is_refused_in_the_form_until_the_amount_is_rupiah()
    {
        Sender.On<SetOfficeTarget>(_ => 11);
        var (dialogs, page) = RenderPage();

        page.FindAll("[data-testid=set-target]")[1].Click();
        dialogs.WaitForElement(".target-recovered input").Change("dua miliar");
        dialogs.Find("#command-form").Submit();

        dialogs.WaitForAssertion(() => Assert.Contains("Target pemulihan harus berupa angka rupiah, misalnya 1.250.000 atau 1250000,50.", dialogs.Markup));
        Assert.Empty(Sender.SentOf<SetOfficeTarget>());

        dialogs.Find(".target-recovered input").Change("2.000.000.000");
        dialogs.Find("#command-form").Submit();

        var sent = dialogs.WaitFor(() => Assert.Single(Sender.SentOf<SetOfficeTarget>()));
        Assert.Equal((6, ThisYear, "2.000.000.000", (int?)null), (sent.OfficeId, sent.Year, sent.TargetRecovered, sent.TargetFinishedCases));
        page.WaitForAssertion(() => Assert.Contains("Target ditetapkan.", Snackbars));
    }

    [Fact]
    public void A_conflicting_edit_is_explained_and_the_dialog_stays_open()
    {
        Sender.On<EditOfficeTarget>(_ => throw new ConcurrencyConflictException());
        var (dialogs, page) = RenderPage();

        page.Find("[data-testid=edit-target]").Click();
        dialogs.WaitForElement(".target-recovered input").Change("1.100.000.000");
        dialogs.Find("#command-form").Submit();

        page.WaitForAssertion(() => Assert.Contains(new ConcurrencyConflictException().Message, Snackbars));
        Assert.NotEmpty(dialogs.FindAll("#command-form"));
        Assert.Single(Sender.SentOf<ListTargetRealisation>());
    }
}
