namespace KejaksaanDatun.Core.Domain;

/// <summary>What a file really is, read from its content; only these are accepted.</summary>
public enum AttachmentKind { Pdf, Jpeg, Png, Docx }

/// <summary>What an attached file is for in the case.</summary>
public enum AttachmentCategory { BuktiPembayaran, BeritaAcara, SuratPernyataan, TandaTerimaUndangan, Lainnya }

/// <summary>
/// A file attached to a case: evidence, signed documents, proofs of payment. The file lives in the attachment
/// store under <see cref="StorageKey"/> (random, never derived from the user's file name); the row keeps what the
/// case page shows and the SHA-256 to tell the file is the one uploaded. Attachments are never deleted: they are
/// part of the case's record.
/// </summary>
public class Attachment
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public long Id { get; set; }
    public int SkkId { get; set; }
    /// <summary>The uploader's file name, cleaned for display, with the extension of <see cref="Kind"/>.</summary>
    public string FileName { get; set; } = "";
    public AttachmentKind Kind { get; set; }
    public long SizeBytes { get; set; }
    /// <summary>Lowercase hex.</summary>
    public string Sha256 { get; set; } = "";
    public string StorageKey { get; set; } = "";
    public AttachmentCategory Category { get; set; }
    public string Description { get; set; } = "";
    /// <summary>The payment this file proves, if any.</summary>
    public int? PaymentId { get; set; }
    public DateTime UploadedAt { get; set; }
    public string UploadedById { get; set; } = "";
    public string UploadedByName { get; set; } = "";
}

public static class AttachmentLabels
{
    public static string Of(AttachmentCategory category) => category switch
    {
        AttachmentCategory.BuktiPembayaran => "Bukti pembayaran",
        AttachmentCategory.BeritaAcara => "Berita acara bertanda tangan",
        AttachmentCategory.SuratPernyataan => "Surat pernyataan bertanda tangan",
        AttachmentCategory.TandaTerimaUndangan => "Tanda terima undangan",
        AttachmentCategory.Lainnya => "Lainnya",
        _ => category.ToString(),
    };

    public static string Of(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "PDF",
        AttachmentKind.Jpeg => "JPG",
        AttachmentKind.Png => "PNG",
        AttachmentKind.Docx => "DOCX",
        _ => kind.ToString(),
    };

    public static string Extension(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => ".pdf",
        AttachmentKind.Jpeg => ".jpg",
        AttachmentKind.Png => ".png",
        AttachmentKind.Docx => ".docx",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string ContentType(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "application/pdf",
        AttachmentKind.Jpeg => "image/jpeg",
        AttachmentKind.Png => "image/png",
        AttachmentKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary><c>850 B</c>, <c>12,5 KB</c>, <c>3,2 MB</c></summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024m).ToString("0.#", IndonesianFormat.Culture) + " KB",
        _ => (bytes / (1024m * 1024m)).ToString("0.#", IndonesianFormat.Culture) + " MB",
    };
}
