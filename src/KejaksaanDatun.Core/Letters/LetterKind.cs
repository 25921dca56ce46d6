namespace KejaksaanDatun.Core.Letters;

/// <summary>The letters a Datun office produces for an SKK case, each with a default template in templates/.</summary>
public enum LetterKind
{
    SuratPerintah,
    Skks,
    Undangan1,
    Undangan2,
    Undangan3,
    Somasi,
    BeritaAcaraPertemuan,
    PernyataanKesanggupan,
    LaporanPelaksanaanSkk,
    PengembalianSkk,
    LaporanBulanan,
}

public static class LetterKinds
{
    public static IReadOnlyList<LetterKind> All { get; } = Enum.GetValues<LetterKind>();

    /// <summary>The name shown to users.</summary>
    public static string Label(this LetterKind kind) => kind switch
    {
        LetterKind.SuratPerintah => "Surat Perintah Penunjukan Tim JPN",
        LetterKind.Skks => "Surat Kuasa Khusus Substitusi",
        LetterKind.Undangan1 => "Surat Undangan I",
        LetterKind.Undangan2 => "Surat Undangan II",
        LetterKind.Undangan3 => "Surat Undangan III",
        LetterKind.Somasi => "Somasi",
        LetterKind.BeritaAcaraPertemuan => "Berita Acara Pertemuan",
        LetterKind.PernyataanKesanggupan => "Surat Pernyataan Kesanggupan Membayar",
        LetterKind.LaporanPelaksanaanSkk => "Laporan Pelaksanaan SKK",
        LetterKind.PengembalianSkk => "Surat Pengembalian SKK",
        LetterKind.LaporanBulanan => "Laporan Bulanan Bidang Datun",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>File name of the default template in the templates/ folder.</summary>
    public static string TemplateFileName(this LetterKind kind) => kind switch
    {
        LetterKind.SuratPerintah => "surat-perintah.docx",
        LetterKind.Skks => "skks.docx",
        LetterKind.Undangan1 => "undangan-1.docx",
        LetterKind.Undangan2 => "undangan-2.docx",
        LetterKind.Undangan3 => "undangan-3.docx",
        LetterKind.Somasi => "somasi.docx",
        LetterKind.BeritaAcaraPertemuan => "berita-acara-pertemuan.docx",
        LetterKind.PernyataanKesanggupan => "pernyataan-kesanggupan.docx",
        LetterKind.LaporanPelaksanaanSkk => "laporan-pelaksanaan-skk.docx",
        LetterKind.PengembalianSkk => "pengembalian-skk.docx",
        LetterKind.LaporanBulanan => "laporan-bulanan.docx",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The summons ordinal written in the letter ("I", "II", "III"), or null for other kinds.</summary>
    public static string? SummonsOrdinal(this LetterKind kind) => kind switch
    {
        LetterKind.Undangan1 => "I",
        LetterKind.Undangan2 => "II",
        LetterKind.Undangan3 => "III",
        _ => null,
    };
}
