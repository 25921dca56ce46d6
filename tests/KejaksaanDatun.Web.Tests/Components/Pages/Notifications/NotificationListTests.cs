using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Features.Notifications;
using KejaksaanDatun.Web.Components.Pages.Notifications;
using Mediator;

namespace KejaksaanDatun.Web.Tests.Components.Pages.Notifications;

public sealed class NotificationListTests() : PageTestContext(Roles.StafBpjs, Institution.Bpjs)
{
    private static NotificationRow Row(long id, bool read) => new(id, $"Angsuran jatuh tempo {id}", "PT Sawit Murakata Jaya, angsuran ke-2.",
        $"/skk/{id}", new DateTime(2026, 3, 9, 8, 0, 0), OfficeTimeZone.WITA, read);

    private void Answer(int unread, params NotificationRow[] rows) =>
        Sender.On<ListMyNotifications>(q => new MyNotifications(
            new PagedResult<NotificationRow>(q.UnreadOnly ? rows.Where(r => !r.IsRead).ToList() : rows, rows.Length, 1, 20), unread));

    [Fact]
    public void Unread_notifications_are_shown_first_and_all_on_request()
    {
        Answer(1, Row(2, read: false), Row(1, read: true));
        var page = Render<NotificationList>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=notification-item]")));
        Assert.True(Assert.Single(Sender.SentOf<ListMyNotifications>()).UnreadOnly);
        Assert.Equal("/skk/2", page.Find("[data-testid=notification-item] a").GetAttribute("href"));

        page.FindAll("[data-testid=notification-filter] button")[1].Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=notification-item]").Count));
        Assert.False(Sender.SentOf<ListMyNotifications>().Last().UnreadOnly);
    }

    [Fact]
    public void One_or_all_are_marked_read()
    {
        Answer(2, Row(2, read: false), Row(1, read: false));
        Sender.On<MarkNotificationRead>(_ => Unit.Value).On<MarkAllMyNotificationsRead>(_ => 2);
        var page = Render<NotificationList>();

        page.WaitForElement("[data-testid=mark-read]").Click();
        var marked = page.WaitFor(() => Assert.Single(Sender.SentOf<MarkNotificationRead>()));
        Assert.Equal(2, marked.NotificationId);

        page.Find("[data-testid=mark-all-read]").Click();
        page.WaitFor(() => Assert.Single(Sender.SentOf<MarkAllMyNotificationsRead>()));
        page.WaitForAssertion(() => Assert.Contains("Semua notifikasi ditandai dibaca.", Snackbars));
    }
}
