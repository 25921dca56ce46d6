using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Recovery;

/// <summary>Who may act on a case's commitments and payments, and the case's money loaded for a change.</summary>
internal static class RecoveryRules
{
    /// <summary>A JPN of the case's active team, or the Kejaksaan leadership of the office handling it.</summary>
    public static async Task EnsureTeamOrLeadership(DatunDbContext db, Domain.Skk skk, UserContext user, CancellationToken ct)
    {
        if (user.Institution != Institution.Kejaksaan) throw new NotAllowedException();
        if (user.IsInRole(Roles.PimpinanKejaksaan) && user.OfficeId == skk.KejaksaanOfficeId) return;
        if (user.IsInRole(Roles.Jpn) && await db.JpnTeamMembers.AnyAsync(m =>
                m.UserId == user.UserId && db.JpnTeams.Any(t => t.Id == m.JpnTeamId && t.SkkId == skk.Id && t.IsActive), ct))
            return;
        throw new NotAllowedException("Hanya JPN dalam tim yang ditunjuk atau pimpinan kejaksaan yang menangani perkara ini yang dapat melakukannya.");
    }

    /// <summary>The lead JPN of the active team, or the Kejaksaan leadership of the office handling it.</summary>
    public static async Task EnsureLeadOrLeadership(DatunDbContext db, Domain.Skk skk, UserContext user, CancellationToken ct,
        string action = "menutup perkara")
    {
        if (user.Institution != Institution.Kejaksaan) throw new NotAllowedException();
        if (user.IsInRole(Roles.PimpinanKejaksaan) && user.OfficeId == skk.KejaksaanOfficeId) return;
        if (user.IsInRole(Roles.Jpn) && await db.JpnTeams.AnyAsync(t => t.SkkId == skk.Id && t.IsActive && t.LeadJpnId == user.UserId, ct))
            return;
        throw new NotAllowedException($"Hanya ketua tim JPN atau pimpinan kejaksaan yang menangani perkara ini yang dapat {action}.");
    }

    /// <summary>BPJS acts on a case (confirming payments and registration outcomes against its own records, extending the SKK) through the office that granted the SKK.</summary>
    public static void EnsureGrantingBpjsOfficer(Domain.Skk skk, UserContext user, string action = "mengonfirmasi pembayaran")
    {
        if (user.Institution != Institution.Bpjs || user.OfficeId != skk.BpjsOfficeId)
            throw new NotAllowedException($"Hanya petugas {skk.BpjsOffice!.Name} (pemberi kuasa) yang dapat {action}.");
    }

    public static void EnsureHandled(Domain.Skk skk)
    {
        if (skk.Status != SkkStatus.Ditangani)
            throw new BusinessRuleException($"Perkara harus berstatus Ditangani; perkara ini berstatus {DomainLabels.Of(skk.Status)}.");
    }

    public static Task<List<Payment>> Payments(DatunDbContext db, int skkId, CancellationToken ct) =>
        db.Payments.Where(p => p.SkkId == skkId).OrderBy(p => p.Id).ToListAsync(ct);

    public static Task<InstallmentPlan?> CurrentPlan(DatunDbContext db, int skkId, CancellationToken ct) =>
        db.InstallmentPlans.Include(p => p.Installments).SingleOrDefaultAsync(p => p.SkkId == skkId && p.IsCurrent, ct);

    /// <summary>A new payment may not bring confirmed plus reported above the arrears.</summary>
    public static void EnsureNoOverpayment(Domain.Skk skk, IReadOnlyList<Payment> payments, Money amount)
    {
        var confirmed = RecoveryMath.Confirmed(payments);
        var reported = RecoveryMath.ReportedUnconfirmed(payments);
        if (confirmed + reported + amount.Sen > skk.TotalArrearsSen)
        {
            var room = new Money(Math.Max(0, skk.TotalArrearsSen - confirmed - reported));
            throw new BusinessRuleException(
                $"Pembayaran melebihi sisa tunggakan {room}: tunggakan {skk.TotalArrears}, sudah dikonfirmasi {new Money(confirmed)}, " +
                $"dilaporkan belum dikonfirmasi {new Money(reported)}, pembayaran ini {amount}.");
        }
    }

    public static DateOnly Today(OfficeClock clock, Domain.Skk skk) => clock.Today(skk.KejaksaanOffice!.TimeZone);

    public static string PaidInFullText(Domain.Skk skk) =>
        $"Perkara selesai: Lunas. Seluruh tunggakan {skk.TotalArrears} telah dibayar dan dikonfirmasi BPJS.";

    /// <summary>
    /// Records the outcome and moves the case to Selesai, with the status change and the outcome on the timeline;
    /// the registration results the case achieved are named in both.
    /// </summary>
    public static void Close(Domain.Skk skk, CaseOutcome outcome, string? reason, string description, Money confirmed,
        RegistrationTotals registration, Actor actor, DateTime now)
    {
        var registered = registration.Any ? $" Hasil kepesertaan: {registration.Describe()}." : "";
        skk.Outcome = outcome;
        skk.OutcomeReason = string.IsNullOrEmpty(reason) ? null : reason;
        skk.ClosedAt = now;
        SkkLifecycle.Transition(skk, SkkStatus.Selesai, actor, now, description + registered);
        skk.Events.Add(new CaseEvent
        {
            At = now, Kind = CaseEventKind.CaseClosed, ActorId = actor.UserId, ActorName = actor.Name,
            Description = $"Hasil penanganan: {DomainLabels.Of(outcome)}. Dipulihkan {confirmed} dari tunggakan {skk.TotalArrears}.{registered}",
        });
    }

    /// <summary>The timeline's words for a reported payment BPJS confirmed, wherever the confirmation comes from.</summary>
    public static string PaymentConfirmedText(Payment payment) =>
        $"Pembayaran {payment.Amount} tanggal {IndonesianFormat.Date(payment.PaidOn)} dikonfirmasi BPJS sesuai catatan BPJS.";

    public static CaseEvent Event(CaseEventKind kind, UserContext user, DateTime at, string description) => new()
    {
        At = at, Kind = kind, Description = description, ActorId = user.UserId, ActorName = user.Name,
    };
}
