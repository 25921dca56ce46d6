using FluentValidation;
using KejaksaanDatun.Core.Attachments;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Features.Summons;
using Mediator;
using Microsoft.EntityFrameworkCore;
using System.Security.Cryptography;

namespace KejaksaanDatun.Core.Features.Attachments;

/// <summary>
/// Attaches a file (PDF, JPG, PNG or DOCX up to 10 MB, judged by its content) to a case, optionally as the proof of
/// one of its payments. Returns the attachment's id. See <see cref="AttachmentRules"/> for who may and when.
/// </summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan)]
public sealed class AddAttachment : ICommand<long>, ISkkRequest
{
    public int SkkId { get; set; }
    public string FileName { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public AttachmentCategory? Category { get; set; }
    public string Description { get; set; } = "";
    /// <summary>The payment of the case this file proves.</summary>
    public int? PaymentId { get; set; }
}

public sealed class AddAttachmentValidator : AbstractValidator<AddAttachment>
{
    public AddAttachmentValidator()
    {
        RuleFor(x => x.FileName).RequiredText("Nama berkas", 255);
        RuleFor(x => x.Content).Cascade(CascadeMode.Stop)
            .Must(c => c.Length > 0).WithMessage("Berkas kosong (0 byte). Pilih berkas PDF, JPG, PNG atau DOCX yang berisi.")
            .Must(c => c.Length <= Attachment.MaxBytes).WithMessage(x => AttachmentContent.TooLargeMessage(x.Content.Length))
            .Must(c => AttachmentContent.Detect(c) is not null).WithMessage(AttachmentContent.UnsupportedMessage);
        RuleFor(x => x.Category).NotNull().WithMessage("Kategori lampiran wajib dipilih.")
            .IsInEnum().WithMessage("Kategori lampiran tidak dikenal.");
        RuleFor(x => x.Description).OptionalText("Keterangan", 1000);
        RuleFor(x => x.Description).Must(d => !string.IsNullOrWhiteSpace(d))
            .WithMessage("Keterangan wajib diisi untuk lampiran kategori Lainnya.")
            .When(x => x.Category == AttachmentCategory.Lainnya);
        RuleFor(x => x.PaymentId).Null()
            .WithMessage("Hanya lampiran kategori Bukti pembayaran yang dapat dikaitkan dengan pembayaran.")
            .When(x => x.Category != AttachmentCategory.BuktiPembayaran);
    }
}

public sealed class AddAttachmentHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock, IAttachmentStore store)
    : ICommandHandler<AddAttachment, long>
{
    public async ValueTask<long> Handle(AddAttachment command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await AttachmentRules.LoadForAttaching(db, user, command.SkkId, ct);
        var kind = AttachmentContent.Detect(command.Content)
            ?? throw RequestValidationException.For(nameof(AddAttachment.Content), AttachmentContent.UnsupportedMessage);
        Payment? payment = null;
        if (command.PaymentId is { } paymentId)
        {
            payment = await db.Payments.AsNoTracking()
                .SingleOrDefaultAsync(p => p.Id == paymentId && p.SkkId == skk.Id && p.ReversesPaymentId == null, ct)
                ?? throw RequestValidationException.For(nameof(AddAttachment.PaymentId), "Pembayaran yang dipilih bukan pembayaran perkara ini.");
        }

        var now = clock.UtcNow;
        var category = command.Category!.Value;
        var attachment = new Attachment
        {
            SkkId = skk.Id, FileName = AttachmentContent.DisplayName(command.FileName, kind), Kind = kind,
            SizeBytes = command.Content.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(command.Content)),
            Category = category, Description = command.Description.Trim(), PaymentId = payment?.Id,
            UploadedAt = now, UploadedById = user.UserId, UploadedByName = user.Name,
        };

        // The file goes in first, under a key nobody can see until the row is saved; if saving fails it is removed,
        // so a refused or failed upload leaves neither a row nor a file.
        attachment.StorageKey = await store.SaveAsync(command.Content, kind, ct);
        try
        {
            db.Attachments.Add(attachment);
            CaseWorkRules.AddEvent(db, skk, CaseEventKind.AttachmentAdded, Describe(attachment, payment), user, now);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            store.Delete(attachment.StorageKey);
            throw;
        }
        return attachment.Id;
    }

    private static string Describe(Attachment attachment, Payment? payment) =>
        $"Lampiran ditambahkan: {attachment.FileName} ({AttachmentLabels.Of(attachment.Category)}, " +
        $"{AttachmentLabels.Of(attachment.Kind)} {AttachmentLabels.Size(attachment.SizeBytes)})" +
        (payment is null ? "" : $", bukti {AttachmentRules.PaymentText(payment)}") +
        (attachment.Description.Length > 0 ? $". {attachment.Description}" : ".");
}
