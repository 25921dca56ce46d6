using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Notifications;

/// <summary>The signed-in user's notifications, newest first (or unread ones first), with how many are unread in all.</summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record ListMyNotifications(int Page = 1, int PageSize = 20, bool UnreadOnly = false, bool UnreadFirst = false)
    : IQuery<MyNotifications>;

public sealed record MyNotifications(PagedResult<NotificationRow> Page, int UnreadCount);

/// <summary>One notification, its time already in the user's office time zone.</summary>
public sealed record NotificationRow(long Id, string Title, string Message, string Link, DateTime LocalCreatedAt, OfficeTimeZone Zone, bool IsRead)
{
    /// <summary><c>16 Februari 2026 08.00 WITA</c></summary>
    public string When => $"{IndonesianFormat.Date(DateOnly.FromDateTime(LocalCreatedAt))} {LocalCreatedAt:HH.mm} {Zone}";
}

public sealed class ListMyNotificationsHandler(DatunDbContext db, CurrentUser currentUser) : IQueryHandler<ListMyNotifications, MyNotifications>
{
    public async ValueTask<MyNotifications> Handle(ListMyNotifications query, CancellationToken ct)
    {
        var user = currentUser.User;
        // Times are shown on the reader's own office clock, even for a reminder about a case in another time zone.
        var zone = await db.Offices.Where(o => o.Id == user.OfficeId).Select(o => o.TimeZone).SingleAsync(ct);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == user.UserId);
        var unread = await mine.CountAsync(n => n.ReadAt == null, ct);

        var filtered = query.UnreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        var ordered = query.UnreadFirst
            ? filtered.OrderBy(n => n.ReadAt == null ? 0 : 1).ThenByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            : filtered.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id);
        var page = await ordered.Select(n => new { n.Id, n.Title, n.Message, n.Link, n.CreatedAt, n.ReadAt })
            .ToPageAsync(query.Page, query.PageSize, ct);

        var rows = page.Items.Select(n => new NotificationRow(n.Id, n.Title, n.Message, n.Link,
            OfficeClock.ToLocal(n.CreatedAt, zone), zone, n.ReadAt is not null)).ToList();
        return new MyNotifications(new PagedResult<NotificationRow>(rows, page.TotalCount, page.Page, page.PageSize), unread);
    }
}
