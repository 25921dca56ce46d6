using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Summons;

/// <summary>
/// Who may work a case and when: the JPN of its active team or a pimpinan of the Kejaksaan office handling it,
/// while the case is being handled (Ditangani) and, for a new action, while the SKK is still valid.
/// </summary>
internal static class CaseWorkRules
{
    /// <summary>Loads the case (with its Kejaksaan office) and refuses a user who may not work it or a case that cannot be worked.</summary>
    public static async Task<Domain.Skk> LoadForWork(DatunDbContext db, UserContext user, OfficeClock clock, int skkId,
        bool newAction, CancellationToken ct)
    {
        var skk = await db.Skks.Include(s => s.KejaksaanOffice).SingleAsync(s => s.Id == skkId, ct);
        await EnsureMayWork(db, user, skk, ct);
        if (skk.Status != SkkStatus.Ditangani)
            throw new BusinessRuleException(
                $"Tindakan penanganan hanya dapat dicatat untuk perkara berstatus Ditangani; perkara ini berstatus {DomainLabels.Of(skk.Status)}.");
        if (newAction) EnsureSkkValid(skk, clock);
        return skk;
    }

    public static async Task EnsureMayWork(DatunDbContext db, UserContext user, Domain.Skk skk, CancellationToken ct)
    {
        var office = skk.KejaksaanOffice!;
        if (user.Institution == Institution.Kejaksaan)
        {
            if (user.IsInRole(Roles.PimpinanKejaksaan) && user.OfficeId == office.Id) return;
            if (user.IsInRole(Roles.Jpn) && await db.JpnTeams.AnyAsync(t => t.SkkId == skk.Id && t.IsActive
                    && t.Members.Any(m => m.UserId == user.UserId), ct))
                return;
        }
        throw new NotAllowedException(
            $"Hanya JPN dalam tim yang ditunjuk untuk perkara ini atau pimpinan {office.Name} yang dapat mencatat tindakan pada perkara ini.");
    }

    public static void EnsureSkkValid(Domain.Skk skk, OfficeClock clock)
    {
        if (skk.IsExpiredOn(clock.Today(skk.KejaksaanOffice!.TimeZone)))
            throw new BusinessRuleException(
                $"SKK sudah tidak berlaku sejak {IndonesianFormat.Date(skk.ValidUntil.AddDays(1))}; tindakan baru tidak dapat dicatat " +
                "selain laporan atau perpanjangan dengan SKK baru.");
    }

    /// <summary>A time the user typed in the office's local time, as stored (UTC).</summary>
    public static DateTime ToUtc(DateTime local, OfficeTimeZone zone) =>
        DateTime.SpecifyKind(DateTime.SpecifyKind(local, DateTimeKind.Unspecified).AddHours(-(int)zone), DateTimeKind.Utc);

    public static void AddEvent(DatunDbContext db, Domain.Skk skk, CaseEventKind kind, string description, UserContext user, DateTime at) =>
        db.CaseEvents.Add(new CaseEvent
        {
            SkkId = skk.Id, At = at, Kind = kind, Description = description, ActorId = user.UserId, ActorName = user.Name,
        });

    /// <summary>Loads a summons of the case for a change, with the version the user saw as the concurrency check.</summary>
    public static async Task<Domain.Summons> LoadSummonsForChange(DatunDbContext db, int skkId, int summonsId, long version, CancellationToken ct)
    {
        var summons = await db.Summonses.SingleOrDefaultAsync(s => s.Id == summonsId && s.SkkId == skkId, ct)
            ?? throw new NotFoundOrNotAllowedException();
        if (summons.Version != version) throw new ConcurrencyConflictException();
        db.ExpectVersion(summons, version);
        db.MarkChanged(summons);
        return summons;
    }
}
