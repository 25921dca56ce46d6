using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Reminders;
using KejaksaanDatun.Core.Tests.Features;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Core.Tests.Reminders.Delivery;

public class ReminderEmailTests
{
    private static ReminderDispatcher DispatcherMailingTo(TestApp app, int port)
    {
        var sender = new SmtpEmailSender(new SmtpSettings("127.0.0.1", port, null, null, "KejaksaanDatun <pengingat@datun.test>"));
        var emails = ActivatorUtilities.CreateInstance<ReminderEmails>(app.Services, sender);
        return ActivatorUtilities.CreateInstance<ReminderDispatcher>(app.Services, emails);
    }

    [Fact]
    public async Task A_delivered_reminder_is_emailed_to_each_recipient_with_the_link_to_the_case()
    {
        await using var smtp = SmtpTestServer.Start();
        await using var app = await ReminderRows.StartWithoutDemoRemindersAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var reminder = await app.AddReminderAsync(ReminderKind.InstallmentDue, app.Clock.Now, skkId);

        Assert.Equal(1, await DispatcherMailingTo(app, smtp.Port).DispatchDueAsync());

        var received = smtp.Messages.OrderBy(m => m.Recipients[0]).ToList();
        Assert.Equal(["bpjs.bjm@demo.datun.id", "jpn.hst1@demo.datun.id"], received.Select(m => m.Recipients.Single()));
        var toJpn = received[1].Message;
        Assert.Equal("[KejaksaanDatun] Pengingat InstallmentDue", toJpn.Subject);
        Assert.Equal("pengingat@datun.test", toJpn.From.Mailboxes.Single().Address);
        Assert.Contains("Yth. Rina Marlina, S.H.", toJpn.TextBody);
        Assert.Contains($"http://localhost:5000/skk/{skkId}", toJpn.TextBody);
        await using var db = app.NewDb();
        Assert.All(await db.Notifications.Where(n => n.ReminderId == reminder).ToListAsync(),
            n => Assert.Equal(app.Clock.Now.UtcDateTime, n.EmailedAt));

        Assert.Equal(0, await DispatcherMailingTo(app, smtp.Port).DispatchDueAsync());
        Assert.Equal(2, smtp.Messages.Count);
    }

    [Fact]
    public async Task With_the_mail_server_down_the_notifications_are_made_and_the_emails_go_out_once_it_is_back()
    {
        var port = SmtpTestServer.FreePort();
        await using var app = await ReminderRows.StartWithoutDemoRemindersAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var reminder = await app.AddReminderAsync(ReminderKind.SummonsDay, app.Clock.Now, skkId);

        Assert.Equal(1, await DispatcherMailingTo(app, port).DispatchDueAsync());
        await using (var db = app.NewDb())
        {
            var notification = await db.Notifications.SingleAsync(n => n.ReminderId == reminder);
            Assert.Null(notification.EmailedAt);
        }

        await using var smtp = SmtpTestServer.Start(port);
        app.Clock.Now = app.Clock.Now.AddMinutes(1);
        Assert.Equal(0, await DispatcherMailingTo(app, port).DispatchDueAsync());
        Assert.Equal(0, await DispatcherMailingTo(app, port).DispatchDueAsync());

        var email = Assert.Single(smtp.Messages);
        Assert.Equal("jpn.hst1@demo.datun.id", email.Recipients.Single());
        await using var after = app.NewDb();
        Assert.Equal(1, await after.Notifications.CountAsync());
        Assert.Equal(app.Clock.Now.UtcDateTime, (await after.Notifications.SingleAsync()).EmailedAt);
    }

    [Fact]
    public async Task No_email_is_sent_for_a_rule_with_email_off()
    {
        await using var smtp = SmtpTestServer.Start();
        await using var app = await ReminderRows.StartWithoutDemoRemindersAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        await using (var db = app.NewDb())
        {
            await db.ReminderRules.Where(r => r.Kind == ReminderKind.SummonsDay).ExecuteUpdateAsync(s => s.SetProperty(r => r.SendEmail, false));
        }
        var reminder = await app.AddReminderAsync(ReminderKind.SummonsDay, app.Clock.Now, skkId);

        Assert.Equal(1, await DispatcherMailingTo(app, smtp.Port).DispatchDueAsync());

        Assert.Empty(smtp.Messages);
        Assert.Equal(["jpn.hst1"], await app.NotifiedAsync(reminder));
    }
}
