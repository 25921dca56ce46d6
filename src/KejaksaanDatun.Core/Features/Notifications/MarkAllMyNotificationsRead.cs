using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Notifications;

/// <summary>Marks every unread notification of the user read; returns how many were unread.</summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record MarkAllMyNotificationsRead : ICommand<int>;

public sealed class MarkAllMyNotificationsReadHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock)
    : ICommandHandler<MarkAllMyNotificationsRead, int>
{
    public async ValueTask<int> Handle(MarkAllMyNotificationsRead command, CancellationToken ct)
    {
        var userId = currentUser.User.UserId;
        var now = clock.UtcNow;
        // One UPDATE in the command's transaction: a user may have thousands unread after a long leave. Notifications
        // are not audited, so bypassing the change tracker loses nothing.
        return await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}
