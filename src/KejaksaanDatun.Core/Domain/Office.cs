namespace KejaksaanDatun.Core.Domain;

public enum Institution { Kejaksaan, Bpjs }

/// <summary>Levels of both office trees, from the root down.</summary>
public enum OfficeKind
{
    KejaksaanAgung, Kejati, Kejari, Cabjari,
    BpjsKantorPusat, BpjsKanwil, BpjsKancab, BpjsKcp,
}

/// <summary>Indonesian time zones; the value is the offset from UTC in hours.</summary>
public enum OfficeTimeZone { WIB = 7, WITA = 8, WIT = 9 }

public class Office
{
    public int Id { get; set; }
    /// <summary>Short unique code used in the command line and filters, e.g. <c>KEJARI-HST</c>.</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public OfficeKind Kind { get; set; }
    public int? ParentId { get; set; }
    public Office? Parent { get; set; }
    /// <summary>Materialised path of ids (<c>/1/4/9/</c>) so a subtree is one indexed prefix query.</summary>
    public string Path { get; set; } = "/";
    public string City { get; set; } = "";
    public string Address { get; set; } = "";
    /// <summary>Contact lines printed in the kop surat.</summary>
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public string Website { get; set; } = "";
    public OfficeTimeZone TimeZone { get; set; } = OfficeTimeZone.WITA;
    /// <summary>Kode surat of the office as it appears in letter numbers, e.g. <c>O.3.14</c>.</summary>
    public string LetterCode { get; set; } = "";
    public string HeadTitle { get; set; } = "";
    public string HeadName { get; set; } = "";
    /// <summary>
    /// Counts the rebuilds of the office's <see cref="MonthlyFigure"/>s. Raising it takes the office's row for the
    /// transaction, so two saves that touch the office's cases rebuild its figures one after the other.
    /// </summary>
    public int FiguresRevision { get; set; }

    public Institution Institution => OfficeKinds.InstitutionOf(Kind);
}

public static class OfficeKinds
{
    public static Institution InstitutionOf(OfficeKind kind) =>
        kind >= OfficeKind.BpjsKantorPusat ? Institution.Bpjs : Institution.Kejaksaan;

    public static string Label(OfficeKind kind) => kind switch
    {
        OfficeKind.KejaksaanAgung => "Kejaksaan Agung",
        OfficeKind.Kejati => "Kejaksaan Tinggi",
        OfficeKind.Kejari => "Kejaksaan Negeri",
        OfficeKind.Cabjari => "Cabang Kejaksaan Negeri",
        OfficeKind.BpjsKantorPusat => "BPJS Ketenagakerjaan Kantor Pusat",
        OfficeKind.BpjsKanwil => "BPJS Ketenagakerjaan Kantor Wilayah",
        OfficeKind.BpjsKancab => "BPJS Ketenagakerjaan Kantor Cabang",
        OfficeKind.BpjsKcp => "BPJS Ketenagakerjaan Kantor Cabang Perintis",
        _ => kind.ToString(),
    };

    /// <summary>Offices that can receive an SKK and handle its case.</summary>
    public static bool CanReceiveSkk(OfficeKind kind) =>
        kind is OfficeKind.Kejari or OfficeKind.Cabjari or OfficeKind.Kejati;
}
