using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Letters;

/// <summary>What the user says about a letter beyond the case data: its date, signer and, for a summons, the meeting.</summary>
public sealed record LetterInput(
    LetterKind Kind,
    DateOnly Date,
    string Number,
    AppUser Signer,
    SummonsDetails? Summons);

public sealed record SummonsDetails(DateOnly Date, TimeOnly Time, string Place, string Purpose);

/// <summary>The case as a letter sees it: the SKK with its employer, offices, lines and team.</summary>
public sealed record CaseForLetter(
    Skk Skk,
    Employer Employer,
    Office KejaksaanOffice,
    Office? KejaksaanParent,
    Office BpjsOffice,
    IReadOnlyList<(AppUser User, bool IsLead)> Team);

/// <summary>Turns a case into the <see cref="LetterData"/> every template receives (templates/README.md lists the paths).</summary>
public static class LetterDataBuilder
{
    public static LetterData Build(CaseForLetter c, LetterInput input)
    {
        var office = c.KejaksaanOffice;
        var skk = c.Skk;
        return new LetterData
        {
            Kop = KopOf(office, c.KejaksaanParent),
            Nomor = input.Number,
            Tanggal = input.Date,
            Sifat = "Penting",
            Lampiran = input.Kind is LetterKind.Undangan1 or LetterKind.Undangan2 or LetterKind.Undangan3 or LetterKind.Somasi
                ? "1 (satu) berkas rincian tunggakan" : "-",
            Perihal = SubjectOf(input.Kind, c.Employer.Name),
            Tujuan = AddresseeOf(input.Kind, c),
            BadanUsaha = new BadanUsaha
            {
                Nama = c.Employer.Name, Npp = c.Employer.Npp, Npwp = c.Employer.Npwp, Alamat = c.Employer.Address,
                Kabupaten = c.Employer.District, Sektor = c.Employer.Sector, Narahubung = c.Employer.ContactPerson,
                JumlahTenagaKerja = c.Employer.WorkerCount,
            },
            Skk = new SkkData
            {
                Nomor = skk.Number, Tanggal = skk.Date, BerlakuSampai = skk.ValidUntil, NomorRegister = skk.RegisterNumber,
                JenisPerkara = DomainLabels.Of(skk.CaseType), PemberiKuasa = skk.GrantorName, JabatanPemberiKuasa = skk.GrantorTitle,
                KantorBpjs = c.BpjsOffice.Name, AlamatKantorBpjs = c.BpjsOffice.Address,
            },
            Tunggakan = ArrearsOf(skk),
            TimJpn = c.Team.OrderByDescending(m => m.IsLead).Select(m => new AnggotaJpn
            {
                Nama = m.User.FullName, Pangkat = m.User.Pangkat, Nip = m.User.Nip, Jabatan = "Jaksa Pengacara Negara", Ketua = m.IsLead,
            }).ToList(),
            Undangan = input.Summons is { } s ? new Undangan
            {
                Ke = input.Kind.SummonsOrdinal(),
                Tanggal = new DateTimeOffset(s.Date.ToDateTime(s.Time), TimeSpan.FromHours((int)office.TimeZone)),
                Jam = $"{s.Time:HH.mm} {office.TimeZone}",
                Tempat = s.Place,
                Keperluan = s.Purpose,
                Narahubung = c.Team.Where(m => m.IsLead).Select(m => m.User.FullName + (string.IsNullOrEmpty(m.User.PhoneNumber) ? "" : $" ({m.User.PhoneNumber})"))
                    .FirstOrDefault(),
            } : null,
            Pengembalian = input.Kind == LetterKind.PengembalianSkk ? new Pengembalian { Alasan = skk.ReturnReason } : null,
            Penandatangan = new Penandatangan
            {
                Jabatan = input.Signer.Jabatan,
                // Anyone but the head signs on the head's behalf ("atas nama").
                AtasNama = input.Signer.Jabatan.StartsWith("Kepala Kejaksaan", StringComparison.OrdinalIgnoreCase) ? null : $"a.n. {office.HeadTitle}",
                Nama = input.Signer.FullName,
                Pangkat = input.Signer.Pangkat,
                Nip = input.Signer.Nip,
                Kota = office.City,
            },
            Tembusan = [c.KejaksaanParent is { } parent ? $"Kepala {parent.Name}" : "Kepala Kejaksaan Tinggi", $"Kepala {c.BpjsOffice.Name}", "Arsip"],
        };
    }

    /// <summary>
    /// The letterhead of a Kejaksaan office: the office under the office above it (a Kejari under its Kejati). The
    /// Kejaksaan Agung is not named above a Kejati, whose letterhead carries only its own name.
    /// </summary>
    public static Kop KopOf(Office office, Office? parent) => new()
    {
        NamaKejati = parent is { Kind: not OfficeKind.KejaksaanAgung } ? parent.Name.ToUpperInvariant() : null,
        NamaKantor = office.Name.ToUpperInvariant(),
        Alamat = office.Address,
        Telepon = NullIfEmpty(office.Phone),
        Email = NullIfEmpty(office.Email),
        Laman = NullIfEmpty(office.Website),
        Kota = office.City,
        KodeSurat = office.LetterCode,
    };

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>One row per month, as letters show arrears: the programs owed that month and their sums.</summary>
    private static Tunggakan ArrearsOf(Skk skk) =>
        Tunggakan.From(skk.ArrearsLines.GroupBy(l => l.Period).OrderBy(g => g.Key).Select(month => new BarisTunggakan
        {
            Periode = month.Key,
            Program = string.Join(", ", month.OrderBy(l => l.Program).Select(l => DomainLabels.Of(l.Program))),
            Iuran = Money.Sum(month.Select(l => l.Iuran)).Rupiah,
            Denda = Money.Sum(month.Select(l => l.Denda)).Rupiah,
            Jumlah = Money.Sum(month.Select(l => l.Total)).Rupiah,
        }));

    private static string SubjectOf(LetterKind kind, string employer) => kind switch
    {
        LetterKind.Undangan1 or LetterKind.Undangan2 or LetterKind.Undangan3 => "Undangan Klarifikasi Tunggakan Iuran BPJS Ketenagakerjaan",
        LetterKind.Somasi => "Somasi (Teguran) Pembayaran Tunggakan Iuran BPJS Ketenagakerjaan",
        LetterKind.LaporanPelaksanaanSkk => $"Laporan Pelaksanaan Surat Kuasa Khusus atas {employer}",
        LetterKind.PengembalianSkk => $"Pengembalian Surat Kuasa Khusus atas {employer}",
        _ => kind.Label(),
    };

    private static Tujuan? AddresseeOf(LetterKind kind, CaseForLetter c) => kind switch
    {
        LetterKind.Undangan1 or LetterKind.Undangan2 or LetterKind.Undangan3 or LetterKind.Somasi => new Tujuan
        {
            Nama = c.Employer.Name, Jabatan = "Pimpinan", Alamat = c.Employer.Address, Kota = c.Employer.District,
        },
        LetterKind.LaporanPelaksanaanSkk or LetterKind.PengembalianSkk => new Tujuan
        {
            Nama = c.BpjsOffice.Name, Jabatan = c.Skk.GrantorTitle, Alamat = c.BpjsOffice.Address, Kota = c.BpjsOffice.City,
        },
        _ => null,
    };
}
