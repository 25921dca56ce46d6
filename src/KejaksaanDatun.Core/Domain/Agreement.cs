namespace KejaksaanDatun.Core.Domain;

/// <summary>MoU (Kanwil ↔ Kejati) or Perjanjian Kerja Sama (Kancab ↔ Kejari).</summary>
public enum AgreementKind { MoU, Pks }

public class Agreement : IVersioned
{
    public int Id { get; set; }
    public AgreementKind Kind { get; set; }
    public string Number { get; set; } = "";
    /// <summary>Number of the BPJS side's copy, when it has its own.</summary>
    public string? BpjsNumber { get; set; }
    public int BpjsOfficeId { get; set; }
    public Office? BpjsOffice { get; set; }
    public int KejaksaanOfficeId { get; set; }
    public Office? KejaksaanOffice { get; set; }
    public DateOnly SignedOn { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidUntil { get; set; }
    public string Scope { get; set; } = "";
    /// <summary>The agreement this one renews, so the yearly chain stays visible.</summary>
    public int? RenewsAgreementId { get; set; }
    public long Version { get; set; }

    public bool IsInForceOn(DateOnly date) => ValidFrom <= date && date <= ValidUntil;
}
