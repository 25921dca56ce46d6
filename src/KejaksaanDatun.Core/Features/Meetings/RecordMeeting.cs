using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Summons;
using Mediator;

namespace KejaksaanDatun.Core.Features.Meetings;

/// <summary>The JPN records a meeting with the employer (fasilitasi, mediasi, negosiasi, konsiliasi) as its Berita Acara.</summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan)]
public sealed class RecordMeeting : MeetingFields, ICommand<int>, ISkkRequest
{
    public int SkkId { get; set; }
}

public sealed class RecordMeetingValidator : AbstractValidator<RecordMeeting>
{
    public RecordMeetingValidator() => this.AddMeetingRules();
}

public sealed class RecordMeetingHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<RecordMeeting, int>
{
    public async ValueTask<int> Handle(RecordMeeting command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await CaseWorkRules.LoadForWork(db, user, clock, command.SkkId, newAction: true, ct);
        var zone = skk.KejaksaanOffice!.TimeZone;
        var heldAt = CaseWorkRules.ToUtc(command.HeldAtLocal!.Value, zone);
        if (DateOnly.FromDateTime(command.HeldAtLocal.Value) > clock.Today(zone))
            throw RequestValidationException.For(nameof(MeetingFields.HeldAtLocal), "Pertemuan yang dicatat tidak boleh di masa depan.");

        var now = clock.UtcNow;
        var meeting = new Meeting
        {
            SkkId = skk.Id, Kind = command.Kind, HeldAt = heldAt, Place = command.Place.Trim(),
            Attendees = MeetingFields.CleanAttendees(command.Attendees), EmployerStatement = command.EmployerStatement.Trim(),
            Agreement = command.Agreement.Trim(), Notes = command.Notes.Trim(), CreatedAt = now, CreatedById = user.UserId,
        };
        db.Meetings.Add(meeting);
        CaseWorkRules.AddEvent(db, skk, CaseEventKind.MeetingRecorded, MeetingText.Describe(meeting, zone, "dicatat"), user, now);
        await db.SaveChangesAsync(ct);
        return meeting.Id;
    }
}

internal static class MeetingText
{
    public static string Describe(Meeting meeting, OfficeTimeZone zone, string verb)
    {
        var attendees = meeting.Attendees.Split('\n').Length;
        return $"Berita Acara {SummonsLabels.Of(meeting.Kind)} {verb}: {SummonsLabels.When(meeting.HeldAt, zone)} di {meeting.Place}, " +
            $"{attendees} orang hadir." + (meeting.Agreement.Length > 0 ? $" Kesepakatan: {meeting.Agreement}" : " Belum ada kesepakatan.");
    }
}
