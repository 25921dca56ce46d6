namespace KejaksaanDatun.Core.Domain;

/// <summary>
/// What an office is expected to achieve in a year, set by the administrator; the dashboards set it against the
/// realisation. A target covers the office's whole subtree: the target of a Kejati is the province's.
/// </summary>
public class OfficeTarget : IVersioned
{
    public int Id { get; set; }
    public int OfficeId { get; set; }
    public Office? Office { get; set; }
    public int Year { get; set; }
    /// <summary>Confirmed payments paid within the year, in sen.</summary>
    public long RecoveredSen { get; set; }
    /// <summary>Cases finished within the year, when the office sets a number for them.</summary>
    public int? FinishedCases { get; set; }
    public long Version { get; set; }

    public Money Recovered => new(RecoveredSen);
}
