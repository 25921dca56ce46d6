using System.Text.RegularExpressions;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KejaksaanDatun.EndToEnd.Tests;

/// <summary>
/// Case handling to recovery in a real browser, on demo cases of JPN Rina Marlina at Kejari Hulu Sungai Tengah:
/// Undangan I goes unanswered, the app proposes Undangan II, the employer comes, the meeting's Berita Acara and a
/// Surat Pernyataan Kesanggupan with three monthly installments are recorded, the first payment is reported with its
/// proof file, the granting BPJS office (KCP Kandangan) confirms the three payments and the case closes as Lunas at 100 %. Two other cases
/// close as TidakBerhasil (the SKK returned, reported back) and as Gugatan. The app's clock is moved forward between
/// visits, as the days between a summons and its date pass.
/// </summary>
public sealed class CaseRecoveryJourneyTests : IClassFixture<AppHost>, IClassFixture<Browser>
{
    private readonly AppHost _app;
    private readonly Browser _browser;

    public CaseRecoveryJourneyTests(AppHost app, Browser browser)
    {
        _app = app;
        _browser = browser;
    }

    private sealed record DemoCase(int Id, string Number, string Employer, Money Arrears)
    {
        public string Url => $"/skk/{Id}";
    }

    [Fact]
    public async Task A_case_goes_from_an_unanswered_summons_to_lunas_and_others_close_as_returned_and_as_litigation()
    {
        var lunas = await CaseOfRina(CaseType.PiutangIuran);
        var installments = EqualMonthlyInstallments(lunas.Arrears);

        await using (var jpn = await SignIn("jpn.hst1", "1-jpn-undangan-1"))
        {
            await jpn.Steps(async page =>
            {
                await jpn.Go(lunas.Url);
                await page.GetByTestId("schedule-summons").ClickAsync();
                var dialog = page.Locator(".mud-dialog");
                await dialog.GetByLabel("Tempat").FillAsync("Aula Kejaksaan Negeri Hulu Sungai Tengah, Barabai");
                await dialog.GetByTestId("command-confirm").ClickAsync();
                var summons = page.GetByTestId("summons");
                await Expect(summons).ToContainTextAsync("Undangan I");
                await summons.GetByTestId("record-delivery").ClickAsync();
                await page.Locator(".mud-dialog").GetByLabel("Diterima oleh").FillAsync("Sdri. Nurul, bagian umum");
                await page.Locator(".mud-dialog").GetByTestId("command-confirm").ClickAsync();
                await Expect(summons).ToContainTextAsync("Sdri. Nurul, bagian umum");
                await jpn.Screenshot("undangan-1-delivered");
            });
        }

        // The day of Undangan I passes; the employer does not come.
        await _app.AdvanceClock(10);
        await using (var jpn = await SignIn("jpn.hst1", "2-jpn-undangan-2"))
        {
            await jpn.Steps(async page =>
            {
                await jpn.Go(lunas.Url);
                var summons = page.GetByTestId("summons");
                await summons.GetByTestId("not-attended").ClickAsync();
                await page.Locator(".mud-dialog").GetByLabel("Catatan").FillAsync("Tidak ada perwakilan badan usaha yang hadir.");
                await page.Locator(".mud-dialog").GetByTestId("command-confirm").ClickAsync();
                await Expect(summons).ToContainTextAsync("Tidak hadir");
                await Expect(page.GetByTestId("schedule-summons")).ToHaveTextAsync("Jadwalkan Undangan II");
                await jpn.Screenshot("undangan-2-proposed");
                await page.GetByTestId("schedule-summons").ClickAsync();
                await Expect(page.Locator(".mud-dialog").GetByLabel("Tempat")).ToHaveValueAsync("Aula Kejaksaan Negeri Hulu Sungai Tengah, Barabai");
                await page.Locator(".mud-dialog").GetByTestId("command-confirm").ClickAsync();
                await Expect(summons.Locator("tbody tr")).ToHaveCountAsync(2);
            });
        }

        // The employer comes to Undangan II: meeting, commitment, first payment with its proof.
        await _app.AdvanceClock(10);
        await using (var jpn = await SignIn("jpn.hst1", "3-jpn-kesanggupan"))
        {
            await jpn.Steps(async page =>
            {
                await jpn.Go(lunas.Url);
                await page.GetByTestId("summons").GetByTestId("attended").ClickAsync();
                await page.Locator(".mud-dialog").GetByTestId("command-confirm").ClickAsync();
                await Expect(page.GetByTestId("summons")).ToContainTextAsync("Hadir");

                await CaseSteps.RecordMeetingAndCommitment(jpn, "kesanggupan-dialog");

                await ReportPayment(page, installments[0], "TRF-BRI-0001");
                await page.GetByTestId("attachment-upload").ClickAsync();
                var upload = page.Locator(".mud-dialog");
                // Through the file chooser the button opens, as a user does: the picker is ready once the button answers.
                var chooser = await page.RunAndWaitForFileChooserAsync(() => upload.GetByTestId("attachment-pick").ClickAsync());
                await chooser.SetFilesAsync(new FilePayload
                {
                    Name = "bukti-transfer-angsuran-1.pdf", MimeType = "application/pdf", Buffer = ProofOfPayment(),
                });
                await Expect(upload.GetByTestId("attachment-file-name")).ToHaveTextAsync("bukti-transfer-angsuran-1.pdf");
                await upload.GetByTestId("attachment-category").ClickAsync();
                await jpn.PickOption("Bukti pembayaran");
                await upload.GetByTestId("attachment-payment").ClickAsync();
                await jpn.PickOption(installments[0].ToString());
                await upload.GetByTestId("command-confirm").ClickAsync();
                await Expect(page.GetByTestId("attachments")).ToContainTextAsync("bukti-transfer-angsuran-1.pdf");
                await Expect(page.GetByTestId("attachment-payment-text")).ToContainTextAsync(installments[0].ToString());
                await jpn.Screenshot("payment-reported-with-proof");
            });
        }

        await using (var bpjs = await SignIn("bpjs.kdg", "4-bpjs-confirms-first"))
        {
            await bpjs.Steps(async page =>
            {
                await bpjs.Go(lunas.Url);
                var proof = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-attachment").First.ClickAsync());
                Assert.Equal("bukti-transfer-angsuran-1.pdf", proof.SuggestedFilename);
                Assert.Equal(ProofOfPayment(), await File.ReadAllBytesAsync(await proof.PathAsync()));
                await ConfirmPayment(page);
                await Expect(page.GetByTestId("confirmed")).ToHaveTextAsync(installments[0].ToString());
            });
        }

        await _app.AdvanceClock(30);
        await using (var jpn = await SignIn("jpn.hst1", "5-jpn-reports-rest"))
        {
            await jpn.Steps(async page =>
            {
                await jpn.Go(lunas.Url);
                await ReportPayment(page, installments[1], "TRF-BRI-0002");
                await ReportPayment(page, installments[2], "TRF-BRI-0003");
            });
        }

        await using (var bpjs = await SignIn("bpjs.kdg", "6-bpjs-confirms-rest"))
        {
            await bpjs.Steps(async page =>
            {
                await bpjs.Go(lunas.Url);
                await ConfirmPayment(page);
                await ConfirmPayment(page);
                await Expect(page.GetByTestId("outstanding")).ToHaveTextAsync("Rp0");
                await Expect(page.GetByTestId("rate")).ToHaveTextAsync("100,0 %");
                await Expect(page.GetByTestId("confirmed")).ToHaveTextAsync(lunas.Arrears.ToString());
                await Expect(page.Locator(".mud-chip").Filter(new() { HasText = "Selesai" }).First).ToBeVisibleAsync();
                var recovery = page.GetByTestId("recovery");
                await Expect(recovery).ToContainTextAsync("Lunas");
                await Expect(page.GetByTestId("days-open")).ToContainTextAsync(new Regex(@"\d+ hari"));
                var timeline = page.GetByTestId("timeline");
                foreach (var step in new[]
                {
                    "Undangan I dijadwalkan", "Undangan I diterima", "tidak hadir", "Undangan II dijadwalkan", "Berita Acara",
                    "Surat Pernyataan Kesanggupan", "Lampiran", "dikonfirmasi BPJS", "Perkara selesai: Lunas",
                })
                    await Expect(timeline).ToContainTextAsync(step);
                await bpjs.Screenshot("lunas");
            });
        }

        var returned = await CaseOfRina(CaseType.PdsProgram);
        var litigated = await CaseOfRina(CaseType.PdsTenagaKerja);
        await using (var jpn = await SignIn("jpn.hst1", "7-jpn-other-outcomes"))
        {
            await jpn.Steps(async page =>
            {
                await jpn.Go(returned.Url);
                await CaseSteps.CloseCase(jpn, "Tidak berhasil", "Badan usaha sudah bubar; kantor dan pabriknya tutup sejak Agustus 2026.");
                await Expect(page.GetByTestId("timeline")).ToContainTextAsync("SKK dikembalikan kepada BPJS Ketenagakerjaan");
                await page.GetByTestId("generate-letter").ClickAsync();
                var letter = page.Locator(".mud-dialog");
                await letter.GetByTestId("letter-kind").ClickAsync();
                await jpn.PickOption("Pengembalian SKK");
                await letter.GetByTestId("letter-confirm").ClickAsync();
                await Expect(page.GetByTestId("letters")).ToContainTextAsync("Pengembalian SKK");
                await page.GetByTestId("mark-reported").ClickAsync();
                var report = page.Locator(".mud-dialog");
                await report.GetByTestId("report-letter").ClickAsync();
                await jpn.PickOption("Pengembalian SKK");
                await report.GetByTestId("command-confirm").ClickAsync();
                await Expect(page.Locator(".mud-chip").Filter(new() { HasText = "Dilaporkan" }).First).ToBeVisibleAsync();
                await jpn.Screenshot("returned-and-reported");

                await jpn.Go(litigated.Url);
                await CaseSteps.CloseCase(jpn, "Gugatan", "Badan usaha menolak membayar meskipun sudah tiga kali dipanggil.", "Gugatan sederhana");
                await Expect(page.GetByTestId("litigation")).ToContainTextAsync("gugatan sederhana");
                await Expect(page.GetByTestId("litigation")).ToContainTextAsync("Memerlukan SKK baru");
                await jpn.Screenshot("gugatan");
            });
        }
    }

    private Task<UserSession> SignIn(string userName, string screenshotPrefix) =>
        UserSession.SignIn(_browser.Instance, _app.BaseUrl, userName, "recovery-" + screenshotPrefix);

    private static async Task ReportPayment(IPage page, Money amount, string reference)
    {
        await page.GetByTestId("report-payment").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.GetByTestId("payment-amount").FillAsync(amount.FormatNumber());
        await dialog.GetByLabel("Referensi pembayaran").FillAsync(reference);
        await dialog.GetByLabel("Bukti pembayaran").FillAsync($"Bukti transfer {reference}");
        await dialog.GetByTestId("command-confirm").ClickAsync();
        await Expect(page.GetByTestId("payments")).ToContainTextAsync(reference);
    }

    private static async Task ConfirmPayment(IPage page)
    {
        var confirmations = page.GetByTestId("confirm-payment");
        var before = await confirmations.CountAsync();
        await confirmations.First.ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Konfirmasi" }).ClickAsync();
        await Expect(confirmations).ToHaveCountAsync(before - 1);
    }

    /// <summary>The demo case of the given type that JPN Rina Marlina (jpn.hst1) leads and is handling.</summary>
    private async Task<DemoCase> CaseOfRina(CaseType type)
    {
        await using var db = _app.ReadDatabase();
        var rina = await db.Users.Where(u => u.UserName == "jpn.hst1").Select(u => u.Id).SingleAsync();
        return await db.Skks
            .Where(s => s.Status == SkkStatus.Ditangani && s.CaseType == type && s.KejaksaanOffice!.Code == "KEJARI-HST"
                && s.Teams.Any(t => t.IsActive && t.LeadJpnId == rina))
            .Select(s => new DemoCase(s.Id, s.Number, s.Employer!.Name, new Money(s.TotalArrearsSen)))
            .SingleAsync();
    }

    /// <summary>What the kesanggupan dialog proposes: three equal whole-rupiah installments, the remainder in the last.</summary>
    private static Money[] EqualMonthlyInstallments(Money total)
    {
        var share = new Money(total.Sen / 3 / Money.SenPerRupiah * Money.SenPerRupiah);
        return [share, share, total - new Money(share.Sen * 2)];
    }

    /// <summary>A small, valid PDF: the app judges an upload by its content.</summary>
    private static byte[] ProofOfPayment() => System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
}
