using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Summons;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Meetings;

/// <summary>The case's meetings, oldest first, with their Berita Acara.</summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record ListMeetings(int SkkId) : IQuery<IReadOnlyList<MeetingRow>>, ISkkRequest;

public sealed record MeetingRow(int Id, MeetingKind Kind, string KindLabel, DateTime HeldAt, DateTime HeldAtLocal, string HeldAtText, string Place,
    IReadOnlyList<string> Attendees, string EmployerStatement, string Agreement, string Notes, long Version);

public sealed class ListMeetingsHandler(DatunDbContext db) : IQueryHandler<ListMeetings, IReadOnlyList<MeetingRow>>
{
    public async ValueTask<IReadOnlyList<MeetingRow>> Handle(ListMeetings query, CancellationToken ct)
    {
        var zone = await db.Skks.Where(s => s.Id == query.SkkId).Select(s => s.KejaksaanOffice!.TimeZone).SingleAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.SkkId == query.SkkId)
            .OrderBy(m => m.HeldAt).ThenBy(m => m.Id).ToListAsync(ct);
        return meetings.Select(m => new MeetingRow(m.Id, m.Kind, SummonsLabels.Of(m.Kind), m.HeldAt,
                DateTime.SpecifyKind(OfficeClock.ToLocal(m.HeldAt, zone), DateTimeKind.Unspecified), SummonsLabels.When(m.HeldAt, zone), m.Place,
                m.Attendees.Split('\n', StringSplitOptions.RemoveEmptyEntries), m.EmployerStatement, m.Agreement, m.Notes, m.Version))
            .ToList();
    }
}
