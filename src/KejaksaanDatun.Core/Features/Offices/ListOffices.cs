using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Offices;

/// <summary>
/// The office directory (names and places only, no case data), e.g. to address an SKK to a Kejari in
/// another subtree. <see cref="InMyScopeOnly"/> narrows it to the user's own subtree, for filters.
/// </summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record ListOffices(bool InMyScopeOnly = false) : IQuery<IReadOnlyList<OfficeOption>>;

public sealed record OfficeOption(int Id, string Code, string Name, OfficeKind Kind, int? ParentId, string Path, OfficeTimeZone TimeZone,
    string HeadName, string HeadTitle)
{
    public Institution Institution => OfficeKinds.InstitutionOf(Kind);
    public bool CanReceiveSkk => OfficeKinds.CanReceiveSkk(Kind);
    /// <summary>Depth in its tree, for indenting.</summary>
    public int Depth => Path.Count(c => c == '/') - 2;
}

public sealed class ListOfficesHandler(DatunDbContext db, CurrentUser currentUser) : IQueryHandler<ListOffices, IReadOnlyList<OfficeOption>>
{
    public async ValueTask<IReadOnlyList<OfficeOption>> Handle(ListOffices query, CancellationToken ct)
    {
        var offices = query.InMyScopeOnly ? db.Offices.InScopeOf(currentUser.User) : db.Offices;
        return await offices.OrderBy(o => o.Path)
            .Select(o => new OfficeOption(o.Id, o.Code, o.Name, o.Kind, o.ParentId, o.Path, o.TimeZone, o.HeadName, o.HeadTitle))
            .ToListAsync(ct);
    }
}
