using Microsoft.AspNetCore.Identity;

namespace KejaksaanDatun.Core.Domain;

public class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public int OfficeId { get; set; }
    public Office? Office { get; set; }
    /// <summary>Rank, e.g. "Jaksa Madya"; printed in signature blocks.</summary>
    public string Pangkat { get; set; } = "";
    public string Nip { get; set; } = "";
    public string Jabatan { get; set; } = "";
}

/// <summary>Role codes of PRODUCT.md §1.</summary>
public static class Roles
{
    public const string StafBpjs = "StafBpjs";
    public const string PimpinanBpjs = "PimpinanBpjs";
    public const string Jpn = "Jpn";
    public const string PimpinanKejaksaan = "PimpinanKejaksaan";
    public const string Admin = "Admin";

    public static readonly string[] All = [StafBpjs, PimpinanBpjs, Jpn, PimpinanKejaksaan, Admin];
    public static readonly string[] Bpjs = [StafBpjs, PimpinanBpjs];
    public static readonly string[] Kejaksaan = [Jpn, PimpinanKejaksaan];

    public static string Label(string role) => role switch
    {
        StafBpjs => "Staf BPJS",
        PimpinanBpjs => "Pimpinan BPJS",
        Jpn => "Jaksa Pengacara Negara",
        PimpinanKejaksaan => "Pimpinan Kejaksaan",
        Admin => "Administrator",
        _ => role,
    };
}
