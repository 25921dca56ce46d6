using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.ReminderRules;
using KejaksaanDatun.Web.Components.Pages.ReminderRules;
using Mediator;
using KejaksaanDatun.Web.Jobs;
using MudBlazor;

namespace KejaksaanDatun.Web.Tests.Components.Pages.ReminderRules;

public sealed class ReminderRuleAdminTests() : PageTestContext(Roles.Admin, Institution.Kejaksaan)
{
    private static readonly ReminderRuleRow Installment = new(3, ReminderKind.InstallmentDue, -3, new TimeOnly(8, 0),
        ReminderRecipients.JpnTeam | ReminderRecipients.BpjsStaff, SendEmail: true, IsEnabled: true, Version: 4);
    private static readonly ReminderRuleRow Idle = new(9, ReminderKind.CaseIdle, 30, new TimeOnly(8, 0),
        ReminderRecipients.JpnTeam, SendEmail: false, IsEnabled: false, Version: 1);

    private (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<ReminderRuleAdmin> Page) RenderPage()
    {
        Sender.On<ListReminderRules>(_ => new List<ReminderRuleRow> { Installment, Idle });
        var dialogs = Render<MudDialogProvider>();
        var page = Render<ReminderRuleAdmin>();
        page.WaitForElement("[data-testid=reminder-rule-row]");
        return (dialogs, page);
    }

    [Fact]
    public void The_rules_are_listed_with_their_day_recipients_and_channel()
    {
        var (_, page) = RenderPage();

        var rows = page.FindAll("[data-testid=reminder-rule-row]");
        Assert.Equal(2, rows.Count);
        Assert.Contains("Angsuran jatuh tempo", rows[0].TextContent);
        Assert.Contains("H-3", rows[0].TextContent);
        Assert.Contains("08.00", rows[0].TextContent);
        Assert.Contains("staf BPJS", rows[0].TextContent);
        Assert.Contains("H+30", rows[1].TextContent);
        Assert.Equal("/hangfire", page.Find("[data-testid=hangfire-dashboard]").GetAttribute("href"));
    }

    [Fact]
    public void Editing_a_rule_sends_the_change_with_the_loaded_version_and_reloads()
    {
        Sender.On<EditReminderRule>(_ => Unit.Value);
        var (dialogs, page) = RenderPage();

        page.FindAll("[data-testid=edit-reminder-rule]")[0].Click();
        dialogs.WaitForElement(".reminder-offset input").Input("-5");
        dialogs.Find(".reminder-recipient-BpjsStaff input").Change(false);
        dialogs.WaitForAssertion(() => Assert.Contains("H-5 pukul 08.00 waktu kantor, kepada JPN, notifikasi + e-mail", dialogs.Markup));
        dialogs.Find("#command-form").Submit();

        var sent = dialogs.WaitFor(() => Assert.Single(Sender.SentOf<EditReminderRule>()));
        Assert.Equal((3, ReminderKind.InstallmentDue, -5, ReminderRecipients.JpnTeam, 4L),
            (sent.RuleId, sent.Kind, sent.OffsetDays, sent.Recipients, sent.Version));
        page.WaitForAssertion(() => Assert.Equal(2, Sender.SentOf<ListReminderRules>().Count()));
        page.WaitForAssertion(() => Assert.Contains("Aturan pengingat disimpan; pengingat yang belum terkirim dijadwalkan ulang.", Snackbars));
        var sweep = Assert.Single(Jobs.Created);
        Assert.Equal((typeof(ReminderJobs), nameof(ReminderJobs.Sweep)), (sweep.Type, sweep.Method.Name));
    }

    [Fact]
    public void An_offset_after_the_due_date_is_refused_in_the_form()
    {
        Sender.On<EditReminderRule>(_ => Unit.Value);
        var (dialogs, page) = RenderPage();

        page.FindAll("[data-testid=edit-reminder-rule]")[0].Click();
        dialogs.WaitForElement(".reminder-offset input").Input("2");
        dialogs.Find("#command-form").Submit();

        dialogs.WaitForAssertion(() => Assert.Contains("Pengingat Angsuran jatuh tempo harus antara H-30 dan H dari tanggal jatuh tempo angsuran.", dialogs.Markup));
        Assert.Empty(Sender.SentOf<EditReminderRule>());
        Assert.Empty(Jobs.Created);
    }
}
