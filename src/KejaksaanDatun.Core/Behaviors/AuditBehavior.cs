using KejaksaanDatun.Core.Data;
using Mediator;

namespace KejaksaanDatun.Core.Behaviors;

/// <summary>
/// Names the user and the command on every change the command saves: the DbContext writes one append-only
/// audit entry per changed row (who, when, which command, the values before and after) in the same transaction.
/// </summary>
public sealed class AuditBehavior<TMessage, TResponse>(DatunDbContext db, CurrentUser currentUser, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IBaseCommand)
        {
            var user = currentUser.User;
            db.AuditStamp = new AuditStamp(user.UserId, user.Name, typeof(TMessage).Name, clock.GetUtcNow().UtcDateTime);
        }
        return next(message, cancellationToken);
    }
}
