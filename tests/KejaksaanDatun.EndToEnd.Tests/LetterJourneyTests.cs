using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KejaksaanDatun.EndToEnd.Tests;

/// <summary>
/// The letter stories in a real browser: the Kasi Datun generates a week's summons as one ZIP in the background,
/// and the administrator uploads an office's own template, broken first, then good, then restores the default.
/// </summary>
public sealed class LetterJourneyTests : IClassFixture<AppHost>, IClassFixture<Browser>
{
    private readonly AppHost _app;
    private readonly Browser _browser;

    public LetterJourneyTests(AppHost app, Browser browser)
    {
        _app = app;
        _browser = browser;
    }

    [Fact]
    public async Task The_kasi_datun_gets_the_summons_of_several_cases_as_one_zip_with_consecutive_numbers()
    {
        await using var kasi = await UserSession.SignIn(_browser.Instance, _app.BaseUrl, "kasidatun.hst", "5-bulk");
        await kasi.Steps(async page =>
        {
            await kasi.Go("/surat/massal");
            var cases = page.GetByTestId("bulk-cases");
            await Expect(cases.Locator("tbody tr").First).ToBeVisibleAsync();
            var rows = await cases.Locator("tbody tr").CountAsync();
            Assert.True(rows >= 2, "the demo data has cases being handled at Kejari HST");
            await page.GetByLabel("Tempat").FillAsync("Aula Kejaksaan Negeri Hulu Sungai Tengah");
            // The header checkbox selects every case listed.
            await cases.Locator("thead input[type=checkbox]").CheckAsync();
            await kasi.Screenshot("selection");
            await page.GetByTestId("bulk-start").ClickAsync();

            var progress = page.GetByTestId("bulk-progress");
            await Expect(progress).ToContainTextAsync($"{rows} dari {rows} surat", new() { Timeout = 60_000 });
            await Expect(page.GetByTestId("bulk-download")).ToBeVisibleAsync();
            await kasi.Screenshot("finished");

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("bulk-download").ClickAsync());
            var zipFile = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".zip");
            await download.SaveAsAsync(zipFile);
            using var zip = ZipFile.OpenRead(zipFile);
            Assert.Equal(rows, zip.Entries.Count);
            var numbers = zip.Entries.OrderBy(e => e.Name).Select(e =>
            {
                using var stream = new MemoryStream();
                using (var entry = e.Open()) entry.CopyTo(stream);
                using var letter = WordprocessingDocument.Open(stream, false);
                var match = Regex.Match(letter.MainDocumentPart!.Document.Body!.InnerText, @"B-(\d+)/O\.3\.14/Gp\.2/");
                Assert.True(match.Success, $"{e.Name} has a letter number");
                return int.Parse(match.Groups[1].Value);
            }).ToList();
            Assert.Equal(Enumerable.Range(numbers[0], rows), numbers);
        });
    }

    [Fact]
    public async Task The_administrator_is_told_where_a_template_is_broken_and_can_go_back_to_the_default()
    {
        await using var admin = await UserSession.SignIn(_browser.Instance, _app.BaseUrl, "admin", "6-templates");
        await admin.Steps(async page =>
        {
            await admin.Go("/admin/templat");
            await page.GetByTestId("template-office").ClickAsync();
            await admin.PickOption("Kejaksaan Negeri Hulu Sungai Tengah");
            var original = await File.ReadAllBytesAsync(Path.Combine(AppHost.RepositoryRoot(), "templates", "somasi.docx"));

            await Upload(page, WithParagraph(original, "Catatan: {{ BadanUsaha.Nama | tebal }}"), "somasi-rusak.docx");
            var errors = page.GetByTestId("upload-errors");
            await Expect(errors).ToContainTextAsync("tebal");
            await Expect(errors).ToContainTextAsync("paragraf");
            await admin.Screenshot("broken-template-refused");

            await Upload(page, WithParagraph(original, "Versi Kejari HST"), "somasi-hst.docx");
            var somasi = page.Locator("tr").Filter(new() { HasText = "Somasi" });
            await Expect(somasi).ToContainTextAsync("Kantor v1");
            await admin.Screenshot("office-template-in-use");

            await somasi.GetByRole(AriaRole.Button, new() { Name = "Gunakan" }).ClickAsync();
            await Expect(somasi.Locator("td").Nth(1)).ToContainTextAsync("Bawaan v1");
            await admin.Screenshot("default-restored");
        });
    }

    [Fact]
    public async Task Only_the_administrator_opens_the_background_jobs_dashboard_even_from_the_local_machine()
    {
        await using (var kasi = await UserSession.SignIn(_browser.Instance, _app.BaseUrl, "kasidatun.hst", "7-jobs"))
        {
            var refused = await kasi.Page.GotoAsync(_app.BaseUrl + "/hangfire");
            Assert.True(refused!.Status is 401 or 403, $"status {refused.Status}");
        }
        await using var admin = await UserSession.SignIn(_browser.Instance, _app.BaseUrl, "admin", "7-jobs-admin");
        var allowed = await admin.Page.GotoAsync(_app.BaseUrl + "/hangfire");
        Assert.Equal(200, allowed!.Status);
        await Expect(admin.Page.GetByText("KejaksaanDatun · Pekerjaan latar belakang").First).ToBeVisibleAsync();
    }

    private static async Task Upload(IPage page, byte[] content, string name)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByTestId("upload-Somasi").ClickAsync());
        await chooser.SetFilesAsync(new FilePayload
        {
            Name = name, Buffer = content,
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        });
    }

    private static byte[] WithParagraph(byte[] docx, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            body.InsertBefore(new Paragraph(new Run(new Text(text))), body.Elements<SectionProperties>().LastOrDefault());
        }
        return stream.ToArray();
    }
}
