using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Summons;

/// <summary>The case's summons history, Undangan I first, and its somasi if one was recorded.</summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record ListSummons(int SkkId) : IQuery<SummonsHistory>, ISkkRequest;

public sealed record SummonsHistory(IReadOnlyList<SummonsRow> Summons, SomasiRow? Somasi);

public sealed record SummonsRow(int Id, int Sequence, string Title, DateTime ScheduledAt, string ScheduledAtText, string Place, string Purpose,
    long? LetterId, DateOnly? DeliveredOn, string? DeliveryNote, SummonsAttendance Attendance, string AttendanceLabel, string? AttendanceNote,
    long Version);

public sealed record SomasiRow(int Id, DateOnly IssuedOn, int DeadlineDays, DateOnly Deadline, string Notes);

public sealed class ListSummonsHandler(DatunDbContext db) : IQueryHandler<ListSummons, SummonsHistory>
{
    public async ValueTask<SummonsHistory> Handle(ListSummons query, CancellationToken ct)
    {
        var zone = await db.Skks.Where(s => s.Id == query.SkkId).Select(s => s.KejaksaanOffice!.TimeZone).SingleAsync(ct);
        var summons = await db.Summonses.AsNoTracking().Where(s => s.SkkId == query.SkkId).OrderBy(s => s.Sequence).ToListAsync(ct);
        var somasi = await db.Somasis.AsNoTracking().Where(s => s.SkkId == query.SkkId).OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
        return new SummonsHistory(
            summons.Select(s => new SummonsRow(s.Id, s.Sequence, s.Title, s.ScheduledAt, SummonsLabels.When(s.ScheduledAt, zone), s.Place, s.Purpose,
                s.LetterId, s.DeliveredOn, s.DeliveryNote, s.Attendance, SummonsLabels.Of(s.Attendance), s.AttendanceNote, s.Version)).ToList(),
            somasi is null ? null : new SomasiRow(somasi.Id, somasi.IssuedOn, somasi.DeadlineDays, somasi.IssuedOn.AddDays(somasi.DeadlineDays), somasi.Notes));
    }
}
