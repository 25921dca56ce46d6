using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KejaksaanDatun.EndToEnd.Tests;

/// <summary>
/// The leadership dashboards on the demo data: the Kajati of Kalimantan Selatan reads the year's figures, exports the
/// table by office to Excel, drills into Kejari Hulu Sungai Tengah, then into the cases of one of its JPN and into a
/// case, and issues the Kejari's monthly report for last month as a Word letter; the Kepala Kancab Banjarmasin
/// reads the SKK his branch granted; a Kajari cannot open another Kejari's figures.
/// </summary>
public sealed class DashboardJourneyTests : IClassFixture<AppHost>, IClassFixture<Browser>
{
    private readonly AppHost _app;
    private readonly Browser _browser;

    public DashboardJourneyTests(AppHost app, Browser browser)
    {
        _app = app;
        _browser = browser;
    }

    [Fact]
    public async Task The_kajati_drills_from_the_province_to_a_case_and_each_leader_sees_only_their_subtree()
    {
        var year = DateTime.UtcNow.AddHours(8).Year;
        int hstId, bjmId;
        await using (var db = _app.ReadDatabase())
        {
            hstId = await db.Offices.Where(o => o.Code == "KEJARI-HST").Select(o => o.Id).SingleAsync();
            bjmId = await db.Offices.Where(o => o.Code == "KEJARI-BJM").Select(o => o.Id).SingleAsync();
        }

        await using (var kajati = await SignIn("kajati.kalsel", "1-kajati"))
        {
            await kajati.Steps(async page =>
            {
                await page.GetByRole(AriaRole.Link, new() { Name = "Dasbor" }).ClickAsync();
                await page.GetByTestId("filter-year").ClickAsync();
                await kajati.PickOption(year.ToString());
                await Expect(page.GetByText($"Kejaksaan Tinggi Kalimantan Selatan · Tahun {year}")).ToBeVisibleAsync();
                await Expect(page.GetByTestId("kpi-received")).ToContainTextAsync(new Regex(@"\d+"));
                await Expect(page.GetByTestId("kpi-rate")).ToContainTextAsync("%");
                var offices = page.GetByTestId("by-office-row");
                await Expect(offices.Filter(new() { HasText = "Kejaksaan Negeri Hulu Sungai Tengah" })).ToBeVisibleAsync();
                await Expect(offices.Filter(new() { HasText = "Kejaksaan Negeri Banjarmasin" })).ToBeVisibleAsync();
                await Expect(page.GetByTestId("trend-chart").Locator("svg").First).ToBeVisibleAsync();
                await kajati.Screenshot("province");

                // The table by office, exported: a workbook that passes the validator, with the rows shown on screen.
                var hstOnScreen = offices.Filter(new() { HasText = "Kejaksaan Negeri Hulu Sungai Tengah" }).Locator("td");
                var workbookFile = await kajati.Download(page.GetByTestId("by-office-excel"));
                Assert.Equal($"dasbor-kantor-KEJATI-KALSEL-{year}-01-01-{year}-12-31.xlsx", Path.GetFileName(workbookFile));
                var workbook = new XlsxRows(await File.ReadAllBytesAsync(workbookFile));
                Assert.Empty(workbook.ValidationErrors);
                Assert.Equal($"Kejaksaan Tinggi Kalimantan Selatan, 1 Januari {year} – 31 Desember {year}", workbook.Subtitle);
                var hstInWorkbook = workbook.Body.Single(r => r[0] == "Kejaksaan Negeri Hulu Sungai Tengah");
                Assert.Equal(await hstOnScreen.Nth(1).InnerTextAsync(), hstInWorkbook[1]);
                Assert.Equal(Rupiah(await hstOnScreen.Nth(4).InnerTextAsync()), decimal.Parse(hstInWorkbook[2]!, CultureInfo.InvariantCulture));
                Assert.Equal(Rupiah(await hstOnScreen.Nth(5).InnerTextAsync()), decimal.Parse(hstInWorkbook[5]!, CultureInfo.InvariantCulture));
                Assert.Equal("Jumlah", workbook.Body[^1][0]);

                await offices.Filter(new() { HasText = "Kejaksaan Negeri Hulu Sungai Tengah" }).GetByTestId("drill-office").ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex($"kantor={hstId}"));
                await Expect(page.GetByText($"Kejaksaan Negeri Hulu Sungai Tengah · Tahun {year}")).ToBeVisibleAsync();
                await Expect(page.GetByTestId("dashboard-breadcrumbs")).ToContainTextAsync("Kejaksaan Tinggi Kalimantan Selatan");
                var rina = page.GetByTestId("by-jpn-row").Filter(new() { HasText = "Rina Marlina" });
                await Expect(rina).ToBeVisibleAsync();
                await Expect(page.GetByTestId("by-office-row").Filter(new() { HasText = "Banjarmasin" })).ToHaveCountAsync(0);
                await kajati.Screenshot("kejari-hst");

                await rina.GetByTestId("jpn-cases").ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex(@"/perkara\?"));
                var cases = page.GetByTestId("skk-table").Locator("tbody tr");
                await Expect(cases.First).ToContainTextAsync("Rina Marlina");
                await kajati.Screenshot("cases-of-rina");
                await cases.First.Locator("a").First.ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex(@"/skk/\d+$"));
                await Expect(page.GetByTestId("timeline")).ToBeVisibleAsync();

                // Last month's report of Kejari HST, from its dashboard: issued with the next number, then read as printed.
                await kajati.Go($"/dasbor?kantor={hstId}");
                await page.GetByTestId("monthly-report").ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex($@"/laporan-bulanan\?.*kantor={hstId}"));
                // The button's link loads the page anew; its month list opens only once the page is interactive.
                await kajati.WaitForInteractivity();
                var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
                var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
                await kajati.OpenList(page.GetByTestId("report-month"));
                await kajati.PickOption(IndonesianFormat.Month(lastMonth));
                await page.GetByTestId("issue-report").ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan", Exact = true }).ClickAsync();
                var number = page.GetByTestId("issued-number");
                await Expect(number).ToHaveTextAsync(new Regex(@"^B-\d+/O\.3\.14/Gp\.2/\d{2}/\d{4}$"));
                await Expect(page.GetByTestId("report-row").First).ToContainTextAsync(await number.InnerTextAsync());
                await kajati.Screenshot("monthly-report-issued");

                var report = await kajati.Download(page.GetByTestId("issued-download"));
                using (var document = WordprocessingDocument.Open(report, false))
                    Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
                var printed = await LibreOffice.PdfText(await LibreOffice.Convert(report, "pdf"));
                Assert.Contains(await number.InnerTextAsync(), printed);
                Assert.Contains("KEJAKSAAN NEGERI HULU SUNGAI TENGAH", printed.ToUpperInvariant());
                Assert.Contains(IndonesianFormat.Month(lastMonth).ToUpperInvariant(), printed.ToUpperInvariant());
            });
        }

        await using (var kancab = await SignIn("pimpinan.bpjs.bjm", "2-kepala-kancab"))
        {
            await kancab.Steps(async page =>
            {
                await kancab.Go("/dasbor");
                await Expect(page.GetByText($"BPJS Ketenagakerjaan Cabang Banjarmasin · Tahun {year}")).ToBeVisibleAsync();
                await Expect(page.GetByTestId("by-office-row").Filter(new() { HasText = "Kandangan" })).ToBeVisibleAsync();
                await Expect(page.GetByTestId("by-office-row").Filter(new() { HasText = "Kejaksaan" })).ToHaveCountAsync(0);
                // The monthly report is the Kejaksaan's; a BPJS head is not offered it.
                await Expect(page.GetByTestId("monthly-report")).ToHaveCountAsync(0);
                await kancab.Screenshot("branch");
            });
        }

        await using (var kajari = await SignIn("kajari.hst", "3-kajari-other-office"))
        {
            await kajari.Steps(async page =>
            {
                await kajari.Go($"/dasbor?kantor={bjmId}");
                await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("di luar wilayah Anda");
                await Expect(page.GetByTestId("kpi-received")).ToHaveCountAsync(0);
                await kajari.Screenshot("refused");
            });
        }
    }

    /// <summary>An amount as the page shows it, <c>Rp1.935.387.323,20</c>, in rupiah.</summary>
    private static decimal Rupiah(string shown) => decimal.Parse(shown.Replace("Rp", "").Replace(".", "").Replace(',', '.'), CultureInfo.InvariantCulture);

    private Task<UserSession> SignIn(string userName, string screenshotPrefix) =>
        UserSession.SignIn(_browser.Instance, _app.BaseUrl, userName, "dashboard-" + screenshotPrefix);
}
