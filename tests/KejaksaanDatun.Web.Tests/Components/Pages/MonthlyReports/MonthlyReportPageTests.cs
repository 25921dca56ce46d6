using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Letters;
using KejaksaanDatun.Core.Features.MonthlyReports;
using KejaksaanDatun.Core.Features.Offices;
using KejaksaanDatun.Web.Components.Pages.MonthlyReports;
using Mediator;
using MudBlazor;

namespace KejaksaanDatun.Web.Tests.Components.Pages.MonthlyReports;

public sealed class MonthlyReportPageTests : PageTestContext
{
    private const int Kejati = 3;
    private const int Hst = 6;

    private static readonly DateOnly Today = new OfficeClock(TimeProvider.System).Today(OfficeTimeZone.WITA);
    private static readonly DateOnly ThisMonth = new(Today.Year, Today.Month, 1);
    private static readonly DateOnly LastMonth = ThisMonth.AddMonths(-1);

    private static readonly List<OfficeOption> Offices =
    [
        new(Kejati, "KEJATI-KALSEL", "Kejaksaan Tinggi Kalimantan Selatan", OfficeKind.Kejati, 1, "/1/3/", OfficeTimeZone.WITA,
            "Rudi Prabowo Aji, S.H., M.H.", "Kepala Kejaksaan Tinggi Kalimantan Selatan"),
        new(Hst, "KEJARI-HST", "Kejaksaan Negeri Hulu Sungai Tengah", OfficeKind.Kejari, Kejati, "/1/3/6/", OfficeTimeZone.WITA,
            "Trimo, S.H., M.H.", "Kepala Kejaksaan Negeri Hulu Sungai Tengah"),
        // Not a Kejaksaan office: never offered.
        new(20, "BPJS-BJM", "BPJS Ketenagakerjaan Cabang Banjarmasin", OfficeKind.BpjsKancab, 2, "/2/20/", OfficeTimeZone.WITA, "", ""),
    ];

    private static MonthlyReportRow Report(long id, DateOnly month, int sequence, bool isVoid = false) =>
        new(id, month, $"B-{sequence}/O.3/Gp.2/{month.AddMonths(1):MM}/{month.AddMonths(1).Year}", month.AddMonths(1).AddDays(2),
            $"laporan-{id}.docx", "Rudi Prabowo Aji, S.H., M.H.", month.AddMonths(1).AddDays(2).ToDateTime(new TimeOnly(1, 30), DateTimeKind.Utc),
            isVoid, isVoid ? "Rincian per Kejari keliru." : null, isVoid ? DateTime.UtcNow : null, 0);

    /// <summary>What the Kejati issued: two months ago, once voided and issued again.</summary>
    private readonly List<MonthlyReportRow> _kejatiReports =
    [
        Report(12, LastMonth.AddMonths(-1), 2),
        Report(11, LastMonth.AddMonths(-1), 1, isVoid: true),
    ];

    public MonthlyReportPageTests() : base(Roles.PimpinanKejaksaan, Institution.Kejaksaan)
    {
        Sender.On<ListOffices>(_ => Offices);
        Sender.On<ListMonthlyReports>(q => q.OfficeId == Kejati ? _kejatiReports.ToList() : new List<MonthlyReportRow> { Report(31, new DateOnly(2025, 3, 1), 7) });
    }

    private (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<MonthlyReportPage> Page) RenderPage()
    {
        var dialogs = Render<MudDialogProvider>();
        var page = Render<MonthlyReportPage>();
        page.WaitForElement("[data-testid=report-row]");
        return (dialogs, page);
    }

    private static string Href(IRenderedComponent<MonthlyReportPage> page, string testId) => page.Find($"[data-testid={testId}]").GetAttribute("href")!;

    private static bool IssueDisabled(IRenderedComponent<MonthlyReportPage> page) => page.Find("[data-testid=issue-report]").HasAttribute("disabled");

    [Fact]
    public void The_page_opens_on_last_month_at_the_users_own_office_with_its_reports_newest_first()
    {
        var (_, page) = RenderPage();

        Assert.Equal(Kejati, Assert.Single(Sender.SentOf<ListMonthlyReports>()).OfficeId);
        Assert.Equal($"/unduh/laporan-bulanan?kantor={Kejati}&bulan={LastMonth:yyyy-MM}", Href(page, "preview-report"));
        var office = page.FindComponents<MudSelect<int>>().Single(s => s.Instance.Label == "Kantor").Instance;
        Assert.Equal(Kejati, office.Value);
        var rows = page.FindAll("[data-testid=report-row]");
        Assert.Equal(2, rows.Count);
        Assert.StartsWith($"B-2/O.3/Gp.2/{LastMonth:MM}/{LastMonth.Year}", rows[0].Children[0].TextContent.Trim());
        Assert.Contains("Batal", rows[1].Children[0].TextContent);
        Assert.Contains("Alasan: Rincian per Kejari keliru.", rows[1].TextContent);
        Assert.Equal(IndonesianFormat.Month(LastMonth.AddMonths(-1)), rows[0].Children[1].TextContent.Trim());
        Assert.Equal(["/unduh/surat/12", "/unduh/surat/11"], page.FindAll("[data-testid=download-report]").Select(a => a.GetAttribute("href")));
        Assert.Single(page.FindAll("[data-testid=void-report]"));
        Assert.False(IssueDisabled(page));
    }

    [Fact]
    public void The_address_chooses_the_office_and_month_and_a_month_in_force_is_not_offered_for_issuing_again()
    {
        GoTo($"/laporan-bulanan?bulan=2025-03&kantor={Hst}");

        var (_, page) = RenderPage();

        Assert.Equal(Hst, Assert.Single(Sender.SentOf<ListMonthlyReports>()).OfficeId);
        Assert.Equal($"/unduh/laporan-bulanan?kantor={Hst}&bulan=2025-03", Href(page, "preview-report"));
        Assert.True(IssueDisabled(page));
        Assert.Equal("Laporan Maret 2025 sudah diterbitkan dengan nomor B-7/O.3/Gp.2/04/2025. Batalkan laporan itu bila perlu diterbitkan ulang.",
            page.Find("[data-testid=issue-note]").TextContent.Trim());
    }

    [Fact]
    public void This_month_can_be_previewed_but_not_issued_before_it_ends()
    {
        GoTo($"/laporan-bulanan?bulan={ThisMonth:yyyy-MM}");

        var (_, page) = RenderPage();

        Assert.Equal($"/unduh/laporan-bulanan?kantor={Kejati}&bulan={ThisMonth:yyyy-MM}", Href(page, "preview-report"));
        Assert.True(IssueDisabled(page));
        Assert.Contains($"belum berakhir; laporannya dapat diterbitkan mulai {IndonesianFormat.Date(ThisMonth.AddMonths(1))}",
            page.Find("[data-testid=issue-note]").TextContent);
    }

    [Fact]
    public async Task Choosing_another_office_and_month_lists_that_offices_reports_and_keeps_the_choice_in_the_address()
    {
        var (_, page) = RenderPage();

        await page.InvokeAsync(() => page.FindComponents<MudSelect<int>>().Single(s => s.Instance.Label == "Kantor").Instance.ValueChanged.InvokeAsync(Hst));
        await page.InvokeAsync(() => page.FindComponent<MudSelect<DateOnly>>().Instance.ValueChanged.InvokeAsync(new DateOnly(2025, 3, 1)));

        page.WaitForAssertion(() => Assert.Equal([Kejati, Hst], Sender.SentOf<ListMonthlyReports>().Select(q => q.OfficeId)));
        page.WaitForAssertion(() => Assert.Equal($"/laporan-bulanan?kantor={Hst}&bulan=2025-03", CurrentPath));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=report-row]")));
        Assert.Equal($"/unduh/laporan-bulanan?kantor={Hst}&bulan=2025-03", Href(page, "preview-report"));
        Assert.True(IssueDisabled(page));
    }

    [Fact]
    public void Issuing_asks_first_then_shows_the_number_with_its_download_and_lists_the_new_report()
    {
        var issued = Report(13, LastMonth, 3);
        Sender.On<IssueMonthlyReport>(_ =>
        {
            _kejatiReports.Insert(0, issued);
            return new IssuedMonthlyReport(issued.Id, issued.Number, issued.Date, issued.FileName);
        });
        var (dialogs, page) = RenderPage();

        page.Find("[data-testid=issue-report]").Click();
        dialogs.WaitForElement(".mud-dialog");
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Batal").Click();
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
        Assert.Empty(Sender.SentOf<IssueMonthlyReport>());

        page.Find("[data-testid=issue-report]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains($"Laporan bulanan {IndonesianFormat.Month(LastMonth)} Kejaksaan Tinggi Kalimantan Selatan", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Terbitkan").Click();

        var sent = page.WaitFor(() => Assert.Single(Sender.SentOf<IssueMonthlyReport>()));
        Assert.Equal(new IssueMonthlyReport(Kejati, LastMonth.Year, LastMonth.Month), sent);
        page.WaitForAssertion(() => Assert.Equal(issued.Number, page.Find("[data-testid=issued-number]").TextContent));
        Assert.Equal("/unduh/surat/13", Href(page, "issued-download"));
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=report-row]").Count));
        Assert.True(IssueDisabled(page));
        Assert.Contains($"Laporan bulanan {IndonesianFormat.Month(LastMonth)} diterbitkan.", Snackbars);
    }

    [Fact]
    public void A_refusal_of_the_server_is_shown_and_nothing_is_announced_as_issued()
    {
        const string refusal = "Laporan bulanan sudah diterbitkan dengan nomor B-3/O.3/Gp.2/11/2026. Batalkan laporan itu terlebih dahulu.";
        Sender.On<IssueMonthlyReport>(_ => throw new BusinessRuleException(refusal));
        var (dialogs, page) = RenderPage();

        page.Find("[data-testid=issue-report]").Click();
        dialogs.WaitForElement(".mud-dialog");
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Terbitkan").Click();

        page.WaitForAssertion(() => Assert.Contains(refusal, Snackbars));
        Assert.Empty(page.FindAll("[data-testid=issued-report]"));
        page.WaitForAssertion(() => Assert.Equal(2, Sender.SentOf<ListMonthlyReports>().Count()));
    }

    [Fact]
    public void Voiding_a_report_asks_its_reason_sends_it_and_lists_the_report_as_void()
    {
        Sender.On<VoidLetter>(command =>
        {
            _kejatiReports[0] = _kejatiReports[0] with { IsVoid = true, VoidReason = command.Reason };
            return Unit.Value;
        });
        var (dialogs, page) = RenderPage();

        page.Find("[data-testid=void-report]").Click();
        dialogs.WaitForElement("textarea[data-testid=reason]").Input("Angka pemulihan belum lengkap.");
        dialogs.Find("#reason-form").Submit();

        var sent = dialogs.WaitFor(() => Assert.Single(Sender.SentOf<VoidLetter>()));
        Assert.Equal((12L, "Angka pemulihan belum lengkap."), (sent.LetterId, sent.Reason));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=void-report]")));
        Assert.Contains("Alasan: Angka pemulihan belum lengkap.", page.FindAll("[data-testid=report-row]")[0].TextContent);
        Assert.Contains("Laporan dibatalkan.", Snackbars);
    }
}
