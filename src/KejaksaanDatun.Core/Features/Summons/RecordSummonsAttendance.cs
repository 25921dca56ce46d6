using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using Mediator;

namespace KejaksaanDatun.Core.Features.Summons;

/// <summary>Records whether the employer came to a summons, from its scheduled day on.</summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan)]
public sealed class RecordSummonsAttendance : ICommand<Unit>, ISkkRequest
{
    public int SkkId { get; set; }
    public int SummonsId { get; set; }
    public long Version { get; set; }
    public SummonsAttendance Attendance { get; set; }
    public string Note { get; set; } = "";
}

public sealed class RecordSummonsAttendanceValidator : AbstractValidator<RecordSummonsAttendance>
{
    public RecordSummonsAttendanceValidator()
    {
        RuleFor(x => x.Attendance).Must(a => a is SummonsAttendance.Attended or SummonsAttendance.NotAttended)
            .WithMessage("Pilih hasil undangan: hadir atau tidak hadir.");
        RuleFor(x => x.Note).OptionalText("Catatan kehadiran", 2000);
    }
}

public sealed class RecordSummonsAttendanceHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<RecordSummonsAttendance, Unit>
{
    public async ValueTask<Unit> Handle(RecordSummonsAttendance command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await CaseWorkRules.LoadForWork(db, user, clock, command.SkkId, newAction: false, ct);
        var summons = await CaseWorkRules.LoadSummonsForChange(db, skk.Id, command.SummonsId, command.Version, ct);
        var zone = skk.KejaksaanOffice!.TimeZone;
        if (summons.Attendance != SummonsAttendance.Pending)
            throw new BusinessRuleException($"Kehadiran pada {summons.Title} sudah dicatat ({SummonsLabels.Of(summons.Attendance)}).");
        var scheduledDay = DateOnly.FromDateTime(OfficeClock.ToLocal(summons.ScheduledAt, zone));
        if (clock.Today(zone) < scheduledDay)
            throw new BusinessRuleException($"Kehadiran baru dapat dicatat mulai hari {summons.Title}, {IndonesianFormat.Date(scheduledDay)}.");

        summons.Attendance = command.Attendance;
        summons.AttendanceNote = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        var verdict = command.Attendance == SummonsAttendance.Attended ? "hadir" : "tidak hadir";
        CaseWorkRules.AddEvent(db, skk, CaseEventKind.SummonsAttendance,
            $"Badan usaha {verdict} pada {summons.Title} ({SummonsLabels.When(summons.ScheduledAt, zone)})."
            + (summons.AttendanceNote is { } note ? $" Catatan: {note}" : ""),
            user, clock.UtcNow);
        return Unit.Value;
    }
}
