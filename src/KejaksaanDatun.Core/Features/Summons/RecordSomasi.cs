using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Summons;

/// <summary>After three summons the employer did not answer, the JPN records the somasi sent to it.</summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan)]
public sealed class RecordSomasi : ICommand<int>, ISkkRequest
{
    public int SkkId { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public int DeadlineDays { get; set; } = 7;
    public string Notes { get; set; } = "";
}

public sealed class RecordSomasiValidator : AbstractValidator<RecordSomasi>
{
    public RecordSomasiValidator()
    {
        RuleFor(x => x.IssuedOn).RequiredDate("Tanggal somasi");
        RuleFor(x => x.DeadlineDays).InclusiveBetween(1, 90).WithMessage("Tenggat somasi antara 1 dan 90 hari.");
        RuleFor(x => x.Notes).OptionalText("Catatan", 4000);
    }
}

public sealed class RecordSomasiHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<RecordSomasi, int>
{
    public async ValueTask<int> Handle(RecordSomasi command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await CaseWorkRules.LoadForWork(db, user, clock, command.SkkId, newAction: true, ct);
        var zone = skk.KejaksaanOffice!.TimeZone;
        var noShows = await db.Summonses.CountAsync(s => s.SkkId == skk.Id && s.Attendance == SummonsAttendance.NotAttended, ct);
        if (noShows < Domain.Summons.MaxSequence)
            throw new BusinessRuleException("Somasi dapat dicatat setelah tiga kali panggilan tanpa hasil.");
        if (await db.Somasis.AnyAsync(s => s.SkkId == skk.Id, ct))
            throw new BusinessRuleException("Somasi untuk perkara ini sudah dicatat.");
        var issued = command.IssuedOn!.Value;
        if (issued > clock.Today(zone))
            throw RequestValidationException.For(nameof(RecordSomasi.IssuedOn), "Tanggal somasi tidak boleh di masa depan.");
        // The somasi follows the three summons: a date before the last one cannot be right.
        var last = await db.Summonses.Where(s => s.SkkId == skk.Id).OrderByDescending(s => s.Sequence).FirstAsync(ct);
        var lastDay = DateOnly.FromDateTime(OfficeClock.ToLocal(last.ScheduledAt, zone));
        if (issued < lastDay)
            throw RequestValidationException.For(nameof(RecordSomasi.IssuedOn),
                $"Tanggal somasi tidak boleh sebelum {last.Title}, {IndonesianFormat.Date(lastDay)}.");

        var now = clock.UtcNow;
        var somasi = new Somasi
        {
            SkkId = skk.Id, IssuedOn = issued, DeadlineDays = command.DeadlineDays, Notes = command.Notes.Trim(),
            CreatedAt = now, CreatedById = user.UserId,
        };
        db.Somasis.Add(somasi);
        CaseWorkRules.AddEvent(db, skk, CaseEventKind.SomasiIssued,
            $"Somasi disampaikan pada {IndonesianFormat.Date(issued)} dengan tenggat {command.DeadlineDays} hari " +
            $"(sampai {IndonesianFormat.Date(issued.AddDays(command.DeadlineDays))})." + (somasi.Notes.Length > 0 ? $" Catatan: {somasi.Notes}" : ""),
            user, now);
        await db.SaveChangesAsync(ct);
        return somasi.Id;
    }
}
