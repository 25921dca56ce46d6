using KejaksaanDatun.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Behaviors;

/// <summary>
/// Builds a user's request context from the database, for work that runs without a signed-in browser:
/// background jobs act on behalf of the user who started them, with that user's roles and office scope.
/// </summary>
public static class UserContextLoader
{
    public static async Task<UserContext> LoadAsync(DatunDbContext db, string userId, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().Include(u => u.Office).SingleAsync(u => u.Id == userId, ct);
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(ct);
        return new UserContext(user.Id, user.FullName, user.OfficeId, user.Office!.Path, user.Office.Institution, roles.ToHashSet());
    }
}
