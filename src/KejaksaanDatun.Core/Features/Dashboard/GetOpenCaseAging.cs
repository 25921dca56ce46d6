using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;

namespace KejaksaanDatun.Core.Features.Dashboard;

/// <summary>
/// The cases in progress at the end of the period (<see cref="CaseFigures.InProgress"/>) by age: calendar days from
/// handover to the reference day, which is the period's last day, or today at the chosen office when the period ends
/// later. Every bucket is listed, in order, zeros included.
/// </summary>
[AllowedRoles(Roles.PimpinanKejaksaan, Roles.PimpinanBpjs, Roles.StafBpjs, Roles.Jpn, Roles.Admin)]
public sealed record GetOpenCaseAging(DashboardFilter Filter) : IQuery<IReadOnlyList<AgingRow>>, IDashboardQuery;

public sealed class GetOpenCaseAgingValidator : DashboardQueryValidator<GetOpenCaseAging>;

public enum AgingBucket { UpTo30, UpTo90, UpTo180, UpTo365, Over365 }

public static class AgingBuckets
{
    public const int UpTo30 = 30, UpTo90 = 90, UpTo180 = 180, UpTo365 = 365;

    public static string Label(AgingBucket bucket) => bucket switch
    {
        AgingBucket.UpTo30 => "0–30 hari",
        AgingBucket.UpTo90 => "31–90 hari",
        AgingBucket.UpTo180 => "91–180 hari",
        AgingBucket.UpTo365 => "181–365 hari",
        _ => "Lebih dari 365 hari",
    };
}

public sealed record AgingRow(AgingBucket Bucket, int Cases, long ArrearsSen)
{
    public Money Arrears => new(ArrearsSen);
    public string Label => AgingBuckets.Label(Bucket);
}

public sealed class GetOpenCaseAgingHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock)
    : IQueryHandler<GetOpenCaseAging, IReadOnlyList<AgingRow>>
{
    public async ValueTask<IReadOnlyList<AgingRow>> Handle(GetOpenCaseAging query, CancellationToken ct)
    {
        var scope = await DashboardScope.ResolveAsync(db, currentUser.User, query.Filter, clock.UtcNow, ct);
        var byBucket = await scope.InProgress().TallyBy(f => f.Category, ct);
        return Enum.GetValues<AgingBucket>().Select(b => new AgingRow(b, byBucket[(int)b].Count, byBucket[(int)b].Sum)).ToList();
    }
}
