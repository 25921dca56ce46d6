using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Features.Notifications;
using KejaksaanDatun.Web.Components.Layout;
using Mediator;
using MudBlazor;

namespace KejaksaanDatun.Web.Tests.Components.Layout;

public sealed class NotificationBellTests() : PageTestContext(Roles.Jpn, Institution.Kejaksaan)
{
    private static NotificationRow Row(long id, bool read) => new(id, $"Panggilan besok {id}", "PT Sawit Murakata Jaya, pukul 09.00.",
        $"/skk/{id}", new DateTime(2026, 3, 9, 8, 0, 0), OfficeTimeZone.WITA, read);

    private void Answer(int unread, params NotificationRow[] rows) =>
        Sender.On<CountMyUnreadNotifications>(_ => unread)
            .On<ListMyNotifications>(_ => new MyNotifications(new PagedResult<NotificationRow>(rows, rows.Length, 1, 8), unread));

    /// <summary>The menu's content is rendered by the popover provider of the layout, not inside the bell.</summary>
    private IRenderedComponent<MudPopoverProvider> Open(IRenderedComponent<NotificationBell> bell)
    {
        bell.Find("[data-testid=notification-bell] button").Click();
        Popovers.WaitForElement("[data-testid=notification-item]");
        return Popovers;
    }

    [Fact]
    public void The_bell_shows_the_unread_count_and_hides_it_at_zero()
    {
        Answer(3);
        var bell = Render<NotificationBell>();
        bell.WaitForAssertion(() => Assert.Equal("3", bell.Find("[data-testid=notification-count] .mud-badge").TextContent.Trim()));

        Answer(0);
        var quiet = Render<NotificationBell>();
        quiet.WaitForAssertion(() => Assert.Empty(quiet.FindAll("[data-testid=notification-count] .mud-badge")));
    }

    [Fact]
    public void Opening_the_bell_lists_the_latest_with_unread_ones_bold()
    {
        Answer(1, Row(2, read: false), Row(1, read: true));
        var bell = Render<NotificationBell>();

        var popovers = Open(bell);

        var items = popovers.FindAll("[data-testid=notification-item]");
        Assert.Equal(2, items.Count);
        Assert.Contains("Panggilan besok 2", items[0].TextContent);
        Assert.Contains("9 Maret 2026 08.00 WITA", items[0].TextContent);
        Assert.NotNull(items[0].QuerySelector(".notification-title.unread"));
        Assert.Null(items[1].QuerySelector(".notification-title.unread"));
        var list = Assert.Single(Sender.SentOf<ListMyNotifications>());
        Assert.Equal(8, list.PageSize);
    }

    [Fact]
    public void Clicking_an_unread_notification_marks_it_read_and_goes_to_its_case()
    {
        Answer(1, Row(7, read: false));
        Sender.On<MarkNotificationRead>(_ => Unit.Value);
        var bell = Render<NotificationBell>();
        var popovers = Open(bell);

        Sender.On<CountMyUnreadNotifications>(_ => 0);
        popovers.Find("[data-testid=notification-item]").Click();

        var marked = bell.WaitFor(() => Assert.Single(Sender.SentOf<MarkNotificationRead>()));
        Assert.Equal(7, marked.NotificationId);
        bell.WaitForAssertion(() => Assert.Equal("/skk/7", CurrentPath));
        bell.WaitForAssertion(() => Assert.Empty(bell.FindAll("[data-testid=notification-count] .mud-badge")));
    }

    [Fact]
    public void Mark_all_read_clears_the_count()
    {
        Answer(2, Row(2, read: false), Row(1, read: false));
        Sender.On<MarkAllMyNotificationsRead>(_ => 2);
        var bell = Render<NotificationBell>();
        var popovers = Open(bell);

        Answer(0, Row(2, read: true), Row(1, read: true));
        popovers.Find("[data-testid=mark-all-read]").Click();

        bell.WaitFor(() => Assert.Single(Sender.SentOf<MarkAllMyNotificationsRead>()));
        bell.WaitForAssertion(() => Assert.Empty(bell.FindAll("[data-testid=notification-count] .mud-badge")));
        popovers.WaitForAssertion(() => Assert.Empty(popovers.FindAll(".notification-title.unread")));
    }

    [Fact]
    public void Navigating_asks_for_the_count_again()
    {
        Answer(1);
        var bell = Render<NotificationBell>();
        bell.WaitForAssertion(() => Assert.Single(Sender.SentOf<CountMyUnreadNotifications>()));

        Answer(4);
        GoTo("/perkara");

        bell.WaitForAssertion(() => Assert.Equal("4", bell.Find("[data-testid=notification-count] .mud-badge").TextContent.Trim()));
    }
}
