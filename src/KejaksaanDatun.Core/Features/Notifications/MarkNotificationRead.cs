using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Notifications;

/// <summary>Marks one of the user's own notifications read; reading it again keeps the first time it was read.</summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record MarkNotificationRead(long NotificationId) : ICommand<Unit>;

public sealed class MarkNotificationReadHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock)
    : ICommandHandler<MarkNotificationRead, Unit>
{
    public async ValueTask<Unit> Handle(MarkNotificationRead command, CancellationToken ct)
    {
        var userId = currentUser.User.UserId;
        // Someone else's notification is answered exactly like a missing one, so ids cannot be probed.
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == command.NotificationId && n.UserId == userId, ct)
            ?? throw new NotFoundOrNotAllowedException();
        notification.ReadAt ??= clock.UtcNow;
        return Unit.Value;
    }
}
