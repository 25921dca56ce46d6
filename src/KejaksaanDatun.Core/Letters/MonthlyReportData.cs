using System.Text.Json;
using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Letters;

// The JSON the monthly report template (LetterKind.LaporanBulanan, in the style of form L.Datun.2) receives.
// Like LetterData, property names are Indonesian because they are typed into the template in Word, money is decimal
// rupiah and dates are ISO 8601. The dashboard fills it from the figures it shows for the month, so that the report
// and the screen agree; the figures' meaning is the dashboard's (PRODUCT.md §6).

/// <summary>The root of the data the monthly report of Datun work is rendered with.</summary>
public sealed record MonthlyReportData
{
    /// <summary>The letterhead of the reporting office (a Kejati's own report leaves <c>NamaKejati</c> empty).</summary>
    public Kop? Kop { get; init; }
    public string? Nomor { get; init; }
    /// <summary>The date the report is signed.</summary>
    public DateOnly? Tanggal { get; init; }
    /// <summary>First day of the reported month (<c>| bulan</c> → <c>Februari 2022</c>).</summary>
    public DateOnly Bulan { get; init; }
    public MonthlyReportSummary Ringkasan { get; init; } = new();
    public MonthlyReportBreakdown Rincian { get; init; } = new();
    public MonthlyReportCases Perkara { get; init; } = new();
    public Penandatangan? Penandatangan { get; init; }
    public IReadOnlyList<string>? Tembusan { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, LetterData.JsonOptions);

    public JsonElement ToJsonElement() => JsonSerializer.SerializeToElement(this, LetterData.JsonOptions);
}

/// <summary>The month's key figures for the reporting office and every office below it.</summary>
public sealed record MonthlyReportSummary
{
    /// <summary>SKK received in the month.</summary>
    public int SkkDiterima { get; init; }
    /// <summary>SKK still being handled at the end of the month.</summary>
    public int SkkDalamProses { get; init; }
    /// <summary>SKK finished in the month, one line per outcome (<see cref="DomainLabels.Of(CaseOutcome)"/>).</summary>
    public IReadOnlyList<MonthlyReportOutcomeCount> Hasil { get; init; } = [];
    public int SkkSelesai => Hasil.Sum(h => h.Jumlah);
    /// <summary>Arrears handed over with the SKK, in rupiah.</summary>
    public decimal TunggakanDiserahkan { get; init; }
    /// <summary>Recovered and confirmed by BPJS, in rupiah.</summary>
    public decimal Dipulihkan { get; init; }
    /// <summary>The recovery rate as the dashboard shows it, in percent (<see cref="RecoveryMath.RecoveryRate"/>).</summary>
    public decimal PersentasePemulihan { get; init; }
    /// <summary><c>5,0 %</c>, written as everywhere in the app.</summary>
    public string TingkatPemulihan => RecoveryMath.FormatRate(PersentasePemulihan);
    /// <summary>Employers newly registered (PWBD: NPP issued).</summary>
    public int BadanUsahaTerdaftar { get; init; }
    /// <summary>Workers added to BPJS membership (PWBD and PDS).</summary>
    public int TenagaKerjaDitambahkan { get; init; }
}

public sealed record MonthlyReportOutcomeCount
{
    /// <summary>The outcome in words: "Lunas", "Tidak berhasil (SKK dikembalikan)", …</summary>
    public string? Hasil { get; init; }
    public int Jumlah { get; init; }
}

/// <summary>
/// The figures split per office below the reporting one (a Kejati's Kejari) or per JPN (a Kejari's prosecutors).
/// The rows should add up to <see cref="MonthlyReportData.Ringkasan"/>, which the template prints as their total.
/// </summary>
public sealed record MonthlyReportBreakdown
{
    /// <summary>The heading of the name column: "Satuan Kerja" or "Jaksa Pengacara Negara".</summary>
    public string? Judul { get; init; }
    public IReadOnlyList<MonthlyReportBreakdownRow> Baris { get; init; } = [];
}

public sealed record MonthlyReportBreakdownRow
{
    /// <summary>"Kejaksaan Negeri Hulu Sungai Tengah", or a JPN's name.</summary>
    public string? Nama { get; init; }
    public int SkkDiterima { get; init; }
    public int SkkDalamProses { get; init; }
    public int SkkSelesai { get; init; }
    public decimal TunggakanDiserahkan { get; init; }
    public decimal Dipulihkan { get; init; }
    public decimal PersentasePemulihan { get; init; }
    public string TingkatPemulihan => RecoveryMath.FormatRate(PersentasePemulihan);
}

/// <summary>The cases handled in the month, one row each, with their totals.</summary>
public sealed record MonthlyReportCases
{
    public IReadOnlyList<MonthlyReportCaseRow> Baris { get; init; } = [];
    public int JumlahPerkara => Baris.Count;
    public decimal TotalTunggakan => Baris.Sum(b => b.Tunggakan);
    public decimal TotalDipulihkan => Baris.Sum(b => b.Dipulihkan);
}

public sealed record MonthlyReportCaseRow
{
    public string? NomorSkk { get; init; }
    public DateOnly? TanggalSkk { get; init; }
    public string? BadanUsaha { get; init; }
    /// <summary>The case type in words (<see cref="DomainLabels.Of(CaseType)"/>).</summary>
    public string? Jenis { get; init; }
    /// <summary>Arrears claimed in the SKK, in rupiah.</summary>
    public decimal Tunggakan { get; init; }
    /// <summary>Recovered and confirmed up to the end of the month, in rupiah.</summary>
    public decimal Dipulihkan { get; init; }
    /// <summary>The case's state or outcome in words at the end of the month.</summary>
    public string? Status { get; init; }
    /// <summary>An optional note: "Angsuran ke-2 dari 6", "NPP terbit; 12 tenaga kerja".</summary>
    public string? Keterangan { get; init; }
}
