using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Reminders;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Core.Data;

/// <summary>A demo account: who it is, what it may do and where it works.</summary>
public sealed record DemoUser(string UserName, string FullName, string Role, string OfficeCode, string Jabatan);

/// <summary>
/// Demo data for a fresh database: the Kalimantan Selatan / Kalimantan Tengah offices of both institutions,
/// their users, MoU/PKS, employers and SKK in every state of the lifecycle with their timelines.
/// <para>
/// Every date is relative to today (the registered <see cref="TimeProvider"/>), so the demo looks the same in
/// any year: the agreements that should be in force are in force today, the SKK are dated within the last ten
/// months and still valid, and the timelines end in the past. The random numbers come from a fixed seed, so
/// the same day always gives the same data.
/// </para>
/// </summary>
public static class DemoData
{
    public const string DemoPassword = "Datun#2026";

    private sealed record Staff(DemoUser User, string Nip, string Pangkat);

    private const string JpnJabatan = "Jaksa Fungsional pada Seksi Perdata dan Tata Usaha Negara";
    private const string KasiDatun = "Kepala Seksi Perdata dan Tata Usaha Negara";

    private static readonly Staff[] StaffList =
    [
        new(new("admin", "Rahmat Hidayat, S.Kom.", Roles.Admin, "KEJAGUNG", "Pranata Komputer Ahli Muda, Pusat Data Statistik Kriminal dan Teknologi Informasi"), "198607142010121003", "Penata Tk. I (III/d)"),
        new(new("bpjs.bjm", "Muhammad Rizky Ananda, S.H.", Roles.StafBpjs, "BPJS-BJM", "Penata Madya Pengawasan dan Pemeriksaan"), "199203182016031001", ""),
        new(new("pimpinan.bpjs.bjm", "Ahmad Fauzan Noor", Roles.PimpinanBpjs, "BPJS-BJM", "Kepala Kantor Cabang Banjarmasin"), "197705212002121002", ""),
        new(new("bpjs.kdg", "Siti Nurhaliza Rahmah, S.E.", Roles.StafBpjs, "BPJS-KDG", "Penata Madya Kepesertaan"), "199410052019032002", ""),
        new(new("bpjs.plk", "Yohanes Nyahu, S.H.", Roles.StafBpjs, "BPJS-PLK", "Penata Madya Pengawasan dan Pemeriksaan"), "199001232015031004", ""),
        new(new("pimpinan.bpjs.kanwil", "Hendra Gunawan Saputra", Roles.PimpinanBpjs, "BPJS-KANWIL-KAL", "Deputi Direktur Wilayah Kalimantan"), "197311091998031001", ""),
        new(new("kasidatun.hst", "Muhammad Ridwan Hafidz, S.H., M.H.", Roles.PimpinanKejaksaan, "KEJARI-HST", KasiDatun), "198104122006041002", "Jaksa Madya"),
        new(new("kajari.hst", "Trimo, S.H., M.H.", Roles.PimpinanKejaksaan, "KEJARI-HST", "Kepala Kejaksaan Negeri Hulu Sungai Tengah"), "197208161996031001", "Jaksa Utama Pratama"),
        new(new("jpn.hst1", "Rina Marlina, S.H.", Roles.Jpn, "KEJARI-HST", JpnJabatan), "198909302014032003", "Jaksa Muda"),
        new(new("jpn.hst2", "Akhmad Syahrani, S.H., M.H.", Roles.Jpn, "KEJARI-HST", JpnJabatan), "198705172012121001", "Jaksa Muda"),
        new(new("jpn.hst3", "Nor Aina Fitriani, S.H.", Roles.Jpn, "KEJARI-HST", JpnJabatan), "199512082020122002", "Jaksa Pratama"),
        new(new("kasidatun.bjm", "Fadli Rahman, S.H., M.H.", Roles.PimpinanKejaksaan, "KEJARI-BJM", KasiDatun), "198002262005011001", "Jaksa Madya"),
        new(new("jpn.bjm1", "Dewi Anggraini Putri, S.H.", Roles.Jpn, "KEJARI-BJM", JpnJabatan), "198811112013032001", "Jaksa Muda"),
        new(new("jpn.bjm2", "Yusuf Maulana, S.H.", Roles.Jpn, "KEJARI-BJM", JpnJabatan), "199306242018011003", "Jaksa Pratama"),
        new(new("kajati.kalsel", "Rudi Prabowo Aji, S.H., M.H.", Roles.PimpinanKejaksaan, "KEJATI-KALSEL", "Kepala Kejaksaan Tinggi Kalimantan Selatan"), "196903151994031002", "Jaksa Utama Madya"),
        new(new("kasidatun.plk", "Agus Setiawan, S.H., M.H.", Roles.PimpinanKejaksaan, "KEJARI-PLK", KasiDatun), "198207092007031002", "Jaksa Madya"),
        new(new("jpn.plk1", "Natalia Ningsih, S.H.", Roles.Jpn, "KEJARI-PLK", JpnJabatan), "199102142016122001", "Jaksa Muda"),
    ];

    public static readonly IReadOnlyList<DemoUser> Users = StaffList.Select(s => s.User).ToArray();

    private sealed record OfficeSeed(
        string Code, string Name, OfficeKind Kind, string? Parent, string City, string Address,
        OfficeTimeZone Zone, string LetterCode, string HeadTitle, string HeadName);

    /// <summary>Parents before children.</summary>
    private static readonly OfficeSeed[] OfficeSeeds =
    [
        new("KEJAGUNG", "Kejaksaan Agung Republik Indonesia", OfficeKind.KejaksaanAgung, null, "Jakarta",
            "Jl. Sultan Hasanuddin No. 1, Kebayoran Baru, Jakarta Selatan 12160", OfficeTimeZone.WIB, "O",
            "Jaksa Agung Republik Indonesia", "Dr. Sanitiar Burhanuddin, S.H., M.M."),
        new("BPJS-PUSAT", "BPJS Ketenagakerjaan Kantor Pusat", OfficeKind.BpjsKantorPusat, null, "Jakarta",
            "Jl. Jend. Gatot Subroto No. 79, Setiabudi, Jakarta Selatan 12930", OfficeTimeZone.WIB, "KP",
            "Direktur Utama BPJS Ketenagakerjaan", "Anggoro Eko Cahyo"),
        new("KEJATI-KALSEL", "Kejaksaan Tinggi Kalimantan Selatan", OfficeKind.Kejati, "KEJAGUNG", "Banjarmasin",
            "Jl. D.I. Panjaitan No. 1, Antasan Besar, Banjarmasin Tengah, Banjarmasin 70114", OfficeTimeZone.WITA, "O.3",
            "Kepala Kejaksaan Tinggi Kalimantan Selatan", "Rudi Prabowo Aji, S.H., M.H."),
        new("KEJATI-KALTENG", "Kejaksaan Tinggi Kalimantan Tengah", OfficeKind.Kejati, "KEJAGUNG", "Palangka Raya",
            "Jl. Imam Bonjol No. 4, Menteng, Jekan Raya, Palangka Raya 73112", OfficeTimeZone.WIB, "O.16",
            "Kepala Kejaksaan Tinggi Kalimantan Tengah", "Dr. Andi Kurniawan, S.H., M.H."),
        new("BPJS-KANWIL-KAL", "BPJS Ketenagakerjaan Kantor Wilayah Kalimantan", OfficeKind.BpjsKanwil, "BPJS-PUSAT", "Balikpapan",
            "Jl. Jend. Sudirman No. 33, Klandasan Ilir, Balikpapan Kota, Balikpapan 76113", OfficeTimeZone.WITA, "KW-KAL",
            "Deputi Direktur Wilayah Kalimantan", "Hendra Gunawan Saputra"),
        new("KEJARI-HST", "Kejaksaan Negeri Hulu Sungai Tengah", OfficeKind.Kejari, "KEJATI-KALSEL", "Barabai",
            "Jl. Murakata No. 3, Barabai Timur, Barabai, Kabupaten Hulu Sungai Tengah 71314", OfficeTimeZone.WITA, "O.3.14",
            "Kepala Kejaksaan Negeri Hulu Sungai Tengah", "Trimo, S.H., M.H."),
        new("KEJARI-BJM", "Kejaksaan Negeri Banjarmasin", OfficeKind.Kejari, "KEJATI-KALSEL", "Banjarmasin",
            "Jl. Brigjend H. Hasan Basri No. 3, Kayu Tangi, Banjarmasin Utara, Banjarmasin 70124", OfficeTimeZone.WITA, "O.3.10",
            "Kepala Kejaksaan Negeri Banjarmasin", "Indra Lesmana, S.H., M.H."),
        new("KEJARI-PLK", "Kejaksaan Negeri Palangka Raya", OfficeKind.Kejari, "KEJATI-KALTENG", "Palangka Raya",
            "Jl. Tjilik Riwut Km. 2,5, Palangka, Jekan Raya, Palangka Raya 73112", OfficeTimeZone.WIB, "O.16.10",
            "Kepala Kejaksaan Negeri Palangka Raya", "Yusuf Hidayat, S.H., M.H."),
        new("BPJS-BJM", "BPJS Ketenagakerjaan Cabang Banjarmasin", OfficeKind.BpjsKancab, "BPJS-KANWIL-KAL", "Banjarmasin",
            "Jl. Lambung Mangkurat No. 12, Kertak Baru Ilir, Banjarmasin Tengah, Banjarmasin 70111", OfficeTimeZone.WITA, "KC-BJM",
            "Kepala BPJS Ketenagakerjaan Cabang Banjarmasin", "Ahmad Fauzan Noor"),
        new("BPJS-PLK", "BPJS Ketenagakerjaan Cabang Palangka Raya", OfficeKind.BpjsKancab, "BPJS-KANWIL-KAL", "Palangka Raya",
            "Jl. RTA Milono Km. 1,5, Langkai, Pahandut, Palangka Raya 73111", OfficeTimeZone.WIB, "KC-PLK",
            "Kepala BPJS Ketenagakerjaan Cabang Palangka Raya", "Budi Wahyudi"),
        new("BPJS-KDG", "BPJS Ketenagakerjaan KCP Kandangan", OfficeKind.BpjsKcp, "BPJS-BJM", "Kandangan",
            "Jl. Jend. Sudirman No. 45, Kandangan Kota, Kandangan, Kabupaten Hulu Sungai Selatan 71211", OfficeTimeZone.WITA, "KCP-KDG",
            "Kepala BPJS Ketenagakerjaan Kantor Cabang Perintis Kandangan", "Iwan Pramono"),
    ];

    /// <summary>The kop surat contact lines of the Kejaksaan offices.</summary>
    private static readonly Dictionary<string, (string? Phone, string? Email, string? Website)> Contacts = new()
    {
        ["KEJAGUNG"] = ("(021) 7221337", "humas@kejaksaan.go.id", "www.kejaksaan.go.id"),
        ["KEJATI-KALSEL"] = ("(0511) 3352316", "kejati.kalsel@kejaksaan.go.id", "www.kejati-kalsel.kejaksaan.go.id"),
        ["KEJATI-KALTENG"] = ("(0536) 3221325", "kejati.kalteng@kejaksaan.go.id", "www.kejati-kalteng.kejaksaan.go.id"),
        ["KEJARI-HST"] = ("(0517) 41023", "kejari.hst@kejaksaan.go.id", "www.kejari-hulusungaitengah.kejaksaan.go.id"),
        ["KEJARI-BJM"] = ("(0511) 3300412", "kejari.banjarmasin@kejaksaan.go.id", "www.kejari-banjarmasin.kejaksaan.go.id"),
        ["KEJARI-PLK"] = ("(0536) 3224016", "kejari.palangkaraya@kejaksaan.go.id", "www.kejari-palangkaraya.kejaksaan.go.id"),
    };

    private sealed record EmployerSeed(
        string Name, string Office, bool Registered, string Address, string District, string Sector, int Workers, string Contact);

    private static readonly EmployerSeed[] EmployerSeeds =
    [
        // BPJS Cabang Banjarmasin: Hulu Sungai Tengah (cases go to Kejari HST) …
        new("PT Murakata Sawit Lestari", "BPJS-BJM", true, "Jl. Raya Barabai–Birayang Km. 9, Desa Tabat", "Batang Alai Selatan", "Perkebunan kelapa sawit", 145, "H. Muhammad Yusran"),
        new("CV Barabai Karya Mandiri", "BPJS-BJM", true, "Jl. Hasan Basri No. 21, Barabai Barat", "Barabai", "Konstruksi gedung dan jalan", 38, "Rusdiansyah"),
        new("PT Hulu Sungai Agro Makmur", "BPJS-BJM", true, "Jl. Haruyan–Barabai Km. 4, Desa Haruyan", "Haruyan", "Perkebunan dan pengolahan karet", 92, "Ir. Syamsul Bahri"),
        new("Koperasi Produsen Tani Pandawan Jaya", "BPJS-BJM", true, "Jl. Desa Banua Hanyar No. 7", "Pandawan", "Pertanian padi dan penggilingan", 24, "Hj. Siti Aisyah"),
        new("Rumah Sakit Islam Murakata", "BPJS-BJM", true, "Jl. Ir. P.H.M. Noor No. 45, Barabai Timur", "Barabai", "Jasa kesehatan", 160, "dr. Ahmad Zaini"),
        new("Hotel Bumi Murakata Barabai", "BPJS-BJM", true, "Jl. Brigjend H. Hasan Basri No. 88, Barabai Darat", "Barabai", "Perhotelan dan restoran", 42, "Lisa Novitasari"),
        new("CV Labuan Amas Sejahtera", "BPJS-BJM", true, "Jl. Raya Pantai Hambawang No. 15", "Labuan Amas Utara", "Perdagangan hasil bumi", 18, "Abdul Gafur"),
        new("PT Meratus Batu Alam", "BPJS-BJM", true, "Jl. Desa Hantakan RT 03", "Hantakan", "Penggalian batu dan pasir", 67, "Bambang Supriyadi"),
        new("CV Sumber Rezeki Haruyan", "BPJS-BJM", true, "Jl. Desa Teluk Mesjid No. 3", "Haruyan", "Penggilingan padi", 21, "H. Masrani"),
        // … and Banjarmasin (cases go to Kejari Banjarmasin).
        new("PT Barito Logistik Nusantara", "BPJS-BJM", true, "Jl. Lambung Mangkurat No. 57", "Banjarmasin Tengah", "Angkutan dan pergudangan", 110, "Fransiska Wulandari"),
        new("PT Kayu Tangi Lapis Utama", "BPJS-BJM", true, "Jl. Sultan Adam Kompleks Industri No. 9", "Banjarmasin Utara", "Industri kayu lapis", 310, "Hendrawan Susilo"),
        new("Hotel Sungai Martapura Indah", "BPJS-BJM", true, "Jl. Pangeran Samudera No. 11", "Banjarmasin Tengah", "Perhotelan dan restoran", 85, "Rini Kartikasari"),
        new("CV Antasari Cipta Konstruksi", "BPJS-BJM", true, "Jl. A. Yani Km. 4,5 No. 20", "Banjarmasin Selatan", "Konstruksi", 55, "Ir. Gusti Rahmadi"),
        new("Koperasi TKBM Pelabuhan Trisakti", "BPJS-BJM", true, "Jl. Barito Hilir Kawasan Pelabuhan Trisakti", "Banjarmasin Barat", "Jasa bongkar muat pelabuhan", 130, "Saberan"),
        new("PT Kalimantan Prima Karet", "BPJS-BJM", true, "Jl. Lingkar Basirih No. 88", "Banjarmasin Barat", "Industri pengolahan karet remah", 240, "Teddy Kurniawan"),
        new("Rumah Sakit Bersalin Ananda", "BPJS-BJM", true, "Jl. Veteran No. 102", "Banjarmasin Timur", "Jasa kesehatan", 48, "dr. Nurul Hidayah"),
        new("PT Sasirangan Tekstil Banua", "BPJS-BJM", true, "Jl. Seberang Masjid No. 14", "Banjarmasin Tengah", "Industri tekstil", 75, "Hj. Norlaila"),
        new("CV Rantau Baru Elektrik", "BPJS-BJM", true, "Jl. Kayu Tangi Ujung No. 31", "Banjarmasin Utara", "Instalasi listrik", 26, "Riduan Syahrani"),
        new("PT Intan Sejahtera Transportasi", "BPJS-BJM", true, "Jl. A. Yani Km. 6 No. 2", "Banjarmasin Timur", "Angkutan darat", 64, "Agus Salim"),
        // Not registered with BPJS Ketenagakerjaan: PWBD.
        new("Toko Bangunan Sinar Barabai", "BPJS-BJM", false, "Jl. Pasar Keramat No. 6, Barabai Utara", "Barabai", "Perdagangan bahan bangunan", 15, "Liem Hok Sin"),
        new("Rumah Makan Soto Banjar Sungai Jingah", "BPJS-BJM", false, "Jl. Sungai Jingah No. 40", "Banjarmasin Utara", "Penyediaan makanan dan minuman", 22, "Hj. Rusmiati"),
        new("CV Pandawan Mitra Usaha", "BPJS-BJM", false, "Jl. Desa Hulu Rasau No. 2", "Pandawan", "Perdagangan eceran", 19, "Ahmad Rifani"),
        // Employers without an SKK yet, to draft one for.
        new("PT Barabai Energi Mandiri", "BPJS-BJM", true, "Jl. Brigjend H. Hasan Basri Km. 2, Barabai Selatan", "Barabai", "Perdagangan bahan bakar (SPBU)", 28, "Gusti Fahriansyah"),
        new("PT Banua Anam Perkasa", "BPJS-BJM", true, "Jl. Raya Birayang No. 17", "Batang Alai Selatan", "Perkebunan kelapa sawit", 88, "H. Zainal Arifin"),
        new("CV Alabio Ternak Unggul", "BPJS-BJM", true, "Jl. Desa Banua Kupang RT 02", "Labuan Amas Utara", "Peternakan itik", 16, "Mahyuni"),
        new("Klinik Pratama Sehat Murakata", "BPJS-BJM", true, "Jl. Murakata No. 55, Barabai Timur", "Barabai", "Jasa kesehatan", 20, "dr. Rizka Amalia"),
        new("PT Martapura Baru Properti", "BPJS-BJM", true, "Jl. Brigjend H. Hasan Basri Kompleks Kayu Tangi II", "Banjarmasin Utara", "Real estat", 35, "Stevanus Wijaya"),
        new("Koperasi Simpan Pinjam Bina Usaha Haruyan", "BPJS-BJM", true, "Jl. Desa Haruyan Seberang No. 4", "Haruyan", "Jasa keuangan koperasi", 12, "Hj. Nurjannah"),
        // KCP Kandangan (hands over under the PKS of its Kancab).
        new("PT Dodol Kandangan Sejahtera", "BPJS-KDG", true, "Jl. Singakarsa No. 12, Kandangan Kota", "Kandangan", "Industri makanan", 34, "Hj. Fatimah Zahra"),
        new("CV Loksado Wisata Alam", "BPJS-KDG", true, "Jl. Desa Loksado RT 01", "Loksado", "Pariwisata", 17, "Ardiansyah"),
        new("PT Angkinang Sawit Makmur", "BPJS-KDG", true, "Jl. Raya Angkinang Km. 7", "Angkinang", "Perkebunan kelapa sawit", 126, "Sugeng Riyadi"),
        new("Hotel Kandangan Permai", "BPJS-KDG", true, "Jl. Aluh Idut No. 21, Kandangan Barat", "Kandangan", "Perhotelan", 29, "Yuliana Sari"),
        new("CV Daha Batu Bata Sentosa", "BPJS-KDG", false, "Jl. Desa Tumbukan Banyu No. 8", "Daha Selatan", "Industri batu bata", 23, "H. Arbani"),
        new("Koperasi Unit Desa Simpur Makmur", "BPJS-KDG", true, "Jl. Desa Simpur No. 1", "Simpur", "Pertanian dan perdagangan pupuk", 19, "Junaidi"),
        // Cabang Palangka Raya.
        new("PT Kahayan Kayu Lestari", "BPJS-PLK", true, "Jl. Pelabuhan Rambang No. 5", "Pahandut", "Industri penggergajian kayu", 180, "Darius Tingang"),
        new("PT Borneo Sawit Tambun Bungai", "BPJS-PLK", true, "Jl. Tjilik Riwut Km. 12", "Jekan Raya", "Perkebunan kelapa sawit", 210, "Ir. Yosef Liling"),
        new("CV Bukit Raya Konstruksi", "BPJS-PLK", true, "Jl. G. Obos No. 27", "Jekan Raya", "Konstruksi", 44, "Hendra Simanjuntak"),
        new("Hotel Isen Mulang Palangka", "BPJS-PLK", true, "Jl. Jend. Sudirman No. 9", "Pahandut", "Perhotelan", 57, "Maria Elisabeth"),
        new("Rumah Sakit Betang Medika", "BPJS-PLK", true, "Jl. Yos Sudarso No. 60", "Jekan Raya", "Jasa kesehatan", 95, "dr. Ricky Anugrah"),
        new("CV Sabangau Rotan Kreasi", "BPJS-PLK", false, "Jl. Mahir Mahar Km. 3", "Sabangau", "Kerajinan rotan", 14, "Eka Damayanti"),
    ];

    private enum Outcome { None, Lunas, SebagianDikembalikan, TidakBerhasil }

    /// <summary>One SKK of the demo: for whom, how far it got, and how many days ago it was dated.</summary>
    private sealed record CaseSeed(
        int Employer, CaseType Type, SkkStatus Status, string Kejari, int DaysAgo,
        SkkStatus? WithdrawnFrom = null, string? Lead = null, string? Member = null,
        string? Reason = null, Outcome Outcome = Outcome.None);

    private static readonly CaseSeed[] CaseSeeds =
    [
        // To Kejari Hulu Sungai Tengah.
        new(0, CaseType.PiutangIuran, SkkStatus.Dilaporkan, "KEJARI-HST", 285, Lead: "jpn.hst1", Member: "jpn.hst3", Outcome: Outcome.Lunas),
        new(1, CaseType.PiutangIuran, SkkStatus.Ditangani, "KEJARI-HST", 95, Lead: "jpn.hst2"),
        new(2, CaseType.PdsTenagaKerja, SkkStatus.Ditangani, "KEJARI-HST", 140, Lead: "jpn.hst1", Member: "jpn.hst2"),
        new(3, CaseType.PiutangIuran, SkkStatus.Diterima, "KEJARI-HST", 20),
        new(4, CaseType.PdsUpah, SkkStatus.Selesai, "KEJARI-HST", 215, Lead: "jpn.hst2", Member: "jpn.hst3", Outcome: Outcome.Lunas),
        new(5, CaseType.PiutangIuran, SkkStatus.Diserahkan, "KEJARI-HST", 8),
        new(6, CaseType.PiutangIuran, SkkStatus.Dikembalikan, "KEJARI-HST", 25,
            Reason: "Rincian tunggakan per bulan belum ditandatangani Kepala Kantor Cabang dan salinan akta pendirian badan usaha belum dilampirkan."),
        new(7, CaseType.PdsProgram, SkkStatus.Ditangani, "KEJARI-HST", 60, Lead: "jpn.hst1"),
        new(8, CaseType.PiutangIuran, SkkStatus.Dicabut, "KEJARI-HST", 45, WithdrawnFrom: SkkStatus.Diserahkan,
            Reason: "Badan usaha telah melunasi seluruh tunggakan iuran dan denda langsung ke BPJS Ketenagakerjaan sebelum SKK diterima."),
        new(19, CaseType.Pwbd, SkkStatus.Ditangani, "KEJARI-HST", 110, Lead: "jpn.hst2", Member: "jpn.hst1"),
        new(21, CaseType.Pwbd, SkkStatus.Draft, "KEJARI-HST", 3),
        new(28, CaseType.PiutangIuran, SkkStatus.Ditangani, "KEJARI-HST", 75, Lead: "jpn.hst1"),
        new(29, CaseType.PiutangIuran, SkkStatus.Diserahkan, "KEJARI-HST", 6),
        new(30, CaseType.PdsTenagaKerja, SkkStatus.Selesai, "KEJARI-HST", 180, Lead: "jpn.hst1", Member: "jpn.hst3", Outcome: Outcome.SebagianDikembalikan),
        new(31, CaseType.PiutangIuran, SkkStatus.Dicabut, "KEJARI-HST", 130, WithdrawnFrom: SkkStatus.Ditangani, Lead: "jpn.hst2",
            Reason: "Badan usaha telah membayar seluruh tunggakan iuran dan denda langsung ke BPJS Ketenagakerjaan KCP Kandangan."),
        new(32, CaseType.Pwbd, SkkStatus.Diterima, "KEJARI-HST", 15),
        // To Kejari Banjarmasin.
        new(9, CaseType.PiutangIuran, SkkStatus.Ditangani, "KEJARI-BJM", 85, Lead: "jpn.bjm1", Member: "jpn.bjm2"),
        new(10, CaseType.PdsUpah, SkkStatus.Ditangani, "KEJARI-BJM", 120, Lead: "jpn.bjm1"),
        new(11, CaseType.PiutangIuran, SkkStatus.Dilaporkan, "KEJARI-BJM", 240, Lead: "jpn.bjm1", Outcome: Outcome.Lunas),
        new(12, CaseType.PiutangIuran, SkkStatus.Selesai, "KEJARI-BJM", 160, Lead: "jpn.bjm2", Member: "jpn.bjm1", Outcome: Outcome.TidakBerhasil),
        new(13, CaseType.PdsTenagaKerja, SkkStatus.Diterima, "KEJARI-BJM", 14),
        new(14, CaseType.PiutangIuran, SkkStatus.Diserahkan, "KEJARI-BJM", 7),
        new(15, CaseType.PiutangIuran, SkkStatus.Dikembalikan, "KEJARI-BJM", 18,
            Reason: "Nomor NPP pada SKK berbeda dengan data kepesertaan dan surat peringatan kedua dari BPJS belum dilampirkan."),
        new(16, CaseType.PdsProgram, SkkStatus.Dicabut, "KEJARI-BJM", 50, WithdrawnFrom: SkkStatus.Diterima,
            Reason: "Badan usaha telah mendaftarkan seluruh program dan melunasi tunggakan sebelum tim JPN ditunjuk."),
        new(17, CaseType.PiutangIuran, SkkStatus.Draft, "KEJARI-BJM", 2),
        new(18, CaseType.PiutangIuran, SkkStatus.Diserahkan, "KEJARI-BJM", 10),
        new(20, CaseType.Pwbd, SkkStatus.Diserahkan, "KEJARI-BJM", 9),
        new(11, CaseType.PiutangIuran, SkkStatus.Draft, "KEJARI-BJM", 1),
        // To Kejari Palangka Raya, while the old PKS was in force (it has expired since).
        new(34, CaseType.PiutangIuran, SkkStatus.Dilaporkan, "KEJARI-PLK", 275, Lead: "jpn.plk1", Outcome: Outcome.SebagianDikembalikan),
        new(35, CaseType.PdsUpah, SkkStatus.Ditangani, "KEJARI-PLK", 200, Lead: "jpn.plk1"),
        new(36, CaseType.PiutangIuran, SkkStatus.Dikembalikan, "KEJARI-PLK", 150,
            Reason: "Perhitungan denda belum sesuai dengan periode tunggakan dan surat kuasa belum dibubuhi meterai."),
        new(37, CaseType.PiutangIuran, SkkStatus.Diterima, "KEJARI-PLK", 135),
        new(38, CaseType.PiutangIuran, SkkStatus.Dicabut, "KEJARI-PLK", 230, WithdrawnFrom: SkkStatus.Ditangani, Lead: "jpn.plk1",
            Reason: "Badan usaha mengajukan pembayaran bertahap langsung kepada BPJS Ketenagakerjaan dan telah membayar angsuran pertama."),
        // Drafted now, but there is no PKS in force with Kejari Palangka Raya to hand it over under.
        new(39, CaseType.Pwbd, SkkStatus.Draft, "KEJARI-PLK", 4),
    ];

    private static readonly string[] Notes =
    [
        "",
        "Badan usaha telah dua kali diberi surat peringatan oleh BPJS Ketenagakerjaan namun tidak menanggapi.",
        "Hasil pemeriksaan petugas pengawasan dan pemeriksaan BPJS Ketenagakerjaan terlampir.",
        "Pimpinan badan usaha pernah menyatakan kesanggupan membayar secara lisan namun tidak ditindaklanjuti.",
        "",
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<DatunDbContext>();
        if (await db.Offices.AnyAsync(ct)) return;

        var time = sp.GetService<TimeProvider>() ?? TimeProvider.System;
        var now = time.GetUtcNow().UtcDateTime;
        db.AuditStamp = AuditStamp.System with { Action = "Data demo", At = now };
        var userManager = sp.GetRequiredService<UserManager<AppUser>>();
        var roleManager = sp.GetRequiredService<RoleManager<IdentityRole>>();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var offices = await SeedOffices(db, ct);
        var users = await SeedUsers(userManager, roleManager, offices);
        var agreements = await SeedAgreements(db, offices, now, ct);
        var cases = new CaseBuilder(db, offices, users, agreements, now);
        cases.Build();
        await db.SaveChangesAsync(ct);
        cases.AddCaseRecords();
        await db.SaveChangesAsync(ct);

        await transaction.CommitAsync(ct);
        // Seeded rows bypass the commands that re-plan reminders, so the demo cases get theirs here.
        await sp.GetRequiredService<ReminderPlanner>().ReplanAllAsync(ct);
    }

    private static async Task<Dictionary<string, Office>> SeedOffices(DatunDbContext db, CancellationToken ct)
    {
        var offices = new Dictionary<string, Office>();
        foreach (var seed in OfficeSeeds)
        {
            offices[seed.Code] = new Office
            {
                Code = seed.Code, Name = seed.Name, Kind = seed.Kind,
                Parent = seed.Parent is null ? null : offices[seed.Parent],
                City = seed.City, Address = seed.Address, TimeZone = seed.Zone, LetterCode = seed.LetterCode,
                HeadTitle = seed.HeadTitle, HeadName = seed.HeadName,
                Phone = Contacts.GetValueOrDefault(seed.Code).Phone ?? "", Email = Contacts.GetValueOrDefault(seed.Code).Email ?? "",
                Website = Contacts.GetValueOrDefault(seed.Code).Website ?? "",
            };
        }
        db.Offices.AddRange(offices.Values);
        await db.SaveChangesAsync(ct);
        // The path holds the ids, which exist only once saved.
        foreach (var seed in OfficeSeeds)
        {
            var office = offices[seed.Code];
            office.Path = (seed.Parent is null ? "/" : offices[seed.Parent].Path) + office.Id + "/";
        }
        await db.SaveChangesAsync(ct);
        return offices;
    }

    private static async Task<Dictionary<string, AppUser>> SeedUsers(
        UserManager<AppUser> userManager, RoleManager<IdentityRole> roleManager, Dictionary<string, Office> offices)
    {
        foreach (var role in Roles.All)
            Check(await roleManager.CreateAsync(new IdentityRole(role)), role);

        var users = new Dictionary<string, AppUser>();
        foreach (var (demo, nip, pangkat) in StaffList)
        {
            var user = new AppUser
            {
                UserName = demo.UserName, Email = demo.UserName + "@demo.datun.id", EmailConfirmed = true, LockoutEnabled = true,
                FullName = demo.FullName, OfficeId = offices[demo.OfficeCode].Id, Nip = nip, Pangkat = pangkat, Jabatan = demo.Jabatan,
            };
            Check(await userManager.CreateAsync(user, DemoPassword), demo.UserName);
            Check(await userManager.AddToRoleAsync(user, demo.Role), demo.UserName);
            users[demo.UserName] = user;
        }
        return users;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Data demo: {what} tidak dapat dibuat: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }

    private static async Task<List<Agreement>> SeedAgreements(DatunDbContext db, Dictionary<string, Office> offices, DateTime now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(OfficeClock.ToLocal(now, OfficeTimeZone.WITA));
        var month = new DateOnly(today.Year, today.Month, 1);

        Agreement Make(AgreementKind kind, string bpjs, string kejaksaan, int number, int bpjsNumber, DateOnly from, int years, string scope)
        {
            var signed = from.AddDays(-7);
            var prefix = kind == AgreementKind.MoU ? "MOU" : "PKS";
            return new Agreement
            {
                Kind = kind,
                Number = $"B-{number}/{offices[kejaksaan].LetterCode}/Gp.2/{signed:MM}/{signed:yyyy}",
                BpjsNumber = $"{prefix}/{bpjsNumber}/{signed:MM}{signed:yyyy}",
                BpjsOfficeId = offices[bpjs].Id,
                KejaksaanOfficeId = offices[kejaksaan].Id,
                SignedOn = signed, ValidFrom = from, ValidUntil = from.AddYears(years).AddDays(-1),
                Scope = scope,
            };
        }

        const string mouScope = "Penanganan masalah hukum di bidang perdata dan tata usaha negara, pemberian bantuan hukum, pertimbangan hukum " +
            "dan tindakan hukum lain, serta optimalisasi kepatuhan pelaksanaan program Jaminan Sosial Ketenagakerjaan di wilayah Provinsi {0}.";
        const string pksScope = "Pelaksanaan Surat Kuasa Khusus untuk penagihan piutang iuran, penanganan Perusahaan Wajib Belum Daftar (PWBD) " +
            "dan Perusahaan Daftar Sebagian (PDS), serta pemberian bantuan dan pertimbangan hukum kepada BPJS Ketenagakerjaan di wilayah {0}.";

        // Earlier PKS first: the renewal points to it.
        var oldHst = Make(AgreementKind.Pks, "BPJS-BJM", "KEJARI-HST", 97, 9, month.AddMonths(-21), 1, string.Format(pksScope, "Kabupaten Hulu Sungai Tengah"));
        var plk = Make(AgreementKind.Pks, "BPJS-PLK", "KEJARI-PLK", 61, 4, month.AddMonths(-15), 1, string.Format(pksScope, "Kota Palangka Raya"));
        db.Agreements.AddRange(oldHst, plk);
        await db.SaveChangesAsync(ct);

        var hst = Make(AgreementKind.Pks, "BPJS-BJM", "KEJARI-HST", 112, 12, month.AddMonths(-9), 1, oldHst.Scope);
        hst.RenewsAgreementId = oldHst.Id;
        var bjm = Make(AgreementKind.Pks, "BPJS-BJM", "KEJARI-BJM", 245, 10, month.AddMonths(-10), 1, string.Format(pksScope, "Kota Banjarmasin"));
        var kalsel = Make(AgreementKind.MoU, "BPJS-KANWIL-KAL", "KEJATI-KALSEL", 38, 3, month.AddMonths(-14), 2, string.Format(mouScope, "Kalimantan Selatan"));
        var kalteng = Make(AgreementKind.MoU, "BPJS-KANWIL-KAL", "KEJATI-KALTENG", 52, 5, month.AddMonths(-6), 1, string.Format(mouScope, "Kalimantan Tengah"));
        db.Agreements.AddRange(hst, bjm, kalsel, kalteng);
        await db.SaveChangesAsync(ct);
        return [oldHst, plk, hst, bjm, kalsel, kalteng];
    }

    /// <summary>Employers and SKK with their arrears, JPN teams, register numbers and timelines.</summary>
    private sealed class CaseBuilder(
        DatunDbContext db, Dictionary<string, Office> offices, Dictionary<string, AppUser> users, List<Agreement> agreements, DateTime now)
    {
        private readonly Random _random = new(20260216);
        private readonly HashSet<string> _npps = [];

        private sealed class Plan
        {
            public required CaseSeed Seed { get; init; }
            public required Skk Skk { get; init; }
            public required Employer Employer { get; init; }
            public required Office Bpjs { get; init; }
            public required Office Kejari { get; init; }
            public required AppUser BpjsStaff { get; init; }
            public Agreement? Agreement { get; set; }
            public DateTime Created { get; set; }
            public DateTime? HandedOver, Returned, Accepted, Appointed, Finished, Reported, Withdrawn;
            public JpnTeam? Team { get; set; }
        }

        public void Build()
        {
            var employers = EmployerSeeds.Select(CreateEmployer).ToList();
            var plans = CaseSeeds.Select(seed => PlanCase(seed, employers[seed.Employer])).ToList();
            NumberSkks(plans);
            foreach (var plan in plans) AddArrears(plan);
            RegisterAccepted(plans);
            AppointTeams(plans);
            foreach (var plan in plans) WriteTimeline(plan);
            ReportNpp(plans.First(p => p.Seed.Type == CaseType.Pwbd && p.Seed.Status == SkkStatus.Ditangani));
            foreach (var plan in plans.Where(p => p.Seed.Outcome is Outcome.Lunas or Outcome.SebagianDikembalikan)) RecordRecovery(plan);

            // Employers were on file some time before their first SKK.
            foreach (var (employer, index) in employers.Select((e, i) => (e, i)))
            {
                var first = plans.Where(p => p.Employer == employer).Select(p => p.Created).DefaultIfEmpty(now).Min();
                employer.CreatedAt = first.AddDays(-_random.Next(14, 120)).AddMinutes(-_random.Next(0, 600));
            }
            db.Employers.AddRange(employers);
            db.Skks.AddRange(plans.Select(p => p.Skk));
        }

        /// <summary>Registration outcomes waiting for their cases' ids: an outcome has no navigation to its case.</summary>
        private readonly List<(Skk Skk, RegistrationOutcome Outcome)> _registrations = [];

        /// <summary>Payments waiting for their cases' ids, like the registration outcomes.</summary>
        private readonly List<(Skk Skk, Payment Payment)> _payments = [];

        /// <summary>Registration outcomes and payments, once their cases have ids.</summary>
        public void AddCaseRecords()
        {
            foreach (var (skk, outcome) in _registrations)
            {
                outcome.SkkId = skk.Id;
                db.RegistrationOutcomes.Add(outcome);
            }
            foreach (var (skk, payment) in _payments)
            {
                payment.SkkId = skk.Id;
                db.Payments.Add(payment);
            }
        }

        /// <summary>
        /// What a finished case recovered, so that the dashboards have figures: two transfers reported by the lead JPN and
        /// confirmed by the granting BPJS office before the case closed; all of the arrears for Lunas, two fifths for
        /// Sebagian dikembalikan.
        /// </summary>
        private void RecordRecovery(Plan plan)
        {
            var zone = plan.Kejari.TimeZone;
            var lead = users[plan.Seed.Lead!];
            var total = plan.Skk.TotalArrearsSen;
            var recovered = plan.Seed.Outcome == Outcome.Lunas ? total : WholeRupiah(total * 2 / 5);
            var first = WholeRupiah(recovered / 2);
            var closedOn = DateOnly.FromDateTime(OfficeClock.ToLocal(plan.Finished!.Value, zone));
            foreach (var (amount, daysBefore, number) in new[] { (first, 30, 1), (recovered - first, 5, 2) })
            {
                var paidOn = Weekday(closedOn.AddDays(-daysBefore), forward: false);
                var reportedAt = At(paidOn.AddDays(1), zone);
                var payment = new Payment
                {
                    PaidOn = paidOn, AmountSen = amount, Reference = $"TRF-{plan.Skk.Number.Split('/')[0]}-{number}",
                    ProofNote = "Bukti transfer ke rekening BPJS Ketenagakerjaan diserahkan badan usaha.",
                    Source = PaymentSource.Kejaksaan, State = PaymentState.Confirmed,
                    ReportedAt = reportedAt, ReportedById = lead.Id, ReportedByName = lead.FullName,
                    ConfirmedAt = reportedAt.AddHours(3), ConfirmedById = plan.BpjsStaff.Id, ConfirmedByName = plan.BpjsStaff.FullName,
                };
                _payments.Add((plan.Skk, payment));
                plan.Skk.Events.Add(new CaseEvent
                {
                    At = payment.ConfirmedAt.Value, Kind = CaseEventKind.PaymentConfirmed, ActorId = plan.BpjsStaff.Id,
                    ActorName = plan.BpjsStaff.FullName,
                    Description = RecoveryRules.PaymentConfirmedText(payment),
                });
            }
        }

        private static long WholeRupiah(long sen) => sen / Money.SenPerRupiah * Money.SenPerRupiah;

        /// <summary>The employer of a PWBD case in hand has registered: the lead JPN reported its NPP, BPJS has yet to confirm it.</summary>
        private void ReportNpp(Plan plan)
        {
            var zone = plan.Kejari.TimeZone;
            var lead = users[plan.Seed.Lead!];
            var day = DateOnly.FromDateTime(OfficeClock.ToLocal(plan.Appointed!.Value, zone));
            var reportedAt = Step(ref day, 20, 40, zone);
            var outcome = new RegistrationOutcome
            {
                Kind = RegistrationOutcomeKind.NppDiterbitkan, EffectiveOn = Weekday(day.AddDays(-3), forward: false), Npp = NewNpp(),
                Note = "Salinan sertifikat kepesertaan BPJS Ketenagakerjaan diserahkan pimpinan badan usaha pada pertemuan negosiasi.",
                Source = PaymentSource.Kejaksaan, State = PaymentState.Reported,
                ReportedAt = reportedAt, ReportedById = lead.Id, ReportedByName = lead.FullName,
            };
            _registrations.Add((plan.Skk, outcome));
            plan.Skk.Events.Add(new CaseEvent
            {
                At = reportedAt, Kind = CaseEventKind.RegistrationReported, ActorId = lead.Id, ActorName = lead.FullName,
                Description = $"Hasil kepesertaan dilaporkan, menunggu konfirmasi BPJS: {outcome.Describe()} " +
                    $"(tanggal {IndonesianFormat.Date(outcome.EffectiveOn)}). Keterangan: {outcome.Note}",
            });
        }

        private Employer CreateEmployer(EmployerSeed seed)
        {
            var office = offices[seed.Office];
            var areaCode = office.Code switch { "BPJS-PLK" => "0536", "BPJS-KDG" => "0517", _ => seed.District.StartsWith("Banjarmasin") ? "0511" : "0517" };
            return new Employer
            {
                Name = seed.Name,
                Npp = seed.Registered ? NewNpp() : null,
                Npwp = NewNpwp(),
                Address = $"{seed.Address}, Kec. {seed.District}",
                District = seed.District,
                Sector = seed.Sector,
                ContactPerson = seed.Contact,
                ContactPhone = _random.Next(2) == 0
                    ? $"{areaCode}-{_random.Next(21000, 79999)}"
                    : $"0812-{_random.Next(1000, 9999)}-{_random.Next(1000, 9999)}",
                WorkerCount = seed.Workers,
                BpjsOfficeId = office.Id,
            };
        }

        /// <summary>Eight digits below 80000000: the tests make their own NPPs from 90000000 up.</summary>
        private string NewNpp()
        {
            while (true)
            {
                var npp = _random.Next(10_000_000, 80_000_000).ToString();
                if (_npps.Add(npp)) return npp;
            }
        }

        private string NewNpwp() =>
            $"{_random.Next(1, 99):00}.{_random.Next(0, 999):000}.{_random.Next(0, 999):000}.{_random.Next(0, 9)}-{_random.Next(701, 735):000}.000";

        private Plan PlanCase(CaseSeed seed, Employer employer)
        {
            var bpjs = offices.Values.Single(o => o.Id == employer.BpjsOfficeId);
            var kejari = offices[seed.Kejari];
            var staff = users[bpjs.Code switch { "BPJS-KDG" => "bpjs.kdg", "BPJS-PLK" => "bpjs.plk", _ => "bpjs.bjm" }];
            var date = Weekday(Today(bpjs.TimeZone).AddDays(-seed.DaysAgo), forward: false);
            var skk = new Skk
            {
                Date = date,
                ValidUntil = date.AddYears(1).AddDays(-1),
                CaseType = seed.Type,
                Collectibility = (Collectibility)_random.Next(0, 4),
                Employer = employer,
                BpjsOfficeId = bpjs.Id,
                KejaksaanOfficeId = kejari.Id,
                GrantorName = bpjs.HeadName,
                GrantorTitle = bpjs.HeadTitle,
                Notes = Notes[_random.Next(Notes.Length)],
                Status = seed.Status,
                CreatedById = staff.Id,
            };
            var plan = new Plan { Seed = seed, Skk = skk, Employer = employer, Bpjs = bpjs, Kejari = kejari, BpjsStaff = staff };

            var day = date;
            plan.Created = At(Weekday(date.AddDays(-_random.Next(1, 4)), forward: false), bpjs.TimeZone);
            skk.CreatedAt = plan.Created;
            var path = Path(seed);
            if (path.Contains(SkkStatus.Diserahkan))
            {
                plan.HandedOver = Step(ref day, 1, 3, bpjs.TimeZone);
                plan.Agreement = agreements
                    .Where(a => a.KejaksaanOfficeId == kejari.Id && a.IsInForceOn(date)
                        && bpjs.Path.StartsWith(offices.Values.Single(o => o.Id == a.BpjsOfficeId).Path))
                    .OrderByDescending(a => a.ValidFrom).FirstOrDefault()
                    ?? throw new InvalidOperationException($"Data demo: tidak ada MoU/PKS untuk SKK {employer.Name}.");
                skk.AgreementId = plan.Agreement.Id;
                skk.HandedOverAt = plan.HandedOver;
            }
            if (path.Contains(SkkStatus.Dikembalikan))
            {
                plan.Returned = Step(ref day, 2, 5, kejari.TimeZone);
                skk.ReturnReason = seed.Reason;
            }
            if (path.Contains(SkkStatus.Diterima)) plan.Accepted = skk.AcceptedAt = Step(ref day, 1, 4, kejari.TimeZone);
            if (path.Contains(SkkStatus.Ditangani)) plan.Appointed = Step(ref day, 1, 4, kejari.TimeZone);
            if (path.Contains(SkkStatus.Selesai))
            {
                plan.Finished = skk.ClosedAt = Step(ref day, 45, 100, kejari.TimeZone);
                skk.Outcome = seed.Outcome switch
                {
                    Outcome.Lunas => CaseOutcome.Lunas,
                    Outcome.SebagianDikembalikan => CaseOutcome.SebagianDikembalikan,
                    Outcome.TidakBerhasil => CaseOutcome.TidakBerhasil,
                    _ => throw new InvalidOperationException($"Data demo: SKK {employer.Name} selesai tanpa hasil."),
                };
            }
            if (path.Contains(SkkStatus.Dilaporkan)) plan.Reported = Step(ref day, 3, 10, kejari.TimeZone);
            if (seed.Status == SkkStatus.Dicabut)
            {
                plan.Withdrawn = skk.ClosedAt = seed.WithdrawnFrom == SkkStatus.Ditangani
                    ? Step(ref day, 20, 60, bpjs.TimeZone)
                    : Step(ref day, 3, 15, bpjs.TimeZone);
                skk.WithdrawReason = seed.Reason;
            }
            return plan;
        }

        /// <summary>The statuses the SKK went through after being drafted, in order.</summary>
        private static List<SkkStatus> Path(CaseSeed seed)
        {
            var last = seed.Status == SkkStatus.Dicabut ? seed.WithdrawnFrom ?? SkkStatus.Draft : seed.Status;
            List<SkkStatus> path = last switch
            {
                SkkStatus.Draft => [],
                SkkStatus.Diserahkan => [SkkStatus.Diserahkan],
                SkkStatus.Dikembalikan => [SkkStatus.Diserahkan, SkkStatus.Dikembalikan],
                SkkStatus.Diterima => [SkkStatus.Diserahkan, SkkStatus.Diterima],
                SkkStatus.Ditangani => [SkkStatus.Diserahkan, SkkStatus.Diterima, SkkStatus.Ditangani],
                SkkStatus.Selesai => [SkkStatus.Diserahkan, SkkStatus.Diterima, SkkStatus.Ditangani, SkkStatus.Selesai],
                SkkStatus.Dilaporkan => [SkkStatus.Diserahkan, SkkStatus.Diterima, SkkStatus.Ditangani, SkkStatus.Selesai, SkkStatus.Dilaporkan],
                _ => throw new InvalidOperationException(),
            };
            if (seed.Status == SkkStatus.Dicabut) path.Add(SkkStatus.Dicabut);
            return path;
        }

        /// <summary>Numbers run per BPJS office in date order; the gaps are the office's other letters.</summary>
        private void NumberSkks(List<Plan> plans)
        {
            foreach (var office in plans.GroupBy(p => p.Bpjs))
            {
                var next = _random.Next(8, 20);
                foreach (var plan in office.OrderBy(p => p.Skk.Date).ThenBy(p => p.Created))
                {
                    plan.Skk.Number = $"SKK.{next:000}/{office.Key.LetterCode}/HK/{plan.Skk.Date:MMyyyy}";
                    next += _random.Next(1, 5);
                }
            }
        }

        /// <summary>
        /// Arrears per month × program, from the workers and wages concerned and the statutory rates, in exact sen;
        /// the late fee is 2 % of the contribution per month late, rounded to whole rupiah.
        /// </summary>
        private void AddArrears(Plan plan)
        {
            var skk = plan.Skk;
            var months = _random.Next(6, 19);
            skk.PeriodTo = new DateOnly(skk.Date.Year, skk.Date.Month, 1).AddMonths(-_random.Next(1, 4));
            skk.PeriodFrom = skk.PeriodTo.AddMonths(-(months - 1));

            long wage = 3_000_000 + _random.Next(0, 501) * 1_000;
            long workers = plan.Employer.WorkerCount;
            var programs = ContributionRates.OwedFor(skk.CaseType);
            switch (skk.CaseType)
            {
                case CaseType.PdsTenagaKerja: // only part of the workforce is registered
                    workers = Math.Max(2, workers * _random.Next(20, 46) / 100);
                    break;
                case CaseType.PdsUpah: // wages reported below the real ones: the difference
                    wage = wage * _random.Next(15, 36) / 100 / 1_000 * 1_000;
                    break;
            }
            var dateMonth = skk.Date.Year * 12 + skk.Date.Month;
            for (var period = skk.PeriodFrom; period <= skk.PeriodTo; period = period.AddMonths(1))
            {
                // Due by the 15th of the following month.
                var monthsLate = Math.Max(1, dateMonth - (period.Year * 12 + period.Month) - 1);
                foreach (var (program, rate) in programs)
                {
                    var iuranSen = ContributionRates.MonthlySen(workers, wage, rate);
                    var dendaRupiah = Math.Round(iuranSen * 2m * monthsLate / 10_000m, MidpointRounding.AwayFromZero);
                    skk.ArrearsLines.Add(new ArrearsLine
                    {
                        Period = period, Program = program, IuranSen = iuranSen, DendaSen = (long)dendaRupiah * Money.SenPerRupiah,
                    });
                }
            }
            skk.RecomputeTotals();
            if (months >= 12 && _random.Next(3) > 0) skk.Collectibility = Collectibility.Macet;
        }

        /// <summary>Register numbers 1..n per Kejari and year in order of acceptance, and the counters that continue them.</summary>
        private void RegisterAccepted(List<Plan> plans)
        {
            var accepted = plans.Where(p => p.Accepted is not null)
                .GroupBy(p => (Office: p.Kejari, Year: OfficeClock.ToLocal(p.Accepted!.Value, p.Kejari.TimeZone).Year));
            foreach (var group in accepted)
            {
                var sequence = 0;
                foreach (var plan in group.OrderBy(p => p.Accepted))
                {
                    sequence++;
                    plan.Skk.RegisterYear = group.Key.Year;
                    plan.Skk.RegisterSequence = sequence;
                    plan.Skk.RegisterNumber = $"REG-{sequence}/{group.Key.Office.LetterCode}/Gp.2/{group.Key.Year}";
                }
                db.NumberSequences.Add(new NumberSequence
                {
                    OfficeId = group.Key.Office.Id, Kind = AcceptSkkHandler.RegisterSequenceKind, Year = group.Key.Year, LastValue = sequence,
                });
            }
        }

        private void AppointTeams(List<Plan> plans)
        {
            var appointed = plans.Where(p => p.Appointed is not null)
                .GroupBy(p => (Office: p.Kejari, Year: OfficeClock.ToLocal(p.Appointed!.Value, p.Kejari.TimeZone).Year));
            foreach (var group in appointed)
            {
                var number = _random.Next(2, 6);
                foreach (var plan in group.OrderBy(p => p.Appointed))
                {
                    var date = DateOnly.FromDateTime(OfficeClock.ToLocal(plan.Appointed!.Value, plan.Kejari.TimeZone));
                    var lead = users[plan.Seed.Lead!];
                    var members = new List<JpnTeamMember> { new() { UserId = lead.Id, IsLead = true } };
                    if (plan.Seed.Member is { } member) members.Add(new JpnTeamMember { UserId = users[member].Id });
                    plan.Team = new JpnTeam
                    {
                        WarrantNumber = $"PRINT-{number}/{plan.Kejari.LetterCode}/Gp.2/{date:MM}/{date:yyyy}",
                        WarrantDate = date,
                        LeadJpnId = lead.Id,
                        IsActive = plan.Seed.Status != SkkStatus.Dicabut,
                        AppointedAt = plan.Appointed.Value,
                        AppointedById = KasiDatun(plan.Kejari).Id,
                        Members = members,
                    };
                    plan.Skk.Teams.Add(plan.Team);
                    number += _random.Next(1, 4);
                }
            }
        }

        private void WriteTimeline(Plan plan)
        {
            var skk = plan.Skk;
            var kasi = KasiDatun(plan.Kejari);
            skk.Events.Add(new CaseEvent
            {
                At = plan.Created, Kind = CaseEventKind.Created, ToStatus = SkkStatus.Draft,
                Description = $"Draf SKK {skk.Number} dibuat untuk {plan.Employer.Name}, tunggakan {skk.TotalArrears}.",
                ActorId = plan.BpjsStaff.Id, ActorName = plan.BpjsStaff.FullName,
            });
            var status = SkkStatus.Draft;
            void Change(SkkStatus to, DateTime at, AppUser actor, string description)
            {
                skk.Events.Add(new CaseEvent
                {
                    At = at, Kind = CaseEventKind.StatusChanged, FromStatus = status, ToStatus = to,
                    Description = description, ActorId = actor.Id, ActorName = actor.FullName,
                });
                status = to;
            }

            if (plan.HandedOver is { } handedOver)
                Change(SkkStatus.Diserahkan, handedOver, plan.BpjsStaff,
                    $"SKK diserahkan kepada {plan.Kejari.Name} berdasarkan {DomainLabels.Of(plan.Agreement!.Kind)} {plan.Agreement.Number}.");
            if (plan.Returned is { } returned)
                Change(SkkStatus.Dikembalikan, returned, kasi, $"SKK dikembalikan kepada {plan.Bpjs.Name}. Alasan: {skk.ReturnReason}");
            if (plan.Accepted is { } accepted)
            {
                // The Kajari of HST accepts some himself.
                var acceptor = plan.Kejari.Code == "KEJARI-HST" && skk.RegisterSequence % 3 == 0 ? users["kajari.hst"] : kasi;
                Change(SkkStatus.Diterima, accepted, acceptor, $"SKK diterima dan dicatat dalam register dengan nomor {skk.RegisterNumber}.");
            }
            if (plan.Team is { } team)
            {
                var lead = users[plan.Seed.Lead!];
                var member = plan.Seed.Member is { } m ? users[m] : null;
                Change(SkkStatus.Ditangani, team.AppointedAt, kasi,
                    $"Tim JPN ditunjuk. Surat Perintah {team.WarrantNumber} tanggal {IndonesianFormat.Date(team.WarrantDate)}: " +
                    $"ketua tim {lead.FullName}" + (member is null ? "." : $", anggota {member.FullName}."));
            }
            if (plan.Finished is { } finished)
                Change(SkkStatus.Selesai, finished, users[plan.Seed.Lead!], OutcomeText(plan));
            if (plan.Reported is { } reported)
                Change(SkkStatus.Dilaporkan, reported, kasi,
                    $"Laporan pelaksanaan SKK {skk.Number} disampaikan kepada {plan.Bpjs.Name}.");
            if (plan.Withdrawn is { } withdrawn)
            {
                var actor = plan.Bpjs.Code == "BPJS-BJM" ? users["pimpinan.bpjs.bjm"] : plan.BpjsStaff;
                Change(SkkStatus.Dicabut, withdrawn, actor, $"SKK dicabut oleh {plan.Bpjs.Name}. Alasan: {skk.WithdrawReason}");
            }
            if (status != skk.Status) throw new InvalidOperationException($"Data demo: riwayat SKK {skk.Number} tidak konsisten.");
        }

        private static string OutcomeText(Plan plan) => plan.Seed.Outcome switch
        {
            Outcome.Lunas => $"Penanganan selesai dengan hasil Lunas: {plan.Employer.Name} telah melunasi tunggakan iuran dan denda " +
                $"sebesar {plan.Skk.TotalArrears} kepada BPJS Ketenagakerjaan.",
            Outcome.SebagianDikembalikan => $"Penanganan selesai dengan hasil Sebagian dikembalikan: {plan.Employer.Name} membayar sebagian " +
                "tunggakan, sisanya dikembalikan kepada BPJS Ketenagakerjaan karena badan usaha menghentikan sebagian kegiatannya.",
            Outcome.TidakBerhasil => $"Penanganan selesai dengan hasil Tidak berhasil: {plan.Employer.Name} tidak lagi beroperasi dan pengurusnya " +
                "tidak hadir setelah tiga kali dipanggil; SKK dikembalikan kepada BPJS Ketenagakerjaan.",
            _ => "Penanganan selesai.",
        };

        private AppUser KasiDatun(Office kejari) => users[kejari.Code switch
        {
            "KEJARI-HST" => "kasidatun.hst",
            "KEJARI-BJM" => "kasidatun.bjm",
            "KEJARI-PLK" => "kasidatun.plk",
            _ => throw new InvalidOperationException(kejari.Code),
        }];

        private DateOnly Today(OfficeTimeZone zone) => DateOnly.FromDateTime(OfficeClock.ToLocal(now, zone));

        /// <summary>The next working day some days later, at a time within office hours; never after now.</summary>
        private DateTime Step(ref DateOnly day, int minDays, int maxDays, OfficeTimeZone zone)
        {
            day = Weekday(day.AddDays(_random.Next(minDays, maxDays + 1)), forward: true);
            return At(day, zone);
        }

        private DateTime At(DateOnly day, OfficeTimeZone zone)
        {
            var local = day.ToDateTime(new TimeOnly(_random.Next(8, 15), _random.Next(0, 60)));
            var utc = DateTime.SpecifyKind(local.AddHours(-(int)zone), DateTimeKind.Utc);
            if (utc > now) throw new InvalidOperationException("Data demo: a step of a timeline falls in the future.");
            return utc;
        }

        private static DateOnly Weekday(DateOnly day, bool forward)
        {
            while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(forward ? 1 : -1);
            return day;
        }
    }
}
