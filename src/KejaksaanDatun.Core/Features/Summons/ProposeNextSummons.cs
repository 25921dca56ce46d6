using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Summons;

/// <summary>
/// After the employer did not come, the next summons proposed: the next number, a week later at the same time and
/// place (moved on by whole weeks if that day has passed). Null when there is nothing to propose.
/// </summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan)]
public sealed record ProposeNextSummons(int SkkId) : IQuery<SummonsProposal?>, ISkkRequest;

/// <summary>A proposal the JPN can accept as is or change; <see cref="ScheduledAtLocal"/> is in the office's local time.</summary>
public sealed record SummonsProposal(int Sequence, string Title, DateTime ScheduledAtLocal, DateTime ScheduledAt, string Place, string Purpose);

public sealed class ProposeNextSummonsHandler(DatunDbContext db, OfficeClock clock) : IQueryHandler<ProposeNextSummons, SummonsProposal?>
{
    public async ValueTask<SummonsProposal?> Handle(ProposeNextSummons query, CancellationToken ct)
    {
        var skk = await db.Skks.AsNoTracking().Include(s => s.KejaksaanOffice).SingleAsync(s => s.Id == query.SkkId, ct);
        var last = await db.Summonses.AsNoTracking().Where(s => s.SkkId == skk.Id).OrderByDescending(s => s.Sequence).FirstOrDefaultAsync(ct);
        if (last is null || last.Attendance != SummonsAttendance.NotAttended || last.Sequence >= Domain.Summons.MaxSequence) return null;

        var zone = skk.KejaksaanOffice!.TimeZone;
        var local = OfficeClock.ToLocal(last.ScheduledAt, zone).AddDays(7);
        var today = clock.Today(zone);
        while (DateOnly.FromDateTime(local) < today) local = local.AddDays(7);
        var sequence = last.Sequence + 1;
        return new SummonsProposal(sequence, SummonsLabels.Title(sequence), DateTime.SpecifyKind(local, DateTimeKind.Unspecified),
            CaseWorkRules.ToUtc(local, zone), last.Place, last.Purpose);
    }
}
