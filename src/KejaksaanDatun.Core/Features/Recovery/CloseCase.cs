using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Features.Registration;
using KejaksaanDatun.Core.Features.Skk;
using Mediator;

namespace KejaksaanDatun.Core.Features.Recovery;

/// <summary>
/// The lead JPN or the Kejaksaan leadership closes a handled case with its outcome: Lunas (nothing outstanding),
/// SebagianDikembalikan (partly recovered, the rest returned), TidakBerhasil (the SKK returned, with the reason)
/// or Gugatan (escalated to litigation, which needs a new SKK). A PWBD/PDS case also counts its confirmed registration
/// outcomes: they are named in the closing, and they alone make a partial success (the employer registered but has not
/// paid the arrears yet, which go back to BPJS).
/// </summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan)]
public sealed class CloseCase : ICommand<Unit>, ISkkRequest
{
    public int SkkId { get; set; }
    public long Version { get; set; }
    public CaseOutcome Outcome { get; set; }
    public string Reason { get; set; } = "";
    /// <summary>For <see cref="CaseOutcome.Gugatan"/>.</summary>
    public LitigationKind? LitigationKind { get; set; }
}

public sealed class CloseCaseValidator : AbstractValidator<CloseCase>
{
    public CloseCaseValidator()
    {
        RuleFor(x => x.Outcome)
            .Must(o => o is CaseOutcome.Lunas or CaseOutcome.SebagianDikembalikan or CaseOutcome.TidakBerhasil or CaseOutcome.Gugatan)
            .WithMessage("Hasil penanganan harus Lunas, Sebagian dipulihkan, Tidak berhasil atau Gugatan.");
        RuleFor(x => x.Reason).OptionalText("Alasan", 4000);
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r) && r.Trim().Length >= 10)
            .When(x => x.Outcome is CaseOutcome.TidakBerhasil or CaseOutcome.SebagianDikembalikan or CaseOutcome.Gugatan)
            .WithMessage("Alasan wajib diisi, paling sedikit 10 karakter (misalnya: badan usaha sudah bubar).");
        RuleFor(x => x.LitigationKind).NotNull().When(x => x.Outcome == CaseOutcome.Gugatan)
            .WithMessage("Jenis gugatan (gugatan sederhana atau perdata) wajib dipilih.");
    }
}

public sealed class CloseCaseHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<CloseCase, Unit>
{
    public const string LitigationNote = "Memerlukan SKK baru dari BPJS Ketenagakerjaan untuk mengajukan gugatan.";

    public async ValueTask<Unit> Handle(CloseCase command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await SkkRules.LoadForChange(db, command.SkkId, command.Version, ct);
        await RecoveryRules.EnsureLeadOrLeadership(db, skk, user, ct);
        RecoveryRules.EnsureHandled(skk);
        var payments = await RecoveryRules.Payments(db, skk.Id, ct);
        var confirmed = new Money(RecoveryMath.Confirmed(payments));
        var outstanding = new Money(RecoveryMath.Outstanding(skk.TotalArrearsSen, payments));
        var reported = RecoveryMath.ReportedUnconfirmed(payments);
        if (reported > 0)
            throw new BusinessRuleException($"Masih ada pembayaran {new Money(reported)} yang dilaporkan dan belum dikonfirmasi BPJS; konfirmasi atau batalkan dahulu.");
        var registration = await RegistrationRules.CountAtClosing(db, skk.Id, ct);

        var reason = command.Reason.Trim();
        var now = clock.UtcNow;
        string description;
        switch (command.Outcome)
        {
            case CaseOutcome.Lunas:
                if (outstanding.Sen > 0)
                    throw new BusinessRuleException($"Perkara belum dapat ditutup sebagai Lunas: masih ada sisa tunggakan {outstanding}.");
                description = RecoveryRules.PaidInFullText(skk);
                break;
            case CaseOutcome.SebagianDikembalikan:
                if (confirmed.Sen == 0 && !registration.Any)
                    throw new BusinessRuleException("Belum ada pembayaran atau hasil kepesertaan yang dikonfirmasi BPJS; gunakan hasil Tidak berhasil.");
                if (outstanding.Sen == 0)
                    throw new BusinessRuleException("Tidak ada sisa tunggakan; tutup perkara sebagai Lunas.");
                description = $"Perkara selesai: sebagian dipulihkan {confirmed}, sisa tunggakan {outstanding} dikembalikan kepada " +
                    $"{skk.BpjsOffice!.Name}. Alasan: {reason}";
                break;
            case CaseOutcome.TidakBerhasil:
                description = $"Perkara selesai: tidak berhasil; SKK dikembalikan kepada {skk.BpjsOffice!.Name} " +
                    $"dengan sisa tunggakan {outstanding}. Alasan: {reason}";
                break;
            case CaseOutcome.Gugatan:
                var kind = command.LitigationKind!.Value;
                db.LitigationRecords.Add(new LitigationRecord
                {
                    SkkId = skk.Id, Kind = kind, Reason = reason, Note = LitigationNote, CreatedAt = now, CreatedById = user.UserId,
                });
                description = $"Perkara selesai: ditingkatkan ke {DomainLabels.Of(kind).ToLowerInvariant()} atas sisa tunggakan {outstanding}. " +
                    $"Alasan: {reason} {LitigationNote}";
                break;
            default:
                throw new BusinessRuleException("Hasil penanganan ini tidak menutup perkara.");
        }

        RecoveryRules.Close(skk, command.Outcome, reason, description, confirmed, registration, user.Actor, now);
        return Unit.Value;
    }
}
