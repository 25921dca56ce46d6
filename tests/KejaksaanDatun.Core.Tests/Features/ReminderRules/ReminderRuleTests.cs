using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.ReminderRules;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.ReminderRules;

public class ReminderRuleTests
{
    private static async Task<ReminderRuleRow> Rule(TestApp app, ReminderKind kind, int offsetDays) =>
        (await app.Send(new ListReminderRules(), await app.As("admin"))).Single(r => r.Kind == kind && r.OffsetDays == offsetDays);

    [Fact]
    public async Task The_admin_sees_the_default_rules_described_in_indonesian()
    {
        await using var app = await TestApp.StartAsync();

        var rules = await app.Send(new ListReminderRules(), await app.As("admin"));

        Assert.Equal(10, rules.Count);
        Assert.Equal(ReminderKind.SummonsDay, rules[0].Kind);
        var installment = rules.Single(r => r.Kind == ReminderKind.InstallmentDue);
        Assert.Equal(("Angsuran jatuh tempo", "H-3"), (installment.KindLabel, installment.OffsetLabel));
        Assert.Equal(["JPN", "staf BPJS"], installment.RecipientLabels);
        Assert.Equal("H-3 pukul 08.00 waktu kantor, kepada JPN dan staf BPJS, notifikasi + e-mail", installment.Description);
        Assert.Equal("H+1", rules.Single(r => r.Kind == ReminderKind.BrokenPromise).OffsetLabel);
        Assert.Equal("tgl. 5", rules.Single(r => r.Kind == ReminderKind.MonthlyReportDue).OffsetLabel);
        Assert.Equal([-30, -7], rules.Where(r => r.Kind == ReminderKind.SkkExpiry).Select(r => r.OffsetDays));
    }

    [Theory]
    [InlineData("jpn.hst1")]
    [InlineData("kajari.hst")]
    [InlineData("bpjs.bjm")]
    [InlineData("pimpinan.bpjs.kanwil")]
    public async Task Nobody_but_the_admin_lists_or_edits_the_rules(string userName)
    {
        await using var app = await TestApp.StartAsync();
        var rule = await Rule(app, ReminderKind.SummonsDay, -1);
        var user = await app.As(userName);

        await Assert.ThrowsAsync<NotAllowedException>(() => app.Send(new ListReminderRules(), user));
        var edit = EditReminderRule.From(rule);
        edit.OffsetDays = -2;
        await Assert.ThrowsAsync<NotAllowedException>(() => app.Send(edit, user));
        Assert.Equal(rule, await Rule(app, ReminderKind.SummonsDay, -1));
    }

    [Fact]
    public async Task The_admin_edits_a_rule_and_the_change_is_audited()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.As("admin");
        var rule = await Rule(app, ReminderKind.InstallmentDue, -3);
        var edit = EditReminderRule.From(rule);
        edit.OffsetDays = -5;
        edit.LocalTime = new TimeOnly(7, 30);
        edit.Recipients = ReminderRecipients.JpnTeam | ReminderRecipients.BpjsLeadership;
        edit.SendEmail = false;
        edit.IsEnabled = false;

        await app.Send(edit, admin);

        var saved = await Rule(app, ReminderKind.InstallmentDue, -5);
        Assert.Equal(rule.Id, saved.Id);
        Assert.Equal((new TimeOnly(7, 30), false, false, rule.Version + 1), (saved.LocalTime, saved.SendEmail, saved.IsEnabled, saved.Version));
        Assert.Equal("H-5 pukul 07.30 waktu kantor, kepada JPN dan pimpinan BPJS, notifikasi saja", saved.Description);
        await using var db = app.NewDb();
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(ReminderRule) && a.Action == nameof(EditReminderRule));
        Assert.Equal((admin.UserId, rule.Id.ToString()), (audit.UserId, audit.EntityKey));
        Assert.Contains("-3", audit.Before);
        Assert.Contains("-5", audit.After);
    }

    [Theory]
    [InlineData(ReminderKind.SkkExpiry, -30, 3, "SKK berakhir harus antara H-180 dan H-1")]
    [InlineData(ReminderKind.SkkExpiry, -30, 0, "SKK berakhir harus antara H-180 dan H-1")]
    [InlineData(ReminderKind.AgreementExpiry, -60, -400, "MoU/PKS berakhir harus antara H-365 dan H-1")]
    [InlineData(ReminderKind.BrokenPromise, 1, -1, "Ingkar janji harus antara H+1 dan H+30")]
    [InlineData(ReminderKind.SummonsMissed, 1, 0, "Panggilan tidak dihadiri harus antara H+1 dan H+30")]
    [InlineData(ReminderKind.CaseIdle, 30, -30, "Perkara tidak bergerak harus antara H+7 dan H+365")]
    [InlineData(ReminderKind.SummonsDay, -1, 2, "Hari panggilan harus antara H-14 dan H")]
    [InlineData(ReminderKind.MonthlyReportDue, 4, 30, "Laporan bulanan harus antara tgl. 1 dan tgl. 28")]
    public async Task An_offset_on_the_wrong_side_or_too_far_is_refused(ReminderKind kind, int current, int offset, string message)
    {
        await using var app = await TestApp.StartAsync();
        var rule = await Rule(app, kind, current);
        var edit = EditReminderRule.From(rule);
        edit.OffsetDays = offset;

        var refused = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.Send(edit, await app.As("admin")));

        Assert.Contains(refused.Errors, e => e.Field == nameof(EditReminderRule.OffsetDays) && e.Message.Contains(message));
        Assert.Equal(rule, await Rule(app, kind, current));
    }

    [Fact]
    public async Task A_rule_without_recipients_or_with_seconds_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var rule = await Rule(app, ReminderKind.CaseIdle, 30);
        var edit = EditReminderRule.From(rule);
        edit.Recipients = ReminderRecipients.None;
        edit.LocalTime = new TimeOnly(8, 0, 15);

        var refused = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.Send(edit, await app.As("admin")));

        Assert.Contains(refused.Errors, e => e.Field == nameof(EditReminderRule.Recipients) && e.Message == "Pilih sedikitnya satu penerima.");
        Assert.Contains(refused.Errors, e => e.Field == nameof(EditReminderRule.LocalTime));
        Assert.Equal(rule, await Rule(app, ReminderKind.CaseIdle, 30));
    }

    [Fact]
    public async Task A_second_rule_of_the_same_kind_and_day_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var rule = await Rule(app, ReminderKind.SkkExpiry, -30);
        var edit = EditReminderRule.From(rule);
        edit.OffsetDays = -7;

        var refused = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.Send(edit, await app.As("admin")));

        Assert.Equal("Aturan SKK berakhir H-7 sudah ada. Ubah aturan itu, atau pilih hari lain.", Assert.Single(refused.Errors).Message);
        Assert.Equal(rule, await Rule(app, ReminderKind.SkkExpiry, -30));
    }

    [Fact]
    public async Task The_kind_of_a_rule_cannot_be_changed()
    {
        await using var app = await TestApp.StartAsync();
        var rule = await Rule(app, ReminderKind.SkkExpiry, -30);
        var edit = EditReminderRule.From(rule);
        edit.Kind = ReminderKind.AgreementExpiry;
        edit.OffsetDays = -45;

        await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(async () => await app.Send(edit, await app.As("admin")));
        Assert.Equal(rule, await Rule(app, ReminderKind.SkkExpiry, -30));
    }

    [Fact]
    public async Task An_edit_of_a_stale_version_is_refused_and_the_first_edit_is_kept()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.As("admin");
        var loaded = await Rule(app, ReminderKind.SummonsDay, -1);
        var first = EditReminderRule.From(loaded);
        first.LocalTime = new TimeOnly(7, 0);
        var second = EditReminderRule.From(loaded);
        second.OffsetDays = -2;

        await app.Send(first, admin);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => app.Send(second, admin));

        var saved = await Rule(app, ReminderKind.SummonsDay, -1);
        Assert.Equal((new TimeOnly(7, 0), loaded.Version + 1), (saved.LocalTime, saved.Version));
        await using var db = app.NewDb();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(ReminderRule) && a.Action == nameof(EditReminderRule)));
    }
}
