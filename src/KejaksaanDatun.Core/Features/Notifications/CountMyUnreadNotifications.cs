using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Notifications;

/// <summary>The number on the bell; asked every half minute by every open tab, so it reads one index and nothing else.</summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record CountMyUnreadNotifications : IQuery<int>;

public sealed class CountMyUnreadNotificationsHandler(DatunDbContext db, CurrentUser currentUser) : IQueryHandler<CountMyUnreadNotifications, int>
{
    public async ValueTask<int> Handle(CountMyUnreadNotifications query, CancellationToken ct)
    {
        var userId = currentUser.User.UserId;
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);
    }
}
