using System.Collections.Concurrent;
using System.Reflection;
using Mediator;

namespace KejaksaanDatun.Core.Behaviors;

/// <summary>
/// Refuses a request unless the user holds one of the roles the request declares and, for a request about
/// one record, the record lies within the user's office scope. Runs before anything else, so nothing is
/// learned about data the user may not see.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(CurrentUser currentUser, OfficeScope scope)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly ConcurrentDictionary<Type, string[]> RolesByRequest = new();

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var user = currentUser.User;
        var allowed = RolesByRequest.GetOrAdd(typeof(TMessage), type =>
            type.GetCustomAttribute<AllowedRolesAttribute>()?.Roles
            ?? throw new InvalidOperationException($"{type.Name} declares no [AllowedRoles]."));
        if (!allowed.Any(user.IsInRole)) throw new NotAllowedException();

        if (message is ISkkRequest skk) await scope.EnsureSkkVisible(skk.SkkId, cancellationToken);
        if (message is IEmployerRequest employer) await scope.EnsureEmployerVisible(employer.EmployerId, cancellationToken);
        if (message is IAgreementRequest agreement) await scope.EnsureAgreementVisible(agreement.AgreementId, cancellationToken);

        return await next(message, cancellationToken);
    }
}
