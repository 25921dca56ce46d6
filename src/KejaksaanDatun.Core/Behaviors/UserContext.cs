using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Behaviors;

/// <summary>The signed-in user as every request sees it: identity, roles and office (with its subtree path).</summary>
public sealed record UserContext(
    string UserId,
    string Name,
    int OfficeId,
    string OfficePath,
    Institution Institution,
    IReadOnlySet<string> Roles)
{
    public bool IsInRole(string role) => Roles.Contains(role);
    public bool IsAdmin => Roles.Contains(Domain.Roles.Admin);
    public Actor Actor => new(UserId, Name);
}

/// <summary>Holds the user for the current request scope; set by <see cref="RequestDispatcher"/>.</summary>
public sealed class CurrentUser
{
    private UserContext? _user;

    public UserContext User => _user ?? throw new NotAllowedException("Silakan masuk terlebih dahulu.");
    public bool IsSignedIn => _user is not null;
    public void Set(UserContext user) => _user = user;
}
