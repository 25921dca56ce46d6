using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Offices;

/// <summary>The JPN of one Kejaksaan office within the user's scope, to pick a team from or filter by.</summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record ListJpn(int OfficeId) : IQuery<IReadOnlyList<JpnOption>>;

public sealed record JpnOption(string UserId, string FullName, string Pangkat, string Nip);

public sealed class ListJpnHandler(DatunDbContext db, OfficeScope scope) : IQueryHandler<ListJpn, IReadOnlyList<JpnOption>>
{
    public async ValueTask<IReadOnlyList<JpnOption>> Handle(ListJpn query, CancellationToken ct)
    {
        if (!await scope.IsInScope(query.OfficeId, ct)) throw new NotFoundOrNotAllowedException();
        return await JpnDirectory.JpnOf(db, query.OfficeId)
            .OrderBy(u => u.FullName)
            .Select(u => new JpnOption(u.Id, u.FullName, u.Pangkat, u.Nip))
            .ToListAsync(ct);
    }
}

public static class JpnDirectory
{
    /// <summary>Users of the office who hold the JPN role.</summary>
    public static IQueryable<AppUser> JpnOf(DatunDbContext db, int officeId)
    {
        var jpnRoleIds = db.Roles.Where(r => r.Name == Roles.Jpn).Select(r => r.Id);
        var jpnUserIds = db.UserRoles.Where(ur => jpnRoleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
        return db.Users.Where(u => u.OfficeId == officeId && jpnUserIds.Contains(u.Id));
    }
}
