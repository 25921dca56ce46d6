namespace KejaksaanDatun.Core.Domain;

/// <summary>
/// An SKK extended by a new SKK from the same BPJS office. The case keeps its original SKK number; each extension
/// records which SKK it replaced, so the chain of powers of attorney can be read back in order.
/// </summary>
public class SkkExtension
{
    public int Id { get; set; }
    public int SkkId { get; set; }
    /// <summary>The granting office, so that new SKK numbers are unique per office as the original ones are.</summary>
    public int BpjsOfficeId { get; set; }
    public string PreviousNumber { get; set; } = "";
    public DateOnly PreviousValidUntil { get; set; }
    public string Number { get; set; } = "";
    public DateOnly Date { get; set; }
    public DateOnly ValidUntil { get; set; }
    public string GrantorName { get; set; } = "";
    public string GrantorTitle { get; set; } = "";
    public DateTime RecordedAt { get; set; }
    public string RecordedById { get; set; } = "";
    public string RecordedByName { get; set; } = "";
}
