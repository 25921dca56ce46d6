using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace KejaksaanDatun.EndToEnd.Tests;

/// <summary>
/// An SKK runs out while its case is being handled: the JPN is told and cannot summon the employer any more until
/// the granting BPJS office extends the case with a new SKK; then the summons goes out.
/// </summary>
public sealed class SkkExtensionJourneyTests : IClassFixture<AppHost>, IClassFixture<Browser>
{
    private readonly AppHost _app;
    private readonly Browser _browser;

    public SkkExtensionJourneyTests(AppHost app, Browser browser)
    {
        _app = app;
        _browser = browser;
    }

    [Fact]
    public async Task An_expired_skk_blocks_new_summons_until_the_granting_bpjs_office_extends_it()
    {
        var subject = await CaseLedBy("jpn.hst2");
        var grantingOfficer = DemoData.Users.First(u => u.OfficeCode == subject.BpjsOfficeCode && u.Role == Roles.StafBpjs).UserName;
        var newNumber = $"SKK.{subject.Id}-P/HK/{subject.ValidUntil.Year + 1}";

        // The day after the SKK's last day, at the office in Barabai (WITA).
        var todayInBarabai = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await _app.AdvanceClock(subject.ValidUntil.DayNumber - todayInBarabai.DayNumber + 1);

        await using (var jpn = await UserSession.SignIn(_browser.Instance, _app.BaseUrl, "jpn.hst2", "extension-1-jpn-expired"))
        {
            await jpn.Steps(async page =>
            {
                await jpn.Go($"/skk/{subject.Id}");
                await Expect(page.GetByText("SKK ini sudah tidak berlaku sejak")).ToBeVisibleAsync();
                await page.GetByTestId("schedule-summons").ClickAsync();
                var dialog = page.Locator(".mud-dialog");
                await dialog.GetByLabel("Tempat").FillAsync("Aula Kejaksaan Negeri Hulu Sungai Tengah, Barabai");
                await dialog.GetByTestId("command-confirm").ClickAsync();
                await Expect(page.GetByText("SKK sudah tidak berlaku sejak").First).ToBeVisibleAsync();
                await jpn.Screenshot("summons-refused");
                await dialog.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Batal" }).ClickAsync();
                await Expect(page.GetByTestId("summons")).ToContainTextAsync("Belum ada undangan.");
            });
        }

        await using (var bpjs = await UserSession.SignIn(_browser.Instance, _app.BaseUrl, grantingOfficer, "extension-2-bpjs-extends"))
        {
            await bpjs.Steps(async page =>
            {
                await bpjs.Go($"/skk/{subject.Id}");
                await page.GetByTestId("extend-skk").ClickAsync();
                var dialog = page.Locator(".mud-dialog");
                await dialog.GetByLabel("Nomor SKK baru").FillAsync(newNumber);
                await bpjs.Screenshot("extension-dialog");
                await dialog.GetByTestId("command-confirm").ClickAsync();
                await Expect(page.GetByTestId("skk-valid-until")).ToContainTextAsync($"diperpanjang dengan SKK No. {newNumber}");
                await Expect(page.GetByText("SKK ini sudah tidak berlaku sejak")).ToHaveCountAsync(0);
                await Expect(page.GetByTestId("timeline")).ToContainTextAsync(newNumber);
                await bpjs.Screenshot("extended");
            });
        }

        await using (var jpn = await UserSession.SignIn(_browser.Instance, _app.BaseUrl, "jpn.hst2", "extension-3-jpn-summons"))
        {
            await jpn.Steps(async page =>
            {
                await jpn.Go($"/skk/{subject.Id}");
                await page.GetByTestId("schedule-summons").ClickAsync();
                var dialog = page.Locator(".mud-dialog");
                await dialog.GetByLabel("Tempat").FillAsync("Aula Kejaksaan Negeri Hulu Sungai Tengah, Barabai");
                await dialog.GetByTestId("command-confirm").ClickAsync();
                await Expect(page.GetByTestId("summons")).ToContainTextAsync("Undangan I");
                await Expect(page.GetByTestId("timeline")).ToContainTextAsync("Undangan I dijadwalkan");
            });
        }
    }

    private sealed record DemoCase(int Id, DateOnly ValidUntil, string BpjsOfficeCode);

    /// <summary>The demo piutang iuran case at Kejari Hulu Sungai Tengah that the JPN leads, with no summons yet.</summary>
    private async Task<DemoCase> CaseLedBy(string jpnUserName)
    {
        await using var db = _app.ReadDatabase();
        var lead = await db.Users.Where(u => u.UserName == jpnUserName).Select(u => u.Id).SingleAsync();
        return await db.Skks
            .Where(s => s.Status == SkkStatus.Ditangani && s.CaseType == CaseType.PiutangIuran && s.KejaksaanOffice!.Code == "KEJARI-HST"
                && s.Teams.Any(t => t.IsActive && t.LeadJpnId == lead) && !db.Summonses.Any(m => m.SkkId == s.Id))
            .Select(s => new DemoCase(s.Id, s.ValidUntil, s.BpjsOffice!.Code))
            .SingleAsync();
    }
}
