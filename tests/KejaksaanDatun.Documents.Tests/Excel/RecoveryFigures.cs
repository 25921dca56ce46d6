using KejaksaanDatun.Documents.Excel;

namespace KejaksaanDatun.Documents.Tests.Excel;

/// <summary>A row as a dashboard table gives it: one Kejari of Kalimantan Selatan and its recovery figures.</summary>
internal sealed record RecoveryFigures(string Office, long SkkFinished, long ArrearsSen, long RecoveredSen, decimal RecoveryRate, DateOnly? LastHandover);

internal static class KalselRecap
{
    /// <summary>The 2021 recap of Kalimantan Selatan: 13 SKK, Rp108.137.709 recovered, 5 %.</summary>
    public static readonly RecoveryFigures[] Rows =
    [
        new("Kejaksaan Negeri Banjarmasin", 5, 1_050_000_000_00, 52_500_000_00, 5.0m, new DateOnly(2021, 11, 8)),
        new("Kejaksaan Negeri Hulu Sungai Tengah", 4, 612_754_180_00, 30_637_709_00, 5.0m, new DateOnly(2022, 2, 16)),
        new("Kejaksaan Negeri Tanah Laut", 4, 500_000_000_00, 25_000_000_00, 5.0m, null),
    ];

    public static readonly RecoveryFigures Totals = new("Jumlah", 13, 2_162_754_180_00, 108_137_709_00, 5.0m, null);

    public static ExcelTable<RecoveryFigures> Table() =>
        new ExcelTable<RecoveryFigures>("Pemulihan per Kejari", "Kejaksaan Tinggi Kalimantan Selatan, Januari s.d. Desember 2021")
            .Text("Kejaksaan Negeri", r => r.Office)
            .Integer("SKK selesai", r => r.SkkFinished)
            .Money("Tunggakan diserahkan", r => r.ArrearsSen)
            .Money("Dipulihkan", r => r.RecoveredSen)
            .Percentage("Tingkat pemulihan", r => r.RecoveryRate)
            .Date("SKK terakhir diterima", r => r.LastHandover, width: 22);
}
