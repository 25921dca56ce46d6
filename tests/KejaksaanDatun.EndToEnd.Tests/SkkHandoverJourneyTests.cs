using System.Text.RegularExpressions;
using KejaksaanDatun.Core.Data;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KejaksaanDatun.EndToEnd.Tests;

/// <summary>
/// The foundation story in a real browser: BPJS Banjarmasin registers an employer and hands an SKK over to Kejari
/// Hulu Sungai Tengah; its Kasi Datun accepts it and appoints a JPN team; the JPN finds it in "Perkara saya";
/// a JPN of Kejari Banjarmasin neither sees it nor opens it by URL.
/// </summary>
public sealed class SkkHandoverJourneyTests : IClassFixture<AppHost>, IClassFixture<Browser>
{
    private readonly AppHost _app;
    private readonly Browser _browser;

    public SkkHandoverJourneyTests(AppHost app, Browser browser)
    {
        _app = app;
        _browser = browser;
    }

    private static string NameOf(string userName) => DemoData.Users.Single(u => u.UserName == userName).FullName;

    [Fact]
    public async Task Bpjs_hands_over_an_skk_the_kejari_accepts_and_appoints_a_team_and_only_that_team_sees_it()
    {
        var employerName = "PT Barabai Sawit Lestari " + Random.Shared.Next(100, 999);
        var npp = Random.Shared.Next(81_000_000, 89_999_999).ToString();
        var skkNumber = $"SKK.{Random.Shared.Next(100, 999)}/KC-BJM/HK/E2E";
        var skkUrl = "";

        await using (var bpjs = await UserSession.SignIn(_browser.Instance, _app.BaseUrl, "bpjs.bjm", "1-bpjs"))
        {
            await bpjs.Steps(async page =>
            {
                await bpjs.Go("/badan-usaha/baru");
                await page.GetByLabel("Nama badan usaha").FillAsync(employerName);
                await page.GetByLabel("NPP").FillAsync("1234");
                await page.GetByLabel("NPWP").FillAsync("01.234.567.8-901.000");
                await page.GetByLabel("Alamat").FillAsync("Jl. Murakata No. 21, Barabai");
                await page.GetByLabel("Kabupaten/kota").FillAsync("Hulu Sungai Tengah");
                await page.GetByLabel("Sektor usaha").FillAsync("Perkebunan kelapa sawit");
                await page.GetByLabel("Jumlah tenaga kerja").FillAsync("85");
                await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
                await Expect(page.GetByText("NPP harus terdiri dari 8 angka").First).ToBeVisibleAsync();
                await bpjs.Screenshot("employer-invalid-npp");
                await page.GetByLabel("NPP").FillAsync(npp);
                await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
                await page.WaitForURLAsync(new Regex(@"/badan-usaha/\d+$"));
                await Expect(page.GetByText(employerName).First).ToBeVisibleAsync();

                await page.GetByRole(AriaRole.Link, new() { Name = "Buat SKK" }).ClickAsync();
                await page.WaitForURLAsync(new Regex(@"/skk/baru\?badanUsaha=\d+"));
                await bpjs.WaitForInteractivity();
                await page.GetByTestId("skk-number").FillAsync(skkNumber);
                await page.GetByTestId("skk-kejaksaan").ClickAsync();
                await bpjs.PickOption("Kejaksaan Negeri Hulu Sungai Tengah");
                await page.GetByTestId("monthly-Jkk").FillAsync("45.900");
                await page.GetByTestId("monthly-Jkm").FillAsync("25.500");
                await page.GetByTestId("monthly-Jht").FillAsync("484.500");
                await page.GetByTestId("monthly-Jp").FillAsync("255.000");
                await page.GetByTestId("monthly-Jkp").FillAsync("39.100");
                await page.GetByTestId("fill-lines").ClickAsync();
                await Expect(page.GetByTestId("total-iuran")).ToHaveTextAsync("Rp10.200.000");
                await bpjs.Screenshot("skk-form");
                await page.GetByTestId("save-skk").ClickAsync();
                await page.WaitForURLAsync(new Regex(@"/skk/\d+$"));
                skkUrl = new Uri(page.Url).AbsolutePath;
                await Expect(page.GetByText("Draf").First).ToBeVisibleAsync();

                await page.GetByRole(AriaRole.Button, new() { Name = "Serahkan SKK" }).ClickAsync();
                await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Serahkan" }).ClickAsync();
                await Expect(page.Locator(".mud-chip").Filter(new() { HasText = "Diserahkan" })).ToBeVisibleAsync();
                await Expect(page.GetByTestId("timeline")).ToContainTextAsync("SKK diserahkan kepada Kejaksaan Negeri Hulu Sungai Tengah");
                await bpjs.Screenshot("skk-handed-over");
            });
        }

        await using (var kasi = await UserSession.SignIn(_browser.Instance, _app.BaseUrl, "kasidatun.hst", "2-kasidatun"))
        {
            await kasi.Steps(async page =>
            {
                await kasi.Go("/skk/kotak-masuk");
                await Expect(page.GetByTestId("skk-table")).ToContainTextAsync(skkNumber);
                await kasi.Screenshot("inbox");
                await page.GetByRole(AriaRole.Link, new() { Name = skkNumber }).ClickAsync();
                await page.WaitForURLAsync(url => url.EndsWith(skkUrl));
                await kasi.WaitForInteractivity();

                await page.GetByRole(AriaRole.Button, new() { Name = "Terima" }).ClickAsync();
                await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Terima" }).ClickAsync();
                await Expect(page.GetByTestId("register-number")).ToContainTextAsync(new Regex(@"REG-\d+/O\.3\.14/Gp\.2/\d{4}"));

                await page.GetByRole(AriaRole.Button, new() { Name = "Tunjuk tim JPN" }).ClickAsync();
                var dialog = page.Locator(".mud-dialog");
                await dialog.GetByTestId("warrant-number").FillAsync("PRINT-57/O.3.14/Gp.2/11/2026");
                await dialog.GetByTestId("lead-jpn").ClickAsync();
                await kasi.PickOption(NameOf("jpn.hst1"));
                await dialog.GetByTestId("members").ClickAsync();
                await kasi.ToggleOption(NameOf("jpn.hst2"));
                await page.Keyboard.PressAsync("Escape");
                await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
                await kasi.Screenshot("appoint-team");
                await dialog.GetByTestId("team-confirm").ClickAsync();
                await Expect(page.Locator(".mud-chip").Filter(new() { HasText = "Ditangani" })).ToBeVisibleAsync();
                await Expect(page.GetByTestId("team")).ToContainTextAsync(NameOf("jpn.hst1"));
                await kasi.Screenshot("case-with-team");
            });
        }

        await using (var jpn = await UserSession.SignIn(_browser.Instance, _app.BaseUrl, "jpn.hst1", "3-jpn-hst"))
        {
            await jpn.Steps(async page =>
            {
                await jpn.Go("/perkara-saya");
                await Expect(page.GetByTestId("skk-table")).ToContainTextAsync(employerName);
                await jpn.Screenshot("my-cases");
                await page.GetByRole(AriaRole.Link, new() { Name = skkNumber }).ClickAsync();
                await page.WaitForURLAsync(url => url.EndsWith(skkUrl));
                var timeline = page.GetByTestId("timeline");
                await Expect(timeline).ToContainTextAsync("Draf SKK");
                await Expect(timeline).ToContainTextAsync("SKK diserahkan kepada");
                await Expect(timeline).ToContainTextAsync("dicatat dalam register");
                await Expect(timeline).ToContainTextAsync("Tim JPN ditunjuk");
                await Expect(page.GetByTestId("summary-total")).ToContainTextAsync("Rp");
                await jpn.Screenshot("case-timeline");

                await page.GetByTestId("schedule-summons").ClickAsync();
                var summonsDialog = page.Locator(".mud-dialog");
                await summonsDialog.GetByLabel("Tempat").FillAsync("Aula Kejaksaan Negeri Hulu Sungai Tengah, Barabai");
                await jpn.Screenshot("summons-dialog");
                await summonsDialog.GetByTestId("command-confirm").ClickAsync();
                await Expect(page.GetByTestId("summons")).ToContainTextAsync("Aula Kejaksaan Negeri Hulu Sungai Tengah, Barabai");
                await Expect(page.GetByTestId("timeline")).ToContainTextAsync("Undangan I dijadwalkan");

                await page.GetByTestId("generate-letter").ClickAsync();
                var dialog = page.Locator(".mud-dialog");
                await dialog.GetByLabel("Tempat").FillAsync("Aula Kejaksaan Negeri Hulu Sungai Tengah, Barabai");
                await jpn.Screenshot("letter-dialog");
                await dialog.GetByTestId("letter-confirm").ClickAsync();
                var letters = page.GetByTestId("letters");
                await Expect(letters).ToContainTextAsync(new Regex(@"B-\d+/O\.3\.14/Gp\.2/\d{2}/\d{4}"));
                var download = await page.RunAndWaitForDownloadAsync(() => letters.GetByTestId("download-letter").First.ClickAsync());
                var file = Path.Combine(Path.GetTempPath(), download.SuggestedFilename);
                await download.SaveAsAsync(file);
                using (var letter = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(file, false))
                {
                    var text = letter.MainDocumentPart!.Document.Body!.InnerText;
                    Assert.Contains(employerName, text);
                    Assert.Contains("Aula Kejaksaan Negeri Hulu Sungai Tengah, Barabai", text);
                }
                await Expect(page.GetByTestId("timeline")).ToContainTextAsync("Surat Undangan I nomor");
                await jpn.Screenshot("letter-history");

                await page.GetByTestId("report-payment").ClickAsync();
                var paymentDialog = page.Locator(".mud-dialog");
                await paymentDialog.GetByTestId("payment-amount").FillAsync("1.000.000");
                await paymentDialog.GetByLabel("Referensi pembayaran").FillAsync("TRF-BRI-0093");
                await paymentDialog.GetByLabel("Bukti pembayaran").FillAsync("Bukti transfer BRI 23/11");
                await paymentDialog.GetByTestId("command-confirm").ClickAsync();
                await Expect(page.GetByTestId("payments")).ToContainTextAsync("Rp1.000.000");
                await jpn.Screenshot("payment-reported");

                await page.GetByTestId("record-meeting").ClickAsync();
                var meetingDialog = page.Locator(".mud-dialog");
                await meetingDialog.GetByLabel("Tempat").FillAsync("Ruang Datun Kejaksaan Negeri Hulu Sungai Tengah");
                await meetingDialog.GetByLabel("Daftar hadir (satu nama per baris)").FillAsync("Rina Marlina, S.H.\nDirektur PT Barabai Sawit Lestari");
                await meetingDialog.GetByLabel("Keterangan badan usaha").FillAsync("Badan usaha mengakui tunggakan dan sanggup membayar bertahap.");
                await meetingDialog.GetByTestId("command-confirm").ClickAsync();
                await Expect(page.GetByTestId("meetings")).ToContainTextAsync("sanggup membayar bertahap");
            });
        }

        await using (var bpjs = await UserSession.SignIn(_browser.Instance, _app.BaseUrl, "bpjs.bjm", "4-bpjs-confirms"))
        {
            await bpjs.Steps(async page =>
            {
                await bpjs.Go(skkUrl);
                await page.GetByTestId("confirm-payment").ClickAsync();
                await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Konfirmasi" }).ClickAsync();
                await Expect(page.GetByTestId("confirmed")).ToHaveTextAsync("Rp1.000.000");
                await Expect(page.GetByTestId("outstanding")).ToHaveTextAsync("Rp10.339.000");
                await Expect(page.GetByTestId("rate")).ToContainTextAsync("8,8");
                await bpjs.Screenshot("payment-confirmed");
            });
        }

        await using (var other = await UserSession.SignIn(_browser.Instance, _app.BaseUrl, "jpn.bjm1", "5-jpn-bjm"))
        {
            await other.Steps(async page =>
            {
                foreach (var list in new[] { "/perkara-saya", "/perkara" })
                {
                    await other.Go(list);
                    await Expect(page.GetByTestId("skk-table")).Not.ToContainTextAsync("Memuat");
                    await Expect(page.GetByTestId("skk-table")).Not.ToContainTextAsync(skkNumber);
                }
                await other.Screenshot("other-kejari-cases");
                await other.Go(skkUrl);
                await Expect(page.GetByText("Perkara tidak ditemukan atau Anda tidak berwenang melihatnya.")).ToBeVisibleAsync();
                await Expect(page.GetByText(employerName)).ToHaveCountAsync(0);
                await other.Screenshot("other-kejari-refused");
            });
        }
    }
}
