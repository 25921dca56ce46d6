using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Attachments;

/// <summary>The case's attachments, newest first, with the payments a new one may prove and whether the user may add one.</summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record ListAttachments(int SkkId) : IQuery<AttachmentList>, ISkkRequest;

public sealed record AttachmentList(IReadOnlyList<AttachmentRow> Attachments, IReadOnlyList<PaymentOption> Payments, bool CanAdd);

public sealed record AttachmentRow(long Id, string FileName, AttachmentKind Kind, AttachmentCategory Category, string CategoryLabel,
    string Description, string SizeText, DateTime UploadedAt, string UploadedAtText, string UploadedByName, int? PaymentId, string? PaymentText);

/// <summary>A payment of the case, as the upload form offers it.</summary>
public sealed record PaymentOption(int Id, string Text);

public sealed class ListAttachmentsHandler(DatunDbContext db, CurrentUser currentUser) : IQueryHandler<ListAttachments, AttachmentList>
{
    public async ValueTask<AttachmentList> Handle(ListAttachments query, CancellationToken ct)
    {
        var skk = await db.Skks.AsNoTracking().Include(s => s.KejaksaanOffice).SingleAsync(s => s.Id == query.SkkId, ct);
        var zone = skk.KejaksaanOffice!.TimeZone;
        var payments = (await db.Payments.AsNoTracking().Where(p => p.SkkId == skk.Id && p.ReversesPaymentId == null)
                .OrderBy(p => p.PaidOn).ThenBy(p => p.Id).ToListAsync(ct))
            .ToDictionary(p => p.Id, p => AttachmentRules.PaymentText(p) + StateText(p.State));
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.SkkId == skk.Id)
            .OrderByDescending(a => a.UploadedAt).ThenByDescending(a => a.Id).ToListAsync(ct);

        var rows = attachments.Select(a => new AttachmentRow(a.Id, a.FileName, a.Kind, a.Category, AttachmentLabels.Of(a.Category),
                a.Description, AttachmentLabels.Size(a.SizeBytes), a.UploadedAt, LocalTime(a.UploadedAt, zone), a.UploadedByName,
                a.PaymentId, a.PaymentId is { } id ? payments[id] : null))
            .ToList();
        var canAdd = AttachmentRules.IsOpenForAttachments(skk.Status) && await AttachmentRules.MayAttach(db, currentUser.User, skk, ct);
        return new AttachmentList(rows, payments.Select(p => new PaymentOption(p.Key, p.Value)).ToList(), canAdd);
    }

    private static string StateText(PaymentState state) => state switch
    {
        PaymentState.Reported => " (dilaporkan)",
        PaymentState.Confirmed => " (dikonfirmasi)",
        PaymentState.Reversed => " (dikoreksi)",
        _ => "",
    };

    /// <summary><c>16 Februari 2022 14.05 WITA</c></summary>
    private static string LocalTime(DateTime utc, OfficeTimeZone zone)
    {
        var local = OfficeClock.ToLocal(utc, zone);
        return $"{IndonesianFormat.Date(DateOnly.FromDateTime(local))} {local:HH.mm} {zone}";
    }
}
