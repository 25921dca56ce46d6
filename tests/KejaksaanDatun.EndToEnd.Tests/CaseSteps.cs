using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KejaksaanDatun.EndToEnd.Tests;

/// <summary>Steps on a case page that several journeys take in the same way.</summary>
internal static class CaseSteps
{
    /// <summary>
    /// After the employer came: the meeting's Berita Acara, then the Surat Pernyataan Kesanggupan for the whole
    /// outstanding amount in the three monthly installments the dialog proposes.
    /// </summary>
    public static async Task RecordMeetingAndCommitment(UserSession jpn, string screenshot)
    {
        var page = jpn.Page;
        await page.GetByTestId("record-meeting").ClickAsync();
        var meeting = page.Locator(".mud-dialog");
        await meeting.GetByLabel("Tempat").FillAsync("Ruang Datun Kejaksaan Negeri Hulu Sungai Tengah");
        await meeting.GetByLabel("Daftar hadir (satu nama per baris)").FillAsync("Rina Marlina, S.H.\nH. Rusdi Hamdani, direktur badan usaha");
        await meeting.GetByLabel("Keterangan badan usaha").FillAsync("Badan usaha mengakui seluruh tunggakan iuran dan denda.");
        await meeting.GetByLabel("Kesepakatan").FillAsync("Tunggakan dibayar dalam tiga angsuran bulanan.");
        await meeting.GetByTestId("command-confirm").ClickAsync();
        await Expect(page.GetByTestId("meetings")).ToContainTextAsync("tiga angsuran bulanan");

        await page.GetByRole(AriaRole.Button, new() { Name = "Surat Pernyataan Kesanggupan" }).ClickAsync();
        var plan = page.Locator(".mud-dialog");
        await plan.GetByLabel("Nama penanggung jawab").FillAsync("H. Rusdi Hamdani");
        await plan.GetByLabel("Jabatan").FillAsync("Direktur");
        await Expect(plan.GetByTestId("plan-row")).ToHaveCountAsync(3);
        await Expect(plan.GetByTestId("plan-total")).ToContainTextAsync("sama dengan yang disanggupi");
        await jpn.Screenshot(screenshot);
        await plan.GetByTestId("command-confirm").ClickAsync();
        var recovery = page.GetByTestId("recovery");
        await Expect(recovery).ToContainTextAsync("kesanggupan versi 1");
        await Expect(recovery.Locator("tbody tr")).ToHaveCountAsync(3);
    }

    public static async Task CloseCase(UserSession jpn, string outcome, string reason, string? litigation = null)
    {
        var page = jpn.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Selesaikan perkara" }).ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.GetByLabel("Hasil", new() { Exact = true }).ClickAsync();
        await jpn.PickOption(outcome);
        if (litigation is not null)
        {
            await dialog.GetByLabel("Jenis gugatan (bila gugatan)").ClickAsync();
            await jpn.PickOption(litigation);
        }
        await dialog.GetByLabel("Alasan / keterangan").FillAsync(reason);
        await dialog.GetByTestId("command-confirm").ClickAsync();
        await Expect(page.Locator(".mud-chip").Filter(new() { HasText = "Selesai" }).First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync(reason);
    }
}
