using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Summons;

/// <summary>
/// The JPN schedules the next summons (Undangan I, II or III) to the employer. The number follows by itself;
/// the next one waits until the result of the previous one is known.
/// </summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan)]
public sealed class ScheduleSummons : ICommand<int>, ISkkRequest
{
    public int SkkId { get; set; }
    /// <summary>Date and time in the office's local time (WIB/WITA/WIT).</summary>
    public DateTime? ScheduledAtLocal { get; set; }
    public string Place { get; set; } = "";
    public string Purpose { get; set; } = "";
    public long? LetterId { get; set; }
}

public sealed class ScheduleSummonsValidator : AbstractValidator<ScheduleSummons>
{
    public ScheduleSummonsValidator()
    {
        RuleFor(x => x.ScheduledAtLocal).NotNull().WithMessage("Tanggal dan jam undangan wajib diisi.");
        RuleFor(x => x.Place).RequiredText("Tempat", 400);
        RuleFor(x => x.Purpose).RequiredText("Perihal/keperluan", 2000);
    }
}

public sealed class ScheduleSummonsHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<ScheduleSummons, int>
{
    public async ValueTask<int> Handle(ScheduleSummons command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await CaseWorkRules.LoadForWork(db, user, clock, command.SkkId, newAction: true, ct);
        var zone = skk.KejaksaanOffice!.TimeZone;

        var previous = await db.Summonses.Where(s => s.SkkId == skk.Id).OrderByDescending(s => s.Sequence).FirstOrDefaultAsync(ct);
        if (previous is { Sequence: >= Domain.Summons.MaxSequence })
            throw new BusinessRuleException("Undangan sudah tiga kali; undangan berikutnya tidak dapat dijadwalkan. Catat somasi atau selesaikan perkara.");
        if (previous is { Attendance: SummonsAttendance.Pending })
            throw new BusinessRuleException($"Hasil {previous.Title} belum dicatat; catat kehadiran badan usaha sebelum menjadwalkan undangan berikutnya.");
        if (previous is { Attendance: SummonsAttendance.Attended })
            throw new BusinessRuleException($"Badan usaha sudah hadir memenuhi {previous.Title}; lanjutkan dengan pertemuan, bukan undangan baru.");

        var local = command.ScheduledAtLocal!.Value;
        if (DateOnly.FromDateTime(local) < clock.Today(zone))
            throw RequestValidationException.For(nameof(ScheduleSummons.ScheduledAtLocal), "Tanggal undangan tidak boleh di masa lalu.");
        await SummonsLetters.EnsureLetterOfCase(db, skk.Id, command.LetterId, ct);

        var now = clock.UtcNow;
        var summons = new Domain.Summons
        {
            SkkId = skk.Id, Sequence = (previous?.Sequence ?? 0) + 1, ScheduledAt = CaseWorkRules.ToUtc(local, zone),
            Place = command.Place.Trim(), Purpose = command.Purpose.Trim(), LetterId = command.LetterId,
            Attendance = SummonsAttendance.Pending, CreatedAt = now, CreatedById = user.UserId,
        };
        db.Summonses.Add(summons);
        CaseWorkRules.AddEvent(db, skk, CaseEventKind.SummonsScheduled,
            $"{summons.Title} dijadwalkan {SummonsLabels.When(summons.ScheduledAt, zone)} di {summons.Place}. Perihal: {summons.Purpose}",
            user, now);
        await db.SaveChangesAsync(ct);
        return summons.Id;
    }
}

internal static class SummonsLetters
{
    /// <summary>A letter linked to a summons must be one of the same case.</summary>
    public static async Task EnsureLetterOfCase(DatunDbContext db, int skkId, long? letterId, CancellationToken ct)
    {
        if (letterId is { } id && !await db.Letters.AnyAsync(l => l.Id == id && l.SkkId == skkId && !l.IsVoid, ct))
            throw RequestValidationException.For("LetterId", "Surat undangan tidak ditemukan pada perkara ini atau sudah dibatalkan.");
    }
}
