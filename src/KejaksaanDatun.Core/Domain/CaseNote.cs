namespace KejaksaanDatun.Core.Domain;

/// <summary>
/// A free-text note on a case. It appears on the timeline; it is also kept as a row of its own so that, like every
/// other change to a case, it reaches the audit log (timeline entries are not audited).
/// </summary>
public class CaseNote
{
    public int Id { get; set; }
    public int SkkId { get; set; }
    public string Text { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string CreatedById { get; set; } = "";
    public string CreatedByName { get; set; } = "";
}
