namespace KejaksaanDatun.Core.Domain;

/// <summary>Badan usaha: the employer whose contributions are in arrears.</summary>
public class Employer : IVersioned
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Nomor Pendaftaran Perusahaan; null for an employer not yet registered (PWBD).</summary>
    public string? Npp { get; set; }
    public string? Npwp { get; set; }
    public string Address { get; set; } = "";
    public string District { get; set; } = "";
    public string Sector { get; set; } = "";
    public string ContactPerson { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public int WorkerCount { get; set; }
    /// <summary>The BPJS office that registered the employer in this system and owns it.</summary>
    public int BpjsOfficeId { get; set; }
    public Office? BpjsOffice { get; set; }
    public DateTime CreatedAt { get; set; }
    public long Version { get; set; }
}
