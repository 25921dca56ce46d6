using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Web.Security;
using Mediator;
using Microsoft.AspNetCore.Components.Authorization;

namespace KejaksaanDatun.Web.Requests;

/// <summary>
/// How a component sends a use case: <c>await Requests.Send(new SomeQuery(...))</c>. The request runs through the
/// Core pipeline (authorisation, office scope, validation, transaction) on behalf of the signed-in user, in a DI
/// scope of its own. Exceptions of the pipeline propagate; wrap the call in <see cref="UiActions.Run"/> to show them.
/// </summary>
public sealed class UserRequests : IDisposable
{
    private readonly AuthenticationStateProvider _authentication;
    private readonly RequestDispatcher _dispatcher;
    private Task<UserContext?>? _user;

    public UserRequests(AuthenticationStateProvider authentication, RequestDispatcher dispatcher)
    {
        _authentication = authentication;
        _dispatcher = dispatcher;
        // Scoped means per circuit; forget the cached user when the circuit's authentication changes.
        _authentication.AuthenticationStateChanged += ForgetUser;
    }

    /// <summary>The signed-in user, read once per circuit from the sign-in claims; null when nobody is signed in.</summary>
    public Task<UserContext?> CurrentUser() => _user ??= ReadUser();

    public async Task<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken ct = default) =>
        await _dispatcher.Send(command, await RequireUser(), ct);

    public async Task<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken ct = default) =>
        await _dispatcher.Send(query, await RequireUser(), ct);

    private async Task<UserContext> RequireUser() =>
        await CurrentUser() ?? throw new NotAllowedException("Silakan masuk terlebih dahulu.");

    private async Task<UserContext?> ReadUser() =>
        (await _authentication.GetAuthenticationStateAsync()).User.ToUserContext();

    private void ForgetUser(Task<AuthenticationState> _) => _user = null;

    public void Dispose() => _authentication.AuthenticationStateChanged -= ForgetUser;
}
