using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Dashboard;

/// <summary>
/// An office's target against its realisation. The target is the sum of the office's <see cref="OfficeTarget"/>s of
/// the years the period touches (one year for the usual yearly report); the realisation is the office subtree's
/// <see cref="CaseFigures.RecoveredSen"/> and <see cref="CaseFigures.Finished"/> in the period.
/// </summary>
public sealed record TargetProgress(long? TargetRecoveredSen, int? TargetFinishedCases, long RecoveredSen, int Finished)
{
    public Money? TargetRecovered => TargetRecoveredSen is { } sen ? new Money(sen) : null;

    /// <summary>Recovered as a percentage of the target, one decimal; above 100 when the target is exceeded.</summary>
    public decimal? RecoveredAchievement => Percent(RecoveredSen, TargetRecoveredSen);

    public decimal? FinishedAchievement => Percent(Finished, TargetFinishedCases);

    private static decimal? Percent(long realised, long? target) =>
        target is > 0 ? Math.Round(realised * 100m / target.Value, 1, MidpointRounding.AwayFromZero) : null;

    internal static TargetProgress Of(OfficeTargetSum? target, CaseFigures realised) =>
        new(target?.RecoveredSen, target?.FinishedCases, realised.RecoveredSen, realised.Finished);
}

internal sealed record OfficeTargetSum(long RecoveredSen, int? FinishedCases);

internal static class OfficeTargets
{
    /// <summary>The targets of the offices summed over the years the period touches; offices without one are absent.</summary>
    public static async Task<Dictionary<int, OfficeTargetSum>> ForAsync(DatunDbContext db, IReadOnlyCollection<int> officeIds,
        DashboardPeriod period, CancellationToken ct)
    {
        var rows = await db.OfficeTargets
            .Where(t => officeIds.Contains(t.OfficeId) && t.Year >= period.From.Year && t.Year <= period.To.Year)
            .GroupBy(t => t.OfficeId)
            .Select(g => new
            {
                OfficeId = g.Key, Recovered = g.Sum(t => t.RecoveredSen),
                Finished = g.Sum(t => t.FinishedCases ?? 0), WithFinished = g.Count(t => t.FinishedCases != null),
            })
            .ToListAsync(ct);
        // A sum of nothing is zero in SQL; without any number of cases set, the office has no such target at all.
        return rows.ToDictionary(r => r.OfficeId, r => new OfficeTargetSum(r.Recovered, r.WithFinished == 0 ? null : r.Finished));
    }
}
