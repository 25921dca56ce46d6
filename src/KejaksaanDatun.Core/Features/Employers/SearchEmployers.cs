using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Employers;

public enum EmployerSort { Name, Npp, District, WorkerCount }

[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record SearchEmployers : IQuery<PagedResult<EmployerRow>>
{
    /// <summary>Part of the name, or the NPP.</summary>
    public string? Text { get; init; }
    /// <summary>Only employers without an SKK yet (to draft one).</summary>
    public bool WithoutSkkOnly { get; init; }
    public EmployerSort Sort { get; init; } = EmployerSort.Name;
    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}

public sealed record EmployerRow(int Id, string Name, string? Npp, string District, string Sector, int WorkerCount, string BpjsOfficeName, int SkkCount);

public sealed class SearchEmployersHandler(DatunDbContext db, CurrentUser currentUser)
    : IQueryHandler<SearchEmployers, PagedResult<EmployerRow>>
{
    public async ValueTask<PagedResult<EmployerRow>> Handle(SearchEmployers query, CancellationToken ct)
    {
        var user = currentUser.User;
        var visibleSkks = db.Skks.VisibleTo(user);
        var employers = db.Employers.VisibleTo(db.Skks, user);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var pattern = TextSearch.Contains(query.Text);
            var npp = query.Text.Trim();
            employers = employers.Where(e => EF.Functions.Like(e.Name, pattern, TextSearch.Escape) || e.Npp == npp);
        }
        if (query.WithoutSkkOnly) employers = employers.Where(e => !db.Skks.Any(s => s.EmployerId == e.Id));

        employers = (query.Sort, query.Descending) switch
        {
            (EmployerSort.Npp, false) => employers.OrderBy(e => e.Npp).ThenBy(e => e.Id),
            (EmployerSort.Npp, true) => employers.OrderByDescending(e => e.Npp).ThenBy(e => e.Id),
            (EmployerSort.District, false) => employers.OrderBy(e => e.District).ThenBy(e => e.Name),
            (EmployerSort.District, true) => employers.OrderByDescending(e => e.District).ThenBy(e => e.Name),
            (EmployerSort.WorkerCount, false) => employers.OrderBy(e => e.WorkerCount).ThenBy(e => e.Id),
            (EmployerSort.WorkerCount, true) => employers.OrderByDescending(e => e.WorkerCount).ThenBy(e => e.Id),
            (_, true) => employers.OrderByDescending(e => e.Name).ThenBy(e => e.Id),
            _ => employers.OrderBy(e => e.Name).ThenBy(e => e.Id),
        };

        return await employers
            .Select(e => new EmployerRow(e.Id, e.Name, e.Npp, e.District, e.Sector, e.WorkerCount, e.BpjsOffice!.Name,
                visibleSkks.Count(s => s.EmployerId == e.Id)))
            .ToPageAsync(query.Page, query.PageSize, ct);
    }
}
