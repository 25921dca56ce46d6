using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Notifications;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Notifications;

public class NotificationTests
{
    private static readonly DateTime Start = new(2026, 3, 9, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Notifications as the dispatcher leaves them: <paramref name="count"/> for the user, one hour apart, oldest first.</summary>
    private static async Task<List<long>> Deliver(TestApp app, UserContext user, int count, string title = "Panggilan besok")
    {
        await using var db = app.NewDb();
        var rows = Enumerable.Range(0, count).Select(i => new Notification
        {
            UserId = user.UserId, Title = $"{title} {i + 1}", Message = "PT Sawit Murakata Jaya, pukul 09.00.", Link = $"/skk/{i + 1}",
            CreatedAt = Start.AddHours(i),
        }).ToList();
        db.Notifications.AddRange(rows);
        await db.SaveChangesAsync();
        return rows.Select(r => r.Id).ToList();
    }

    [Fact]
    public async Task A_user_sees_their_own_notifications_newest_first_in_office_time_with_the_unread_count()
    {
        await using var app = await TestApp.StartAsync();
        var jpn = await app.As("jpn.hst1");
        await Deliver(app, jpn, 3);
        await Deliver(app, await app.As("jpn.hst2"), 2, "Untuk rekan");

        var mine = await app.Send(new ListMyNotifications(), jpn);

        Assert.Equal(3, mine.UnreadCount);
        Assert.Equal(3, mine.Page.TotalCount);
        Assert.Equal(["Panggilan besok 3", "Panggilan besok 2", "Panggilan besok 1"], mine.Page.Items.Select(n => n.Title));
        var oldest = mine.Page.Items[^1];
        // Kejari HST is in WITA: 00:00 UTC is 08:00 there.
        Assert.Equal((OfficeTimeZone.WITA, new DateTime(2026, 3, 9, 8, 0, 0)), (oldest.Zone, oldest.LocalCreatedAt));
        Assert.Equal("9 Maret 2026 08.00 WITA", oldest.When);
        Assert.Equal("/skk/1", oldest.Link);
        Assert.Equal(3, await app.Send(new CountMyUnreadNotifications(), jpn));
    }

    [Fact]
    public async Task Marking_one_read_lowers_the_count_and_the_unread_filter_and_order_follow()
    {
        await using var app = await TestApp.StartAsync();
        var jpn = await app.As("jpn.hst1");
        var ids = await Deliver(app, jpn, 5);
        app.Clock.Now = new DateTimeOffset(Start.AddDays(1));

        await app.Send(new MarkNotificationRead(ids[4]), jpn);
        await app.Send(new MarkNotificationRead(ids[4]), jpn);

        Assert.Equal(4, await app.Send(new CountMyUnreadNotifications(), jpn));
        var unread = await app.Send(new ListMyNotifications(UnreadOnly: true), jpn);
        Assert.DoesNotContain(unread.Page.Items, n => n.Id == ids[4]);
        Assert.Equal(4, unread.Page.TotalCount);
        var unreadFirst = await app.Send(new ListMyNotifications(UnreadFirst: true), jpn);
        Assert.Equal(ids[4], unreadFirst.Page.Items[^1].Id);
        Assert.True(unreadFirst.Page.Items[^1].IsRead);
        await using var db = app.NewDb();
        Assert.Equal(Start.AddDays(1), (await db.Notifications.SingleAsync(n => n.Id == ids[4])).ReadAt);
    }

    [Fact]
    public async Task The_list_is_paged()
    {
        await using var app = await TestApp.StartAsync();
        var jpn = await app.As("jpn.hst1");
        await Deliver(app, jpn, 12);

        var second = await app.Send(new ListMyNotifications(Page: 2, PageSize: 5), jpn);

        Assert.Equal((12, 3, 12), (second.Page.TotalCount, second.Page.PageCount, second.UnreadCount));
        Assert.Equal(["Panggilan besok 7", "Panggilan besok 6", "Panggilan besok 5", "Panggilan besok 4", "Panggilan besok 3"],
            second.Page.Items.Select(n => n.Title));
    }

    [Fact]
    public async Task Marking_all_read_marks_only_the_users_own()
    {
        await using var app = await TestApp.StartAsync();
        var jpn = await app.As("jpn.hst1");
        var colleague = await app.As("jpn.hst2");
        await Deliver(app, jpn, 4);
        await Deliver(app, colleague, 2);

        Assert.Equal(4, await app.Send(new MarkAllMyNotificationsRead(), jpn));

        Assert.Equal(0, await app.Send(new CountMyUnreadNotifications(), jpn));
        Assert.All((await app.Send(new ListMyNotifications(), jpn)).Page.Items, n => Assert.True(n.IsRead));
        Assert.Equal(2, await app.Send(new CountMyUnreadNotifications(), colleague));
        Assert.Equal(0, await app.Send(new MarkAllMyNotificationsRead(), jpn));
    }

    [Fact]
    public async Task Another_users_notification_cannot_be_marked_read_and_stays_unread()
    {
        await using var app = await TestApp.StartAsync();
        var colleague = await app.As("jpn.hst2");
        var theirs = (await Deliver(app, colleague, 1)).Single();

        var jpn = await app.As("jpn.hst1");
        var admin = await app.As("admin");
        await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(() => app.Send(new MarkNotificationRead(theirs), jpn));
        await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(() => app.Send(new MarkNotificationRead(theirs), admin));
        await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(() => app.Send(new MarkNotificationRead(long.MaxValue), colleague));

        await using var db = app.NewDb();
        Assert.Null((await db.Notifications.SingleAsync(n => n.Id == theirs)).ReadAt);
        Assert.Equal(1, await app.Send(new CountMyUnreadNotifications(), colleague));
    }

    [Theory]
    [InlineData("bpjs.bjm")]
    [InlineData("pimpinan.bpjs.bjm")]
    [InlineData("kajari.hst")]
    [InlineData("admin")]
    public async Task Every_role_has_a_notification_centre(string userName)
    {
        await using var app = await TestApp.StartAsync();
        var user = await app.As(userName);
        await Deliver(app, user, 2);

        Assert.Equal(2, (await app.Send(new ListMyNotifications(), user)).UnreadCount);
        Assert.Equal(2, await app.Send(new MarkAllMyNotificationsRead(), user));
    }
}
