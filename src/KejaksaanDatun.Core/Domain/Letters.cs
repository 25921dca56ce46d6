using KejaksaanDatun.Core.Letters;

namespace KejaksaanDatun.Core.Domain;

/// <summary>
/// A letter as it was generated: its number, the template version and the exact data it was rendered from, and
/// the file, so it can be downloaded again unchanged. A voided letter keeps its number.
/// </summary>
public class Letter
{
    public long Id { get; set; }
    public int OfficeId { get; set; }
    public int? SkkId { get; set; }
    public LetterKind Kind { get; set; }
    public string Number { get; set; } = "";
    public DateOnly Date { get; set; }
    public int Year { get; set; }
    public int Sequence { get; set; }
    public int TemplateVersionId { get; set; }
    public string DataSnapshot { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public string FileName { get; set; } = "";
    public string Warnings { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string CreatedById { get; set; } = "";
    public string CreatedByName { get; set; } = "";
    public bool IsVoid { get; set; }
    public string? VoidReason { get; set; }
    public DateTime? VoidedAt { get; set; }
    public Guid? BulkJobId { get; set; }
    /// <summary>
    /// For an office's monthly report (<see cref="LetterKind.LaporanBulanan"/>, no case): the first day of the month it
    /// reports on, which its own <see cref="Date"/> (the day it was signed, after that month) does not tell.
    /// </summary>
    public DateOnly? ReportedMonth { get; set; }
}

/// <summary>
/// One uploaded version of a letter template. OfficeId null is the default set shipped in templates/; an office's
/// own active version takes precedence over it. Versions are never deleted, so an older one can be restored.
/// </summary>
public class TemplateVersion
{
    public int Id { get; set; }
    public int? OfficeId { get; set; }
    public LetterKind Kind { get; set; }
    public int VersionNumber { get; set; }
    public string FileName { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public bool IsActive { get; set; }
    public DateTime UploadedAt { get; set; }
    public string UploadedById { get; set; } = "";
    public string UploadedByName { get; set; } = "";
    public string Note { get; set; } = "";
}

/// <summary>An office's pattern for the numbers of one kind of letter, e.g. <c>B-{seq}/{kode}/Gp.2/{mm}/{yyyy}</c>.</summary>
public class LetterNumberFormat
{
    public int OfficeId { get; set; }
    public LetterKind Kind { get; set; }
    public string Pattern { get; set; } = "";
}

/// <summary>Letters generated in the background for many cases at once, packed into one ZIP.</summary>
public class BulkLetterJob
{
    public Guid Id { get; set; }
    public int OfficeId { get; set; }
    public LetterKind Kind { get; set; }
    public string SkkIds { get; set; } = "";
    public string Parameters { get; set; } = "";
    public int Total { get; set; }
    public int Done { get; set; }
    /// <summary>The first of the consecutive numbers reserved for the whole batch when it starts.</summary>
    public int? FirstSequence { get; set; }
    public int? Year { get; set; }
    public DateOnly LetterDate { get; set; }
    public BulkJobState State { get; set; }
    public string? Error { get; set; }
    public byte[]? Zip { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public string CreatedById { get; set; } = "";
    public string CreatedByName { get; set; } = "";
}

public enum BulkJobState { Menunggu, Berjalan, Selesai, Gagal }
