namespace KejaksaanDatun.Core.Domain;

/// <summary>The Laporan Pelaksanaan SKK sent back to the granting BPJS office once the case is finished.</summary>
public class CaseReport
{
    public int Id { get; set; }
    public int SkkId { get; set; }
    public DateOnly SentOn { get; set; }
    /// <summary>The letter generated in the app, when the report was one of them.</summary>
    public long? LetterId { get; set; }
    public string? LetterNumber { get; set; }
    public string Note { get; set; } = "";
    public DateTime RecordedAt { get; set; }
    public string RecordedById { get; set; } = "";
    public string RecordedByName { get; set; } = "";
}
