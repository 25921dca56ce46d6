using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Attachments;

/// <summary>
/// Who may attach files to a case and when. Both sides keep their records on the case: the JPN of the active team
/// and the pimpinan of the Kejaksaan office handling it, and the BPJS users of the office that granted the SKK.
/// Files may be attached from acceptance to the report, also after the SKK has expired: a file documents what
/// happened or reports on it, which an expired SKK still allows (PRODUCT.md §3), rather than being a new action.
/// </summary>
internal static class AttachmentRules
{
    public static bool IsOpenForAttachments(SkkStatus status) =>
        status is SkkStatus.Diterima or SkkStatus.Ditangani or SkkStatus.Selesai or SkkStatus.Dilaporkan;

    public static async Task<bool> MayAttach(DatunDbContext db, UserContext user, Domain.Skk skk, CancellationToken ct)
    {
        if (user.Institution == Institution.Bpjs)
            return user.OfficeId == skk.BpjsOfficeId && (user.IsInRole(Roles.StafBpjs) || user.IsInRole(Roles.PimpinanBpjs));
        if (user.Institution != Institution.Kejaksaan) return false;
        if (user.IsInRole(Roles.PimpinanKejaksaan) && user.OfficeId == skk.KejaksaanOfficeId) return true;
        return user.IsInRole(Roles.Jpn) && await db.JpnTeams.AnyAsync(t => t.SkkId == skk.Id && t.IsActive
            && t.Members.Any(m => m.UserId == user.UserId), ct);
    }

    /// <summary>Loads the case with both offices and refuses a user who may not attach to it, or a case in the wrong state.</summary>
    public static async Task<Domain.Skk> LoadForAttaching(DatunDbContext db, UserContext user, int skkId, CancellationToken ct)
    {
        var skk = await db.Skks.Include(s => s.KejaksaanOffice).Include(s => s.BpjsOffice).SingleAsync(s => s.Id == skkId, ct);
        if (!await MayAttach(db, user, skk, ct))
            throw new NotAllowedException($"Hanya JPN dalam tim yang ditunjuk, pimpinan {skk.KejaksaanOffice!.Name} atau petugas " +
                $"{skk.BpjsOffice!.Name} (pemberi kuasa) yang dapat menambahkan lampiran pada perkara ini.");
        if (!IsOpenForAttachments(skk.Status))
            throw new BusinessRuleException("Lampiran hanya dapat ditambahkan setelah SKK diterima Kejaksaan (berstatus Diterima, " +
                $"Ditangani, Selesai atau Dilaporkan); perkara ini berstatus {DomainLabels.Of(skk.Status)}.");
        return skk;
    }

    /// <summary><c>pembayaran Rp1.000.000 tanggal 5 Mei 2026</c></summary>
    public static string PaymentText(Payment payment) =>
        $"pembayaran {payment.Amount} tanggal {IndonesianFormat.Date(payment.PaidOn)}";
}
