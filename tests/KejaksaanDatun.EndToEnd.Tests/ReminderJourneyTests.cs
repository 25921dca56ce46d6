using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KejaksaanDatun.EndToEnd.Tests;

/// <summary>
/// Reminders in a real browser, on a demo case of JPN Rina Marlina at Kejari Hulu Sungai Tengah (WITA): the bell at
/// 08:00 WITA the day before Undangan I and not a minute earlier; the prompt for the next summons the morning after a
/// summons nobody recorded; the installment due three days ahead, for the JPN and the granting BPJS office; the
/// broken promise the day after; closing the case cancels what is left. The administrator edits a rule, which a JPN
/// may not. The app's clock is moved to each instant, and what fell due is delivered as the minute job would.
/// </summary>
public sealed class ReminderJourneyTests : IClassFixture<AppHost>, IClassFixture<Browser>
{
    private static readonly TimeSpan Wita = TimeSpan.FromHours(8);
    private readonly AppHost _app;
    private readonly Browser _browser;

    public ReminderJourneyTests(AppHost app, Browser browser)
    {
        _app = app;
        _browser = browser;
    }

    private sealed record DemoCase(int Id, string Employer, string GrantingOfficer)
    {
        public string Url => $"/skk/{Id}";
    }

    [Fact]
    public async Task Reminders_reach_the_jpn_and_bpjs_at_eight_wita_and_stop_when_the_case_closes()
    {
        var subject = await CaseOfRina();

        await using (var jpn = await SignIn("jpn.hst1", "1-jpn-schedules"))
        {
            await jpn.Steps(async page =>
            {
                await jpn.Go(subject.Url);
                await page.GetByTestId("schedule-summons").ClickAsync();
                var dialog = page.Locator(".mud-dialog");
                await dialog.GetByLabel("Tempat").FillAsync("Aula Kejaksaan Negeri Hulu Sungai Tengah, Barabai");
                await dialog.GetByTestId("command-confirm").ClickAsync();
                await Expect(page.GetByTestId("summons").Locator("tbody tr")).ToHaveCountAsync(1);
            });
        }
        var summonsDay = await SummonsDay(subject, sequence: 1);
        var dayBeforeTitle = $"Undangan I {subject.Employer} besok";

        await _app.AdvanceClockTo(AtWita(summonsDay.AddDays(-1), 7, 59));
        Assert.Equal(ReminderState.Pending, await StateOf(subject, ReminderKind.SummonsDay));

        await _app.AdvanceClockTo(AtWita(summonsDay.AddDays(-1), 8, 0));
        Assert.Equal(ReminderState.Delivered, await StateOf(subject, ReminderKind.SummonsDay));
        await using (var jpn = await SignIn("jpn.hst1", "2-jpn-bell-day-before"))
        {
            await jpn.Steps(async page =>
            {
                await Expect(page.GetByTestId("notification-count")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d"));
                await page.GetByTestId("notification-count").GetByRole(AriaRole.Button, new() { Name = "Notifikasi" }).ClickAsync();
                var item = page.GetByTestId("notification-item").Filter(new() { HasText = dayBeforeTitle });
                await Expect(item).ToContainTextAsync("pukul");
                await jpn.Screenshot("bell-open");
                await item.ClickAsync();
                await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{subject.Url}$"));
                await Expect(page.GetByTestId("summons")).ToContainTextAsync("Undangan I");
            });
        }

        // Nobody records the result of Undangan I; the next morning the app asks for it and for the next summons.
        await _app.AdvanceClockTo(AtWita(summonsDay.AddDays(1), 8, 0));
        await using (var jpn = await SignIn("jpn.hst1", "3-jpn-missed-summons"))
        {
            await jpn.Steps(async page =>
            {
                await jpn.Go("/notifikasi");
                var promptTitle = $"Hasil Undangan I {subject.Employer} belum dicatat";
                var prompt = page.GetByTestId("notification-item").Filter(new() { HasText = promptTitle });
                await Expect(prompt).ToContainTextAsync("jadwalkan undangan berikutnya");
                await jpn.Screenshot("notification-centre");
                await prompt.GetByText(promptTitle).ClickAsync();
                await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{subject.Url}$"));
                await jpn.WaitForInteractivity();
                await page.GetByTestId("summons").GetByTestId("not-attended").ClickAsync();
                await page.Locator(".mud-dialog").GetByLabel("Catatan").FillAsync("Tidak ada perwakilan badan usaha yang hadir.");
                await page.Locator(".mud-dialog").GetByTestId("command-confirm").ClickAsync();
                await Expect(page.GetByTestId("schedule-summons")).ToHaveTextAsync("Jadwalkan Undangan II");
                await page.GetByTestId("schedule-summons").ClickAsync();
                await page.Locator(".mud-dialog").GetByTestId("command-confirm").ClickAsync();
                await Expect(page.GetByTestId("summons").Locator("tbody tr")).ToHaveCountAsync(2);
            });
        }

        // The employer comes to Undangan II and commits to three monthly installments.
        await _app.AdvanceClockTo(AtWita(await SummonsDay(subject, sequence: 2), 10, 0));
        await using (var jpn = await SignIn("jpn.hst1", "4-jpn-kesanggupan"))
        {
            await jpn.Steps(async page =>
            {
                await jpn.Go(subject.Url);
                await page.GetByTestId("summons").GetByTestId("attended").Last.ClickAsync();
                await page.Locator(".mud-dialog").GetByTestId("command-confirm").ClickAsync();
                await Expect(page.GetByTestId("summons")).ToContainTextAsync("Hadir");
                await CaseSteps.RecordMeetingAndCommitment(jpn, "kesanggupan-dialog");
            });
        }
        var firstDue = await FirstInstallmentDue(subject);
        var dueTitle = $"Angsuran ke-1 {subject.Employer} jatuh tempo {IndonesianFormat.Date(firstDue)}";

        await _app.AdvanceClockTo(AtWita(firstDue.AddDays(-3), 8, 0));
        foreach (var (user, shot) in new[] { ("jpn.hst1", "5-jpn-installment-due"), (subject.GrantingOfficer, "6-bpjs-installment-due") })
        {
            await using var session = await SignIn(user, shot);
            await session.Steps(async page =>
            {
                await session.Go("/notifikasi");
                await Expect(page.GetByTestId("notification-item").Filter(new() { HasText = dueTitle })).ToContainTextAsync("3 hari lagi");
                await session.Screenshot("notifications");
            });
        }

        // Nothing is paid: the day after the due date the case is flagged.
        await _app.AdvanceClockTo(AtWita(firstDue.AddDays(1), 8, 0));
        await using (var jpn = await SignIn("jpn.hst1", "7-jpn-broken-promise"))
        {
            await jpn.Steps(async page =>
            {
                await jpn.Go("/notifikasi");
                await Expect(page.GetByTestId("notification-item").Filter(new() { HasText = $"Ingkar janji: angsuran ke-1 {subject.Employer}" }))
                    .ToBeVisibleAsync();
                await jpn.Go(subject.Url);
                await Expect(page.GetByTestId("recovery")).ToContainTextAsync("Ingkar janji");
                await Expect(page.GetByTestId("timeline")).ToContainTextAsync("Ingkar janji: angsuran ke-1");
                await jpn.Screenshot("case-flagged");

                await CaseSteps.CloseCase(jpn, "Tidak berhasil", "Badan usaha tidak menepati kesanggupan dan tidak dapat dihubungi lagi.");
            });
        }
        await using (var db = _app.ReadDatabase())
        {
            var reminders = await db.Reminders.Where(r => r.SkkId == subject.Id).ToListAsync();
            Assert.DoesNotContain(reminders, r => r.State == ReminderState.Pending);
            var cancelledByClosing = reminders.Where(r => r.CancelReason == "Perkara selesai").Select(r => r.Kind).ToHashSet();
            // The later installments' reminders and the SKK expiry warnings; the idle reminder may already have gone.
            Assert.Superset(new HashSet<ReminderKind> { ReminderKind.InstallmentDue, ReminderKind.BrokenPromise, ReminderKind.SkkExpiry },
                cancelledByClosing);
        }

        await using (var jpn = await SignIn("jpn.hst1", "8-jpn-no-rules"))
        {
            await jpn.Go("/admin/pengingat");
            await Expect(jpn.Page.GetByText("Anda tidak berwenang membuka halaman ini")).ToBeVisibleAsync();
            await Expect(jpn.Page.GetByTestId("reminder-rule-row")).ToHaveCountAsync(0);
        }
        await using (var admin = await SignIn("admin", "9-admin-edits-rule"))
        {
            await admin.Steps(async page =>
            {
                await admin.Go("/admin/pengingat");
                var row = page.GetByTestId("reminder-rule-row").Filter(new() { HasText = "Hari panggilan" });
                await row.GetByTestId("edit-reminder-rule").ClickAsync();
                var dialog = page.Locator(".mud-dialog");
                await dialog.Locator(".reminder-offset input").FillAsync("-2");
                await admin.Screenshot("edit-dialog");
                await dialog.GetByTestId("command-confirm").ClickAsync();
                await Expect(row).ToContainTextAsync("H-2");
                await admin.Screenshot("rules");
            });
        }
    }

    private Task<UserSession> SignIn(string userName, string screenshotPrefix) =>
        UserSession.SignIn(_browser.Instance, _app.BaseUrl, userName, "reminders-" + screenshotPrefix);

    private static DateTimeOffset AtWita(DateOnly day, int hour, int minute) => new(day.ToDateTime(new TimeOnly(hour, minute)), Wita);

    /// <summary>The demo piutang iuran case that Rina Marlina (jpn.hst1) leads, and a BPJS officer of the office that granted it.</summary>
    private async Task<DemoCase> CaseOfRina()
    {
        await using var db = _app.ReadDatabase();
        var rina = await db.Users.Where(u => u.UserName == "jpn.hst1").Select(u => u.Id).SingleAsync();
        var found = await db.Skks
            .Where(s => s.Status == SkkStatus.Ditangani && s.CaseType == CaseType.PiutangIuran && s.KejaksaanOffice!.Code == "KEJARI-HST"
                && s.Teams.Any(t => t.IsActive && t.LeadJpnId == rina))
            .Select(s => new { s.Id, Employer = s.Employer!.Name, BpjsOffice = s.BpjsOffice!.Code })
            .SingleAsync();
        var officer = DemoData.Users.First(u => u.OfficeCode == found.BpjsOffice && u.Role == Roles.StafBpjs).UserName;
        return new DemoCase(found.Id, found.Employer, officer);
    }

    private async Task<DateOnly> SummonsDay(DemoCase subject, int sequence)
    {
        await using var db = _app.ReadDatabase();
        var at = await db.Summonses.Where(s => s.SkkId == subject.Id && s.Sequence == sequence).Select(s => s.ScheduledAt).SingleAsync();
        return DateOnly.FromDateTime(at + Wita);
    }

    private async Task<DateOnly> FirstInstallmentDue(DemoCase subject)
    {
        await using var db = _app.ReadDatabase();
        return await (from plan in db.InstallmentPlans
                      where plan.SkkId == subject.Id && plan.IsCurrent
                      join i in db.Installments on plan.Id equals i.PlanId
                      where i.Number == 1
                      select i.DueOn).SingleAsync();
    }

    private async Task<ReminderState> StateOf(DemoCase subject, ReminderKind kind)
    {
        await using var db = _app.ReadDatabase();
        return await db.Reminders.Where(r => r.SkkId == subject.Id && r.Kind == kind).Select(r => r.State).SingleAsync();
    }
}
