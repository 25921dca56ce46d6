using System.Globalization;
using System.Security.Claims;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Web.Security;

/// <summary>Reads the <see cref="UserContext"/> back out of the claims <see cref="DatunClaimsPrincipalFactory"/> wrote.</summary>
public static class UserContextClaims
{
    /// <summary>The user the claims describe, or null when the principal is anonymous or its cookie predates these claims.</summary>
    public static UserContext? ToUserContext(this ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var officeId = principal.FindFirstValue(DatunClaimTypes.OfficeId);
        var officePath = principal.FindFirstValue(DatunClaimTypes.OfficePath);
        var institution = principal.FindFirstValue(DatunClaimTypes.Institution);
        if (userId is null || officeId is null || officePath is null || institution is null) return null;

        return new UserContext(
            userId,
            principal.FullName(),
            int.Parse(officeId, CultureInfo.InvariantCulture),
            officePath,
            Enum.Parse<Institution>(institution),
            principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet());
    }

    public static string FullName(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(DatunClaimTypes.FullName) ?? principal.Identity?.Name ?? "";

    public static string OfficeName(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(DatunClaimTypes.OfficeName) ?? "";

    /// <summary>The Indonesian labels of the user's roles, e.g. "Jaksa Pengacara Negara".</summary>
    public static string RoleLabels(this ClaimsPrincipal principal) =>
        string.Join(", ", principal.FindAll(ClaimTypes.Role).Select(c => Roles.Label(c.Value)));
}
