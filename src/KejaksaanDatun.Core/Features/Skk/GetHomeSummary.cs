using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Skk;

/// <summary>The counts on the Beranda: SKK per status within the user's scope, and the user's own cases.</summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record GetHomeSummary : IQuery<HomeSummary>;

public sealed record HomeSummary(IReadOnlyDictionary<SkkStatus, int> CountByStatus, long OpenArrearsSen, int MyOpenCases)
{
    public int Count(SkkStatus status) => CountByStatus.GetValueOrDefault(status);
    public Money OpenArrears => new(OpenArrearsSen);
}

public sealed class GetHomeSummaryHandler(DatunDbContext db, CurrentUser currentUser) : IQueryHandler<GetHomeSummary, HomeSummary>
{
    public async ValueTask<HomeSummary> Handle(GetHomeSummary query, CancellationToken ct)
    {
        var user = currentUser.User;
        var skks = db.Skks.VisibleTo(user);
        var counts = await skks.GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var openStatuses = new[] { SkkStatus.Diserahkan, SkkStatus.Diterima, SkkStatus.Ditangani };
        var openArrears = await skks.Where(s => openStatuses.Contains(s.Status)).SumAsync(s => s.TotalArrearsSen, ct);
        var mine = await skks.CountAsync(s => openStatuses.Contains(s.Status)
            && s.Teams.Any(t => t.IsActive && t.Members.Any(m => m.UserId == user.UserId)), ct);
        return new HomeSummary(counts.ToDictionary(c => c.Key, c => c.Count), openArrears, mine);
    }
}
