using System.Globalization;
using System.Security.Claims;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KejaksaanDatun.Web.Security;

/// <summary>Adds the user's full name and office to the identity Identity builds at sign-in.</summary>
public sealed class DatunClaimsPrincipalFactory(
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    IDbContextFactory<DatunDbContext> contexts)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        await using var db = await contexts.CreateDbContextAsync();
        var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == user.OfficeId);
        identity.AddClaims(
        [
            new Claim(DatunClaimTypes.FullName, user.FullName),
            new Claim(DatunClaimTypes.OfficeId, office.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(DatunClaimTypes.OfficePath, office.Path),
            new Claim(DatunClaimTypes.OfficeName, office.Name),
            new Claim(DatunClaimTypes.Institution, office.Institution.ToString()),
        ]);
        return identity;
    }
}
