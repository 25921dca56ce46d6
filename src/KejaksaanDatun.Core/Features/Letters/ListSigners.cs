using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Letters;

/// <summary>Who may sign the letters of a Kejaksaan office: its leadership (Kajari, Kasi Datun).</summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan)]
public sealed record ListSigners(int OfficeId) : IQuery<IReadOnlyList<SignerOption>>;

public sealed record SignerOption(string UserId, string FullName, string Jabatan);

public sealed class ListSignersHandler(DatunDbContext db, OfficeScope scope) : IQueryHandler<ListSigners, IReadOnlyList<SignerOption>>
{
    public async ValueTask<IReadOnlyList<SignerOption>> Handle(ListSigners query, CancellationToken ct)
    {
        if (!await scope.IsInScope(query.OfficeId, ct)) throw new NotFoundOrNotAllowedException();
        var leaderRoleIds = db.Roles.Where(r => r.Name == Roles.PimpinanKejaksaan).Select(r => r.Id);
        var leaderIds = db.UserRoles.Where(ur => leaderRoleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
        return await db.Users.Where(u => u.OfficeId == query.OfficeId && leaderIds.Contains(u.Id))
            .OrderBy(u => u.Jabatan.StartsWith("Kepala Kejaksaan") ? 1 : 0).ThenBy(u => u.FullName)
            .Select(u => new SignerOption(u.Id, u.FullName, u.Jabatan))
            .ToListAsync(ct);
    }
}
