using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Reminders;
using KejaksaanDatun.Core.Tests.Features;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Core.Tests.Reminders.Delivery;

public class ConcurrentDispatchTests
{
    [Fact]
    public async Task Two_dispatchers_on_the_same_database_deliver_each_reminder_exactly_once()
    {
        await using var app = await ReminderRows.StartWithoutDemoRemindersAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        const int rounds = 3;
        // More than one batch per round, so that the two passes interleave batch by batch.
        var perRound = ReminderDispatcher.BatchSize + 50;
        var delivered = 0;
        for (var round = 0; round < rounds; round++)
        {
            await using (var db = app.NewDb())
            {
                var rule = await db.ReminderRules.FirstAsync(r => r.Kind == ReminderKind.InstallmentDue);
                var hst = await app.OfficeId("KEJARI-HST");
                db.Reminders.AddRange(Enumerable.Range(0, perRound).Select(i => new Reminder
                {
                    RuleId = rule.Id, Kind = rule.Kind, Subject = $"installment:{round}-{i}", SkkId = skkId, OfficeId = hst,
                    DueAt = app.Clock.Now.UtcDateTime.AddSeconds(-i), Key = $"{rule.Id}|installment:{round}-{i}",
                    Title = "Angsuran segera jatuh tempo", Message = "Angsuran jatuh tempo tiga hari lagi.", Link = $"/skk/{skkId}",
                    CreatedAt = app.Clock.Now.UtcDateTime,
                }));
                await db.SaveChangesAsync();
            }

            using var first = app.Services.CreateScope();
            using var second = app.Services.CreateScope();
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            async Task<int> Run(IServiceScope scope)
            {
                var dispatcher = scope.ServiceProvider.GetRequiredService<ReminderDispatcher>();
                await gate.Task;
                return await dispatcher.DispatchDueAsync();
            }
            var passes = new[] { Task.Run(() => Run(first)), Task.Run(() => Run(second)) };
            gate.SetResult();
            var counts = await Task.WhenAll(passes);

            Assert.Equal(perRound, counts.Sum());
            delivered += perRound;
            app.Clock.Now = app.Clock.Now.AddMinutes(1);
        }

        await using var check = app.NewDb();
        Assert.Equal(delivered, await check.Reminders.CountAsync(r => r.State == ReminderState.Delivered));
        // JPN and BPJS staff: two notifications per reminder, never a third.
        Assert.Equal(2 * delivered, await check.Notifications.CountAsync());
        Assert.False(await check.Notifications.GroupBy(n => new { n.ReminderId, n.UserId }).AnyAsync(g => g.Count() > 1));
    }
}
