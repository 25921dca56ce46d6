using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Summons;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Meetings;

/// <summary>Corrects the Berita Acara of a recorded meeting.</summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan)]
public sealed class EditMeeting : MeetingFields, ICommand<Unit>, ISkkRequest
{
    public int SkkId { get; set; }
    public int MeetingId { get; set; }
    public long Version { get; set; }
}

public sealed class EditMeetingValidator : AbstractValidator<EditMeeting>
{
    public EditMeetingValidator() => this.AddMeetingRules();
}

public sealed class EditMeetingHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<EditMeeting, Unit>
{
    public async ValueTask<Unit> Handle(EditMeeting command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await CaseWorkRules.LoadForWork(db, user, clock, command.SkkId, newAction: false, ct);
        var zone = skk.KejaksaanOffice!.TimeZone;
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == command.MeetingId && m.SkkId == skk.Id, ct)
            ?? throw new NotFoundOrNotAllowedException();
        if (meeting.Version != command.Version) throw new ConcurrencyConflictException();
        db.ExpectVersion(meeting, command.Version);
        if (DateOnly.FromDateTime(command.HeldAtLocal!.Value) > clock.Today(zone))
            throw RequestValidationException.For(nameof(MeetingFields.HeldAtLocal), "Pertemuan yang dicatat tidak boleh di masa depan.");

        meeting.Kind = command.Kind;
        meeting.HeldAt = CaseWorkRules.ToUtc(command.HeldAtLocal.Value, zone);
        meeting.Place = command.Place.Trim();
        meeting.Attendees = MeetingFields.CleanAttendees(command.Attendees);
        meeting.EmployerStatement = command.EmployerStatement.Trim();
        meeting.Agreement = command.Agreement.Trim();
        meeting.Notes = command.Notes.Trim();
        db.MarkChanged(meeting);
        CaseWorkRules.AddEvent(db, skk, CaseEventKind.MeetingRecorded, MeetingText.Describe(meeting, zone, "diperbaiki"), user, clock.UtcNow);
        return Unit.Value;
    }
}
