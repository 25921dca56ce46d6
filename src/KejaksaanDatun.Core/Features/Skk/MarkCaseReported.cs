using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Letters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Skk;

/// <summary>
/// The lead JPN or the Kejaksaan leadership records that the Laporan Pelaksanaan SKK of a finished case was sent to
/// the granting BPJS office (Selesai → Dilaporkan). Reporting is allowed after the SKK expired: it is no new action.
/// </summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan)]
public sealed class MarkCaseReported : ICommand<Unit>, ISkkRequest
{
    public int SkkId { get; set; }
    public long Version { get; set; }
    public DateOnly? SentOn { get; set; }
    /// <summary>The report letter generated in the app, if it was; its number is then the report's.</summary>
    public long? LetterId { get; set; }
    /// <summary>The number of a report letter made outside the app.</summary>
    public string LetterNumber { get; set; } = "";
    public string Note { get; set; } = "";
}

public sealed class MarkCaseReportedValidator : AbstractValidator<MarkCaseReported>
{
    public MarkCaseReportedValidator()
    {
        RuleFor(x => x.SentOn).RequiredDate("Tanggal pengiriman laporan");
        RuleFor(x => x.LetterNumber).OptionalText("Nomor surat laporan", 120);
        RuleFor(x => x.Note).OptionalText("Catatan", 2000);
    }
}

public sealed class MarkCaseReportedHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<MarkCaseReported, Unit>
{
    /// <summary>A case closed as not recovered reports back by returning the SKK, so that letter serves as the report too.</summary>
    public static readonly LetterKind[] ReportKinds = [LetterKind.LaporanPelaksanaanSkk, LetterKind.PengembalianSkk];

    public async ValueTask<Unit> Handle(MarkCaseReported command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await SkkRules.LoadForChange(db, command.SkkId, command.Version, ct);
        await RecoveryRules.EnsureLeadOrLeadership(db, skk, user, ct, "mencatat pengiriman laporan");
        if (!SkkLifecycle.CanMove(skk.Status, SkkStatus.Dilaporkan))
            throw new BusinessRuleException(
                $"Laporan pelaksanaan SKK hanya dapat dicatat untuk perkara berstatus Selesai; perkara ini berstatus {DomainLabels.Of(skk.Status)}.");

        var zone = skk.KejaksaanOffice!.TimeZone;
        var sentOn = command.SentOn!.Value;
        if (sentOn > clock.Today(zone))
            throw RequestValidationException.For(nameof(MarkCaseReported.SentOn), "Tanggal pengiriman laporan tidak boleh di masa depan.");
        if (skk.ClosedAt is { } closedAt && sentOn < DateOnly.FromDateTime(OfficeClock.ToLocal(closedAt, zone)))
            throw RequestValidationException.For(nameof(MarkCaseReported.SentOn), "Tanggal pengiriman laporan tidak boleh sebelum perkara selesai.");

        var letterNumber = command.LetterNumber.Trim();
        if (command.LetterId is { } letterId)
        {
            letterNumber = await db.Letters
                .Where(l => l.Id == letterId && l.SkkId == skk.Id && !l.IsVoid && ReportKinds.Contains(l.Kind))
                .Select(l => l.Number).SingleOrDefaultAsync(ct)
                ?? throw RequestValidationException.For(nameof(MarkCaseReported.LetterId),
                    "Surat laporan harus surat Laporan Pelaksanaan SKK atau Pengembalian SKK perkara ini yang tidak dibatalkan.");
        }

        var now = clock.UtcNow;
        var note = command.Note.Trim();
        db.CaseReports.Add(new CaseReport
        {
            SkkId = skk.Id, SentOn = sentOn, LetterId = command.LetterId, LetterNumber = letterNumber.Length > 0 ? letterNumber : null,
            Note = note, RecordedAt = now, RecordedById = user.UserId, RecordedByName = user.Name,
        });
        var letter = letterNumber.Length > 0 ? $" dengan surat nomor {letterNumber}" : "";
        var remark = note.Length > 0 ? $" Catatan: {note}" : "";
        SkkLifecycle.Transition(skk, SkkStatus.Dilaporkan, user.Actor, now,
            $"Laporan pelaksanaan SKK dikirim kepada {skk.BpjsOffice!.Name} tanggal {IndonesianFormat.Date(sentOn)}{letter}.{remark}");
        return Unit.Value;
    }
}
