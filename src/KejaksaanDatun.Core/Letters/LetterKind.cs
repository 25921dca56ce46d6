namespace KejaksaanDatun.Core.Letters;

/// <summary>The default letters of PRODUCT.md §4.</summary>
public enum LetterKind
{
    SuratPerintah, Skks, Undangan1, Undangan2, Undangan3, Somasi, BeritaAcaraPertemuan, PernyataanKesanggupan,
    LaporanPelaksanaanSkk, PengembalianSkk, LaporanBulanan,
}
