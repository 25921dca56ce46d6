using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Features.Offices;
using KejaksaanDatun.Web.Components.Pages.Dashboard;
using KejaksaanDatun.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Extensions;
using static KejaksaanDatun.Web.Tests.Components.Pages.Dashboard.DashboardFakes;

namespace KejaksaanDatun.Web.Tests.Components.Pages.Dashboard;

/// <summary>
/// The dashboard's filters as a leader of the Kejati uses them: each choice puts the view in the address, and the
/// page reads it from there and sends every dashboard query with the same filter.
/// </summary>
public sealed class DashboardPageTests : PageTestContext
{
    private static readonly int ThisYear = new OfficeClock(TimeProvider.System).Today(OfficeTimeZone.WITA).Year;

    public DashboardPageTests() : base(Roles.PimpinanKejaksaan, Institution.Kejaksaan) => Sender.AnswerDashboard();

    private string Uri => Services.GetRequiredService<NavigationManager>().Uri;

    private string AbsoluteUri(string href) => Services.GetRequiredService<NavigationManager>().ToAbsoluteUri(href).ToString();

    private IRenderedComponent<DashboardPage> Open(string address)
    {
        GoTo(address);
        var page = Render<DashboardPage>();
        page.WaitForElement("[data-testid=kpi-received]");
        return page;
    }

    /// <summary>Waits for the view of <paramref name="expected"/>: in the address, and sent with every dashboard query since.</summary>
    private void WaitForView(IRenderedComponent<DashboardPage> page, DashboardQuery expected, int filtersBefore)
    {
        page.WaitForAssertion(() => Assert.Equal(AbsoluteUri(expected.Href), Uri));
        page.WaitForAssertion(() => Assert.Equal(Enumerable.Repeat(expected.Filter, 7), FiltersSent(Sender).Skip(filtersBefore)));
        page.WaitForAssertion(() => Assert.Equal(ReceivedOf(expected.OfficeId is { } id ? OfficeOf(id) : Kejati).ToString(),
            page.Find("[data-testid=kpi-received] .kpi-card-value").TextContent.Trim()));
    }

    private static OfficeOption OfficeOf(int id) => new[] { Kejati, Hst, Banjarmasin }.Single(o => o.Id == id);

    private static MudSelect<T> Select<T>(IRenderedComponent<DashboardPage> page, string label) =>
        page.FindComponents<MudSelect<T>>().Single(s => s.Instance.Label == label).Instance;

    /// <summary>What choosing a day in the calendar does: the picker reports the date it was given.</summary>
    private static Task PickDate(IRenderedComponent<DashboardPage> page, string label, DateOnly date)
    {
        var picker = page.FindComponents<DateOnlyPicker>().Single(p => p.Instance.Label == label).FindComponent<MudDatePicker>();
        return page.InvokeAsync(() => picker.Instance.DateChanged.InvokeAsync(date.ToDateTime(TimeOnly.MinValue)));
    }

    [Fact]
    public void Without_filters_every_figure_is_of_this_year_for_the_users_own_office()
    {
        var page = Open("/dasbor");

        Assert.Equal(Enumerable.Repeat(DashboardQuery.Year(ThisYear).Filter, 7), FiltersSent(Sender));
        Assert.Equal($"Kejaksaan Tinggi Kalimantan Selatan · Tahun {ThisYear}", page.Find(".page-header-title .mud-text-secondary").TextContent);
        Assert.Equal(ThisYear, Select<int?>(page, "Tahun").GetState(x => x.Value));
        Assert.Empty(page.FindAll("[data-testid=filter-problems]"));
        Assert.Empty(page.FindAll("[data-testid=dashboard-breadcrumbs]"));
    }

    [Fact]
    public async Task Choosing_a_year_shows_that_year_and_keeps_the_office_type_and_jpn()
    {
        var page = Open($"/dasbor?dari={ThisYear}-01-01&sampai={ThisYear}-12-31&kantor=6&jenis=Pwbd&jpn=jpn-rina");
        var before = FiltersSent(Sender).Count();

        await page.InvokeAsync(() => Select<int?>(page, "Tahun").ValueChanged.InvokeAsync(ThisYear - 1));

        WaitForView(page, DashboardQuery.Year(ThisYear - 1) with { OfficeId = 6, CaseType = CaseType.Pwbd, JpnUserId = "jpn-rina" }, before);
        Assert.Equal(ThisYear - 1, Select<int?>(page, "Tahun").GetState(x => x.Value));
    }

    [Fact]
    public async Task Choosing_dates_makes_a_period_of_its_own_and_a_start_after_the_end_moves_the_end_along()
    {
        var page = Open($"/dasbor?dari={ThisYear - 1}-01-01&sampai={ThisYear - 1}-12-31&jenis=PdsUpah");
        var march = new DateOnly(ThisYear - 1, 3, 1);

        var before = FiltersSent(Sender).Count();
        await PickDate(page, "Sampai tanggal", new DateOnly(ThisYear - 1, 6, 30));
        WaitForView(page, new DashboardQuery(new DateOnly(ThisYear - 1, 1, 1), new DateOnly(ThisYear - 1, 6, 30), CaseType: CaseType.PdsUpah), before);
        // A period that is not a calendar year is no year of the year picker.
        page.WaitForAssertion(() => Assert.Null(Select<int?>(page, "Tahun").GetState(x => x.Value)));

        before = FiltersSent(Sender).Count();
        await PickDate(page, "Dari tanggal", new DateOnly(ThisYear - 1, 8, 17));
        WaitForView(page, new DashboardQuery(new DateOnly(ThisYear - 1, 8, 17), new DateOnly(ThisYear - 1, 8, 17), CaseType: CaseType.PdsUpah), before);

        before = FiltersSent(Sender).Count();
        await PickDate(page, "Sampai tanggal", march);
        WaitForView(page, new DashboardQuery(march, march, CaseType: CaseType.PdsUpah), before);
    }

    [Fact]
    public async Task Choosing_a_case_type_narrows_the_figures_and_clearing_it_shows_every_type_again()
    {
        var page = Open("/dasbor?dari=2025-01-01&sampai=2025-12-31&kantor=6");

        var before = FiltersSent(Sender).Count();
        await page.InvokeAsync(() => Select<CaseType?>(page, "Jenis perkara").ValueChanged.InvokeAsync(CaseType.PdsProgram));
        WaitForView(page, DashboardQuery.Year(2025) with { OfficeId = 6, CaseType = CaseType.PdsProgram }, before);
        page.WaitForAssertion(() => Assert.EndsWith(" · PDS program", page.Find(".page-header-title .mud-text-secondary").TextContent));

        before = FiltersSent(Sender).Count();
        await page.InvokeAsync(() => Select<CaseType?>(page, "Jenis perkara").ValueChanged.InvokeAsync(null));
        WaitForView(page, DashboardQuery.Year(2025) with { OfficeId = 6 }, before);
    }

    [Fact]
    public async Task A_leader_picks_one_of_the_offices_jpn_and_the_figures_are_of_the_cases_that_jpn_leads()
    {
        var page = Open("/dasbor?dari=2025-01-01&sampai=2025-12-31&jenis=Pwbd");
        Assert.Equal(Kejati.Id, Assert.Single(Sender.SentOf<ListJpn>()).OfficeId);
        Assert.Null(Select<string>(page, "JPN").GetState(x => x.Value));
        Assert.Empty(page.FindAll("[data-testid=own-cases-only]"));

        var before = FiltersSent(Sender).Count();
        await page.InvokeAsync(() => Select<string>(page, "JPN").ValueChanged.InvokeAsync(Budi.UserId));
        WaitForView(page, DashboardQuery.Year(2025) with { CaseType = CaseType.Pwbd, JpnUserId = Budi.UserId }, before);
        Assert.Equal(Budi.UserId, Select<string>(page, "JPN").GetState(x => x.Value));

        before = FiltersSent(Sender).Count();
        await page.InvokeAsync(() => Select<string>(page, "JPN").ValueChanged.InvokeAsync(null));
        WaitForView(page, DashboardQuery.Year(2025) with { CaseType = CaseType.Pwbd }, before);
    }

    [Fact]
    public async Task Choosing_an_office_below_shows_its_figures_and_leaves_the_jpn_of_the_office_above()
    {
        var page = Open("/dasbor?dari=2025-01-01&sampai=2025-12-31&jenis=Pwbd&jpn=jpn-rina");

        var before = FiltersSent(Sender).Count();
        await page.InvokeAsync(() => Select<int?>(page, "Kantor").ValueChanged.InvokeAsync(Banjarmasin.Id));

        WaitForView(page, DashboardQuery.Year(2025) with { OfficeId = Banjarmasin.Id, CaseType = CaseType.Pwbd }, before);
        page.WaitForAssertion(() => Assert.Equal(Banjarmasin.Id, Sender.SentOf<ListJpn>().Last().OfficeId));
    }

    [Fact]
    public void The_offices_below_link_to_their_own_view_of_the_same_period_and_type()
    {
        var page = Open("/dasbor?dari=2025-03-01&sampai=2025-06-30&jenis=Pwbd&jpn=jpn-rina");

        var drills = page.FindAll("[data-testid=drill-office]");
        Assert.Equal([Hst.Name, Banjarmasin.Name], drills.Select(a => a.TextContent));
        Assert.Equal(["/dasbor?dari=2025-03-01&sampai=2025-06-30&kantor=6&jenis=Pwbd", "/dasbor?dari=2025-03-01&sampai=2025-06-30&kantor=7&jenis=Pwbd"],
            drills.Select(a => a.GetAttribute("href")));
        // A JPN's row leads to their cases in the case list, in the office shown.
        Assert.Equal("/perkara?kantor=3&jpn=jpn-rina", page.Find("[data-testid=jpn-cases]").GetAttribute("href"));
    }

    [Fact]
    public void After_a_drill_down_the_breadcrumbs_lead_back_up_with_the_same_period_and_type()
    {
        var page = Open("/dasbor?dari=2025-03-01&sampai=2025-06-30&kantor=6&jenis=Pwbd&jpn=jpn-rina");

        page.WaitForElement("[data-testid=dashboard-breadcrumbs]");
        var items = page.FindComponent<MudBreadcrumbs>().Instance.Items;
        Assert.NotNull(items);
        var trail = items.Select(i => (i.Text, i.Href, i.Disabled));
        Assert.Equal(
        [
            (Kejati.Name, "/dasbor?dari=2025-03-01&sampai=2025-06-30&kantor=3&jenis=Pwbd", false),
            (Hst.Name, "/dasbor?dari=2025-03-01&sampai=2025-06-30&kantor=6&jenis=Pwbd", true),
        ], trail);
        Assert.Equal($"{Hst.Name} · 1 Maret 2025 – 30 Juni 2025 · PWBD (wajib belum daftar)", page.Find(".page-header-title .mud-text-secondary").TextContent);
        Assert.Empty(page.FindAll("[data-testid=drill-office]"));
    }

    [Fact]
    public void An_office_outside_the_users_subtree_is_refused_on_the_page_in_place_of_the_figures()
    {
        GoTo($"/dasbor?kantor={OutsideOfficeId}");
        var page = Render<DashboardPage>();

        var refusal = page.WaitForElement("[data-testid=dashboard-refusal]");
        Assert.Contains("di luar wilayah Anda", refusal.TextContent);
        Assert.Contains(OutsideMessage, refusal.TextContent);
        Assert.Equal("/dasbor", page.Find("[data-testid=dashboard-refusal] a").GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=kpi-received]"));
        Assert.Empty(page.FindAll("[data-testid=by-office]"));
        Assert.Single(Sender.SentOf<GetDashboardSummary>());
        page.WaitForAssertion(() => Assert.Contains(OutsideMessage, Snackbars));
    }

    [Fact]
    public void Following_a_link_to_a_refused_office_does_not_leave_the_figures_of_the_view_before()
    {
        var page = Open("/dasbor?dari=2025-01-01&sampai=2025-12-31");
        Assert.Equal(ReceivedOf(Kejati).ToString(), page.Find("[data-testid=kpi-received] .kpi-card-value").TextContent.Trim());

        GoTo($"/dasbor?dari=2025-01-01&sampai=2025-12-31&kantor={OutsideOfficeId}");

        page.WaitForAssertion(() => Assert.Contains(OutsideMessage, page.Find("[data-testid=dashboard-refusal]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=kpi-received]"));
        Assert.Empty(page.FindAll("[data-testid=dashboard-breadcrumbs]"));
        Assert.Equal("Tahun 2025", page.Find(".page-header-title .mud-text-secondary").TextContent);

        // Back in scope, the refusal gives way to the figures again.
        GoTo("/dasbor?dari=2025-01-01&sampai=2025-12-31&kantor=6");
        page.WaitForAssertion(() => Assert.Equal(ReceivedOf(Hst).ToString(),
            page.Find("[data-testid=kpi-received] .kpi-card-value").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=dashboard-refusal]"));
    }

    [Fact]
    public async Task A_mistyped_address_shows_the_default_view_says_what_was_ignored_and_the_next_choice_clears_it()
    {
        var page = Open("/dasbor?dari=31-12-2025&sampai=2025-12-31&kantor=HST&jenis=Perdata&jpn=jpn-rina");

        Assert.Equal(Enumerable.Repeat(DashboardQuery.Year(ThisYear).Filter with { JpnUserId = "jpn-rina" }, 7), FiltersSent(Sender));
        var problems = page.Find("[data-testid=filter-problems]").TextContent;
        Assert.Contains($"Periode pada alamat tidak dapat dibaca: tanggal awal (dari) dan tanggal akhir (sampai) ditulis TTTT-BB-HH, " +
            $"misalnya 2025-01-31; ditampilkan angka tahun {ThisYear}.", problems);
        Assert.Contains("Kantor \"HST\" tidak dikenal; ditampilkan angka kantor Anda sendiri.", problems);
        Assert.Contains("Jenis perkara \"Perdata\" tidak dikenal; ditampilkan semua jenis perkara.", problems);

        var before = FiltersSent(Sender).Count();
        await page.InvokeAsync(() => Select<CaseType?>(page, "Jenis perkara").ValueChanged.InvokeAsync(CaseType.Pwbd));

        WaitForView(page, DashboardQuery.Year(ThisYear) with { CaseType = CaseType.Pwbd, JpnUserId = "jpn-rina" }, before);
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=filter-problems]")));
    }
}

/// <summary>A JPN without a leadership role reads the figures of the cases they lead, and is offered no colleague to pick.</summary>
public sealed class DashboardPageAsJpnTests : PageTestContext
{
    public DashboardPageAsJpnTests() : base(Roles.Jpn, Institution.Kejaksaan) => Sender.AnswerDashboard();

    [Fact]
    public void A_jpn_gets_no_picker_of_colleagues_and_is_told_the_figures_are_of_their_own_cases()
    {
        GoTo("/dasbor");
        var page = Render<DashboardPage>();
        page.WaitForElement("[data-testid=kpi-received]");

        Assert.DoesNotContain(page.FindComponents<MudSelect<string>>(), s => s.Instance.Label == "JPN");
        Assert.Empty(Sender.SentOf<ListJpn>());
        Assert.Contains("perkara yang Anda pimpin sebagai ketua tim", page.Find("[data-testid=own-cases-only]").TextContent);
    }
}
