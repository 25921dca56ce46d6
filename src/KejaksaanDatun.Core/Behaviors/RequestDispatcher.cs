using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Core.Behaviors;

/// <summary>
/// Sends a request in a DI scope of its own, on behalf of a user. A Blazor circuit lives for as long as the
/// browser tab; a scope per request keeps each DbContext short-lived and each request's user explicit.
/// </summary>
public sealed class RequestDispatcher(IServiceScopeFactory scopes)
{
    public async Task<TResponse> Send<TResponse>(ICommand<TResponse> command, UserContext user, CancellationToken ct = default)
    {
        await using var scope = Begin(user);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, ct);
    }

    public async Task<TResponse> Send<TResponse>(IQuery<TResponse> query, UserContext user, CancellationToken ct = default)
    {
        await using var scope = Begin(user);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, ct);
    }

    private AsyncServiceScope Begin(UserContext user)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(user);
        return scope;
    }
}
