namespace KejaksaanDatun.Core.Domain;

/// <summary>The contribution rates of the BPJS Ketenagakerjaan programs, in hundredths of a percent of the wage.</summary>
public static class ContributionRates
{
    public static readonly IReadOnlyList<(SocialSecurityProgram Program, int Rate)> All =
    [
        (SocialSecurityProgram.Jkk, 54), (SocialSecurityProgram.Jkm, 30), (SocialSecurityProgram.Jht, 570),
        (SocialSecurityProgram.Jp, 300), (SocialSecurityProgram.Jkp, 46),
    ];

    private static readonly IReadOnlyList<(SocialSecurityProgram Program, int Rate)> WithoutJkkAndJkm =
        All.Where(r => r.Program is not (SocialSecurityProgram.Jkk or SocialSecurityProgram.Jkm)).ToArray();

    /// <summary>The programs the arrears of a case are owed for: a PDS program employer joined JKK and JKM only and owes the rest.</summary>
    public static IReadOnlyList<(SocialSecurityProgram Program, int Rate)> OwedFor(CaseType type) =>
        type == CaseType.PdsProgram ? WithoutJkkAndJkm : All;

    /// <summary>The monthly contribution of <paramref name="workers"/> at a monthly wage in rupiah, in sen.</summary>
    public static long MonthlySen(long workers, long wageRupiah, int rate) => workers * wageRupiah * rate / 100;
}
