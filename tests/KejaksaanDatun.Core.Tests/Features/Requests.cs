using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Employers;
using KejaksaanDatun.Core.Features.Skk;

namespace KejaksaanDatun.Core.Tests.Features;

/// <summary>Valid requests to start from; each test changes only what it is about.</summary>
public static class Requests
{
    private static int _counter;

    public static RegisterEmployer Employer(string? npp = null) => new()
    {
        Name = "PT Uji Coba Sawit Barabai " + Interlocked.Increment(ref _counter),
        Npp = npp ?? UniqueNpp(),
        Npwp = "01.234.567.8-901.000",
        Address = "Jl. H. Damanhuri No. 12, Barabai",
        District = "Hulu Sungai Tengah",
        Sector = "Perkebunan kelapa sawit",
        ContactPerson = "Hj. Siti Rahmah",
        ContactPhone = "0517-41234",
        WorkerCount = 85,
    };

    public static string UniqueNpp() => (90_000_000 + Interlocked.Increment(ref _counter) * 7 % 9_999_999).ToString();

    /// <summary>Twelve months of arrears for all five programs: JKK 100.000, JKM 50.000, JHT 1.000.000, JP 500.000, JKP 25.000 a month, denda 2 %.</summary>
    public static DraftSkk Skk(int employerId, int kejaksaanOfficeId, DateOnly date, string? number = null)
    {
        var from = new DateOnly(date.Year, date.Month, 1).AddMonths(-12);
        var monthly = new Dictionary<SocialSecurityProgram, long>
        {
            [SocialSecurityProgram.Jkk] = 100_000, [SocialSecurityProgram.Jkm] = 50_000, [SocialSecurityProgram.Jht] = 1_000_000,
            [SocialSecurityProgram.Jp] = 500_000, [SocialSecurityProgram.Jkp] = 25_000,
        };
        var lines = new List<ArrearsLineInput>();
        for (var m = 0; m < 12; m++)
        foreach (var (program, iuran) in monthly)
            lines.Add(new ArrearsLineInput
            {
                Period = from.AddMonths(m), Program = program,
                Iuran = Money.FromRupiah(iuran).FormatNumber(), Denda = Money.FromRupiah(iuran * 2 / 100).FormatNumber(),
            });
        return new DraftSkk
        {
            Number = number ?? $"SKK.{Interlocked.Increment(ref _counter)}/KC-BJM/{date:MMyyyy}",
            Date = date,
            ValidUntil = date.AddYears(1).AddDays(-1),
            CaseType = CaseType.PiutangIuran,
            Collectibility = Collectibility.Macet,
            EmployerId = employerId,
            KejaksaanOfficeId = kejaksaanOfficeId,
            GrantorName = "Kepala Kantor Cabang",
            GrantorTitle = "Kepala BPJS Ketenagakerjaan Cabang Banjarmasin",
            PeriodFrom = from,
            PeriodTo = from.AddMonths(11),
            Lines = lines,
        };
    }

    /// <summary>The expected total of <see cref="Skk"/>: 12 × (1.675.000 iuran + 33.500 denda).</summary>
    public static readonly Money SkkTotal = Money.FromRupiah(12L * (1_675_000 + 33_500));
}
