using System.Text.Json;
using System.Text.Json.Serialization;

namespace KejaksaanDatun.Core.Letters;

// The JSON every letter template receives. Property names are Indonesian because office staff type them into
// templates in Word ({{ BadanUsaha.Nama }}); sections a letter kind does not need stay null. Money is decimal
// rupiah (a JSON number), dates are ISO 8601 (DateOnly → "2022-02-16", DateTimeOffset with the office's offset).

/// <summary>The root of the data a letter template is rendered with.</summary>
public sealed record LetterData
{
    public Kop? Kop { get; init; }
    public string? Nomor { get; init; }
    public DateOnly? Tanggal { get; init; }
    public string? Sifat { get; init; }
    public string? Lampiran { get; init; }
    public string? Perihal { get; init; }
    public Tujuan? Tujuan { get; init; }
    public BadanUsaha? BadanUsaha { get; init; }
    public SkkData? Skk { get; init; }
    public Tunggakan? Tunggakan { get; init; }
    public IReadOnlyList<AnggotaJpn>? TimJpn { get; init; }
    public Undangan? Undangan { get; init; }
    public Somasi? Somasi { get; init; }
    public Pertemuan? Pertemuan { get; init; }
    public Kesanggupan? Kesanggupan { get; init; }
    public Laporan? Laporan { get; init; }
    public Pengembalian? Pengembalian { get; init; }
    public Penandatangan? Penandatangan { get; init; }
    public IReadOnlyList<string>? Tembusan { get; init; }

    /// <summary>Serialiser settings of the letter JSON: property names as declared, nulls left out, readable output.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.General)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>The data as one JSON Lines record (no line breaks).</summary>
    public string ToJsonLine() => JsonSerializer.Serialize(this, new JsonSerializerOptions(JsonOptions) { WriteIndented = false });

    public JsonElement ToJsonElement() => JsonSerializer.SerializeToElement(this, JsonOptions);

    public static LetterData? FromJson(string json) => JsonSerializer.Deserialize<LetterData>(json, JsonOptions);
}

/// <summary>Kop surat: the letterhead of the issuing Kejaksaan office.</summary>
public sealed record Kop
{
    public string NamaInstansi { get; init; } = "KEJAKSAAN REPUBLIK INDONESIA";
    /// <summary>"KEJAKSAAN TINGGI KALIMANTAN SELATAN"; empty for a Kejati's own letters.</summary>
    public string? NamaKejati { get; init; }
    /// <summary>"KEJAKSAAN NEGERI HULU SUNGAI TENGAH".</summary>
    public string? NamaKantor { get; init; }
    public string? Alamat { get; init; }
    public string? Telepon { get; init; }
    public string? Email { get; init; }
    public string? Laman { get; init; }
    /// <summary>Town where the office's letters are dated ("Barabai").</summary>
    public string? Kota { get; init; }
    /// <summary>The office's letter code used in numbers ("O.3.14").</summary>
    public string? KodeSurat { get; init; }
}

/// <summary>The addressee: "Kepada Yth. {Jabatan} {Nama}, {Alamat}, di – {Kota}".</summary>
public sealed record Tujuan
{
    public string? Nama { get; init; }
    public string? Jabatan { get; init; }
    public string? Alamat { get; init; }
    public string? Kota { get; init; }
}

/// <summary>The employer the SKK is about.</summary>
public sealed record BadanUsaha
{
    public string? Nama { get; init; }
    /// <summary>Nomor Pendaftaran Perusahaan; empty for an employer not yet registered (PWBD).</summary>
    public string? Npp { get; init; }
    public string? Npwp { get; init; }
    public string? Alamat { get; init; }
    public string? Kabupaten { get; init; }
    public string? Sektor { get; init; }
    public string? Pimpinan { get; init; }
    public string? Narahubung { get; init; }
    public int? JumlahTenagaKerja { get; init; }
}

/// <summary>The Surat Kuasa Khusus from the BPJS office head.</summary>
public sealed record SkkData
{
    public string? Nomor { get; init; }
    public DateOnly? Tanggal { get; init; }
    public DateOnly? BerlakuSampai { get; init; }
    /// <summary>The Kejari's register number given on acceptance.</summary>
    public string? NomorRegister { get; init; }
    /// <summary>Case type in words ("Piutang Iuran", "Perusahaan Wajib Belum Daftar", …).</summary>
    public string? JenisPerkara { get; init; }
    public string? PemberiKuasa { get; init; }
    public string? JabatanPemberiKuasa { get; init; }
    /// <summary>"BPJS Ketenagakerjaan Cabang Banjarmasin".</summary>
    public string? KantorBpjs { get; init; }
    public string? AlamatKantorBpjs { get; init; }
}

/// <summary>The arrears claimed, one line per month and programme, with totals that reconcile to the rupiah.</summary>
public sealed record Tunggakan
{
    public IReadOnlyList<BarisTunggakan> Baris { get; init; } = [];
    /// <summary>First day of the first month in arrears.</summary>
    public DateOnly? PeriodeAwal { get; init; }
    /// <summary>First day of the last month in arrears.</summary>
    public DateOnly? PeriodeAkhir { get; init; }
    public decimal TotalIuran { get; init; }
    public decimal TotalDenda { get; init; }
    public decimal Total { get; init; }

    /// <summary>Builds the section from its lines, computing the period and the totals.</summary>
    public static Tunggakan From(IEnumerable<BarisTunggakan> lines)
    {
        var list = lines.ToList();
        return new Tunggakan
        {
            Baris = list,
            PeriodeAwal = list.Count == 0 ? null : list.Min(l => l.Periode),
            PeriodeAkhir = list.Count == 0 ? null : list.Max(l => l.Periode),
            TotalIuran = list.Sum(l => l.Iuran),
            TotalDenda = list.Sum(l => l.Denda),
            Total = list.Sum(l => l.Jumlah),
        };
    }
}

public sealed record BarisTunggakan
{
    /// <summary>First day of the month the contribution was due for.</summary>
    public DateOnly Periode { get; init; }
    /// <summary>"JKK, JKM, JHT, JP" or one programme.</summary>
    public string? Program { get; init; }
    public decimal Iuran { get; init; }
    public decimal Denda { get; init; }
    public decimal Jumlah { get; init; }
}

/// <summary>A member of the JPN team appointed by Surat Perintah.</summary>
public sealed record AnggotaJpn
{
    public string? Nama { get; init; }
    public string? Pangkat { get; init; }
    public string? Nip { get; init; }
    public string? Jabatan { get; init; }
    /// <summary>True for the team leader (Ketua Tim).</summary>
    public bool Ketua { get; init; }
    /// <summary>The member's place in the team in words, for tables where a condition cannot sit in a cell.</summary>
    public string Kedudukan => Ketua ? "Ketua Tim" : "Anggota Tim";
}

/// <summary>A summons (Undangan / Panggilan) I, II or III.</summary>
public sealed record Undangan
{
    /// <summary>"I", "II" or "III".</summary>
    public string? Ke { get; init; }
    /// <summary>Date and time of the meeting with the office's offset (2022-02-16T09:00:00+08:00).</summary>
    public DateTimeOffset? Tanggal { get; init; }
    /// <summary>"09.00 WITA".</summary>
    public string? Jam { get; init; }
    public string? Tempat { get; init; }
    /// <summary>"klarifikasi dan negosiasi penyelesaian tunggakan iuran BPJS Ketenagakerjaan".</summary>
    public string? Keperluan { get; init; }
    /// <summary>JPN to contact about the summons.</summary>
    public string? Narahubung { get; init; }
    /// <summary>Earlier summons of the same case, oldest first.</summary>
    public IReadOnlyList<UndanganSebelumnya>? Sebelumnya { get; init; }
}

public sealed record UndanganSebelumnya
{
    public string? Ke { get; init; }
    public string? Nomor { get; init; }
    public DateOnly? Tanggal { get; init; }
    /// <summary>What happened: "tidak hadir tanpa keterangan".</summary>
    public string? Hasil { get; init; }
}

/// <summary>A formal warning (somasi) after the summons went unanswered.</summary>
public sealed record Somasi
{
    /// <summary>Days the employer has to pay or respond.</summary>
    public int? BatasHari { get; init; }
    public DateOnly? BatasTanggal { get; init; }
}

/// <summary>A meeting recorded in a Berita Acara.</summary>
public sealed record Pertemuan
{
    /// <summary>"Klarifikasi", "Negosiasi", "Fasilitasi", "Mediasi".</summary>
    public string? Jenis { get; init; }
    public DateTimeOffset? Tanggal { get; init; }
    public string? Jam { get; init; }
    public string? Tempat { get; init; }
    public IReadOnlyList<PihakHadir>? Hadir { get; init; }
    /// <summary>What the employer stated.</summary>
    public string? Pernyataan { get; init; }
    /// <summary>What the parties agreed.</summary>
    public string? Kesepakatan { get; init; }
}

public sealed record PihakHadir
{
    public string? Nama { get; init; }
    public string? Jabatan { get; init; }
    /// <summary>"Kejaksaan Negeri Hulu Sungai Tengah", "BPJS Ketenagakerjaan …", "PT …".</summary>
    public string? Mewakili { get; init; }
}

/// <summary>The employer's commitment to pay, with its installment plan.</summary>
public sealed record Kesanggupan
{
    public decimal JumlahDisanggupi { get; init; }
    /// <summary>The person signing for the employer.</summary>
    public string? NamaPenanggungJawab { get; init; }
    public string? JabatanPenanggungJawab { get; init; }
    public string? NikPenanggungJawab { get; init; }
    public string? AlamatPenanggungJawab { get; init; }
    public IReadOnlyList<Angsuran> Angsuran { get; init; } = [];
}

public sealed record Angsuran
{
    public int Ke { get; init; }
    public DateOnly JatuhTempo { get; init; }
    public decimal Jumlah { get; init; }
}

/// <summary>The report of one SKK's execution to BPJS (the monthly report has its own data, <see cref="MonthlyReportData"/>).</summary>
public sealed record Laporan
{
    /// <summary>Outcome of the SKK in words ("Lunas", "Diangsur", "Tidak Berhasil", …).</summary>
    public string? Hasil { get; init; }
    /// <summary>The steps taken on the SKK, in order.</summary>
    public IReadOnlyList<Kegiatan>? Kegiatan { get; init; }
    public decimal JumlahDipulihkan { get; init; }
    public decimal SisaTunggakan { get; init; }
    public string? Kesimpulan { get; init; }
}

public sealed record Kegiatan
{
    public DateOnly? Tanggal { get; init; }
    public string? Uraian { get; init; }
}

/// <summary>Why an SKK is returned to BPJS.</summary>
public sealed record Pengembalian
{
    public string? Alasan { get; init; }
    /// <summary>What was achieved before the return, if anything.</summary>
    public string? Keterangan { get; init; }
}

/// <summary>The signature block.</summary>
public sealed record Penandatangan
{
    /// <summary>"KEPALA KEJAKSAAN NEGERI HULU SUNGAI TENGAH".</summary>
    public string? Jabatan { get; init; }
    /// <summary>"a.n." line when signing on behalf of the head, e.g. "a.n. KEPALA KEJAKSAAN NEGERI …".</summary>
    public string? AtasNama { get; init; }
    public string? Nama { get; init; }
    public string? Pangkat { get; init; }
    public string? Nip { get; init; }
    public string? Kota { get; init; }
}
