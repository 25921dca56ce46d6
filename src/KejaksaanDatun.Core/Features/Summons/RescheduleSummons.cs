using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using Mediator;

namespace KejaksaanDatun.Core.Features.Summons;

/// <summary>Moves a summons whose result is not known yet to another date, time or place.</summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan)]
public sealed class RescheduleSummons : ICommand<Unit>, ISkkRequest
{
    public int SkkId { get; set; }
    public int SummonsId { get; set; }
    public long Version { get; set; }
    /// <summary>Date and time in the office's local time.</summary>
    public DateTime? ScheduledAtLocal { get; set; }
    public string Place { get; set; } = "";
    public string Purpose { get; set; } = "";
    public long? LetterId { get; set; }
}

public sealed class RescheduleSummonsValidator : AbstractValidator<RescheduleSummons>
{
    public RescheduleSummonsValidator()
    {
        RuleFor(x => x.ScheduledAtLocal).NotNull().WithMessage("Tanggal dan jam undangan wajib diisi.");
        RuleFor(x => x.Place).RequiredText("Tempat", 400);
        RuleFor(x => x.Purpose).RequiredText("Perihal/keperluan", 2000);
    }
}

public sealed class RescheduleSummonsHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<RescheduleSummons, Unit>
{
    public async ValueTask<Unit> Handle(RescheduleSummons command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await CaseWorkRules.LoadForWork(db, user, clock, command.SkkId, newAction: true, ct);
        var zone = skk.KejaksaanOffice!.TimeZone;
        var summons = await CaseWorkRules.LoadSummonsForChange(db, skk.Id, command.SummonsId, command.Version, ct);
        if (summons.Attendance != SummonsAttendance.Pending)
            throw new BusinessRuleException($"Kehadiran pada {summons.Title} sudah dicatat; jadwalnya tidak dapat diubah lagi.");
        var local = command.ScheduledAtLocal!.Value;
        if (DateOnly.FromDateTime(local) < clock.Today(zone))
            throw RequestValidationException.For(nameof(RescheduleSummons.ScheduledAtLocal), "Tanggal undangan tidak boleh di masa lalu.");
        await SummonsLetters.EnsureLetterOfCase(db, skk.Id, command.LetterId, ct);

        var before = $"{SummonsLabels.When(summons.ScheduledAt, zone)} di {summons.Place}";
        summons.ScheduledAt = CaseWorkRules.ToUtc(local, zone);
        summons.Place = command.Place.Trim();
        summons.Purpose = command.Purpose.Trim();
        summons.LetterId = command.LetterId ?? summons.LetterId;
        CaseWorkRules.AddEvent(db, skk, CaseEventKind.SummonsRescheduled,
            $"{summons.Title} dijadwalkan ulang dari {before} menjadi {SummonsLabels.When(summons.ScheduledAt, zone)} di {summons.Place}.",
            user, clock.UtcNow);
        return Unit.Value;
    }
}
