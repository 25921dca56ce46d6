using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>A BPJS Ketenagakerjaan regional office (Kantor Wilayah) and the seat it works from.</summary>
internal sealed record KanwilSeed(string Code, string Region, string Seat, OfficeTimeZone Zone);

/// <summary>
/// A province: its Kejaksaan Tinggi, the Kejaksaan Negeri below it (the first is in the provincial capital), the
/// BPJS regional office it belongs to, its telephone area code and its minimum wage (UMP, rupiah per month).
/// A Kejari is written as its area, or as <c>area|seat</c> when the office sits in another town.
/// </summary>
internal sealed record ProvinceSeed(
    string Name, string Code, OfficeTimeZone Zone, string PhoneArea, long MinimumWage, string Kanwil, string[] Kejari);

/// <summary>A Cabang Kejaksaan Negeri: the Kejari it belongs to (by area) and the town it sits in.</summary>
internal sealed record CabjariSeed(string Kejari, string Town);

/// <summary>
/// The offices of both institutions across Indonesia, by province: real provinces, regencies and cities in their
/// own time zones (WIB, WITA, WIT). Not every Kejari of a province is listed; enough for national-scale figures.
/// </summary>
internal static class RegionCatalog
{
    public static readonly KanwilSeed[] Kanwils =
    [
        new("SUMBAGUT", "Sumatera Bagian Utara", "Medan", OfficeTimeZone.WIB),
        new("SUMBAGTENG", "Sumatera Bagian Tengah", "Pekanbaru", OfficeTimeZone.WIB),
        new("SUMBAGSEL", "Sumatera Bagian Selatan", "Palembang", OfficeTimeZone.WIB),
        new("DKI", "DKI Jakarta", "Jakarta Selatan", OfficeTimeZone.WIB),
        new("BANTEN", "Banten", "Serang", OfficeTimeZone.WIB),
        new("JABAR", "Jawa Barat", "Bandung", OfficeTimeZone.WIB),
        new("JATENG", "Jawa Tengah dan DI Yogyakarta", "Semarang", OfficeTimeZone.WIB),
        new("JATIM", "Jawa Timur", "Surabaya", OfficeTimeZone.WIB),
        new("KAL", "Kalimantan", "Balikpapan", OfficeTimeZone.WITA),
        new("SULAMA", "Sulawesi dan Maluku", "Makassar", OfficeTimeZone.WITA),
        new("BANUSPA", "Bali, Nusa Tenggara dan Papua", "Denpasar", OfficeTimeZone.WITA),
    ];

    public static readonly ProvinceSeed[] Provinces =
    [
        new("Aceh", "ACEH", OfficeTimeZone.WIB, "0651", 3_686_000, "SUMBAGUT",
            ["Banda Aceh", "Aceh Besar|Jantho", "Pidie|Sigli", "Bireuen", "Lhokseumawe", "Langsa", "Aceh Barat|Meulaboh"]),
        new("Sumatera Utara", "SUMUT", OfficeTimeZone.WIB, "061", 2_993_000, "SUMBAGUT",
            ["Medan", "Deli Serdang|Lubuk Pakam", "Binjai", "Langkat|Stabat", "Pematangsiantar", "Simalungun|Pematang Raya",
             "Asahan|Kisaran", "Labuhanbatu|Rantauprapat", "Tebing Tinggi", "Karo|Kabanjahe", "Tapanuli Utara|Tarutung", "Belawan"]),
        new("Sumatera Barat", "SUMBAR", OfficeTimeZone.WIB, "0751", 2_994_000, "SUMBAGTENG",
            ["Padang", "Bukittinggi", "Payakumbuh", "Solok", "Pariaman", "Agam|Lubuk Basung", "Pasaman Barat|Simpang Empat"]),
        new("Riau", "RIAU", OfficeTimeZone.WIB, "0761", 3_509_000, "SUMBAGTENG",
            ["Pekanbaru", "Dumai", "Kampar|Bangkinang", "Bengkalis", "Siak|Siak Sri Indrapura", "Indragiri Hulu|Rengat",
             "Pelalawan|Pangkalan Kerinci", "Rokan Hilir|Bagansiapiapi"]),
        new("Kepulauan Riau", "KEPRI", OfficeTimeZone.WIB, "0778", 3_624_000, "SUMBAGTENG",
            ["Batam", "Tanjungpinang", "Bintan|Kijang", "Karimun|Tanjung Balai Karimun"]),
        new("Jambi", "JAMBI", OfficeTimeZone.WIB, "0741", 3_235_000, "SUMBAGSEL",
            ["Jambi", "Muaro Jambi|Sengeti", "Batanghari|Muara Bulian", "Bungo|Muara Bungo", "Tanjung Jabung Barat|Kuala Tungkal",
             "Sarolangun"]),
        new("Sumatera Selatan", "SUMSEL", OfficeTimeZone.WIB, "0711", 3_682_000, "SUMBAGSEL",
            ["Palembang", "Prabumulih", "Lubuklinggau", "Muara Enim", "Ogan Komering Ilir|Kayuagung", "Banyuasin|Pangkalan Balai",
             "Lahat", "Musi Banyuasin|Sekayu"]),
        new("Bengkulu", "BENGKULU", OfficeTimeZone.WIB, "0736", 2_670_000, "SUMBAGSEL",
            ["Bengkulu", "Rejang Lebong|Curup", "Bengkulu Utara|Argamakmur", "Mukomuko"]),
        new("Lampung", "LAMPUNG", OfficeTimeZone.WIB, "0721", 2_893_000, "SUMBAGSEL",
            ["Bandar Lampung", "Metro", "Lampung Tengah|Gunung Sugih", "Lampung Selatan|Kalianda", "Lampung Timur|Sukadana",
             "Tulang Bawang|Menggala", "Pringsewu", "Way Kanan|Blambangan Umpu"]),
        new("Kepulauan Bangka Belitung", "BABEL", OfficeTimeZone.WIB, "0717", 3_877_000, "SUMBAGSEL",
            ["Pangkalpinang", "Bangka|Sungailiat", "Belitung|Tanjung Pandan", "Bangka Barat|Muntok"]),
        new("DKI Jakarta", "DKI", OfficeTimeZone.WIB, "021", 5_397_000, "DKI",
            ["Jakarta Pusat", "Jakarta Utara", "Jakarta Barat", "Jakarta Selatan|Kebayoran Baru", "Jakarta Timur"]),
        new("Banten", "BANTEN", OfficeTimeZone.WIB, "0254", 2_906_000, "BANTEN",
            ["Serang", "Cilegon", "Kota Tangerang|Tangerang", "Kabupaten Tangerang|Tigaraksa", "Tangerang Selatan|Serpong",
             "Pandeglang", "Lebak|Rangkasbitung"]),
        new("Jawa Barat", "JABAR", OfficeTimeZone.WIB, "022", 2_192_000, "JABAR",
            ["Kota Bandung|Bandung", "Kabupaten Bandung|Baleendah", "Kota Bekasi|Bekasi", "Kabupaten Bekasi|Cikarang",
             "Kota Bogor|Bogor", "Kabupaten Bogor|Cibinong", "Depok", "Cimahi", "Karawang", "Purwakarta", "Subang", "Sukabumi",
             "Cianjur", "Garut", "Tasikmalaya", "Cirebon", "Indramayu", "Sumedang"]),
        new("Jawa Tengah", "JATENG", OfficeTimeZone.WIB, "024", 2_170_000, "JATENG",
            ["Kota Semarang|Semarang", "Kabupaten Semarang|Ungaran", "Surakarta", "Kudus", "Pati", "Jepara", "Demak", "Kendal",
             "Pekalongan", "Tegal", "Brebes", "Cilacap", "Banyumas|Purwokerto", "Magelang", "Klaten", "Sukoharjo", "Boyolali"]),
        new("Daerah Istimewa Yogyakarta", "DIY", OfficeTimeZone.WIB, "0274", 2_265_000, "JATENG",
            ["Yogyakarta", "Sleman", "Bantul", "Kulon Progo|Wates", "Gunungkidul|Wonosari"]),
        new("Jawa Timur", "JATIM", OfficeTimeZone.WIB, "031", 2_306_000, "JATIM",
            ["Surabaya", "Tanjung Perak", "Sidoarjo", "Gresik", "Mojokerto", "Kota Malang|Malang", "Kabupaten Malang|Kepanjen",
             "Pasuruan", "Probolinggo", "Jember", "Banyuwangi", "Kediri", "Madiun", "Blitar", "Tulungagung", "Lamongan", "Tuban",
             "Bojonegoro"]),
        new("Bali", "BALI", OfficeTimeZone.WITA, "0361", 2_997_000, "BANUSPA",
            ["Denpasar", "Badung|Mangupura", "Gianyar", "Tabanan", "Buleleng|Singaraja", "Karangasem|Amlapura", "Klungkung|Semarapura",
             "Jembrana|Negara"]),
        new("Nusa Tenggara Barat", "NTB", OfficeTimeZone.WITA, "0370", 2_603_000, "BANUSPA",
            ["Mataram", "Lombok Barat|Gerung", "Lombok Tengah|Praya", "Lombok Timur|Selong", "Sumbawa|Sumbawa Besar", "Bima", "Dompu"]),
        new("Nusa Tenggara Timur", "NTT", OfficeTimeZone.WITA, "0380", 2_329_000, "BANUSPA",
            ["Kota Kupang|Kupang", "Kabupaten Kupang|Oelamasi", "Belu|Atambua", "Timor Tengah Selatan|Soe", "Sikka|Maumere", "Ende",
             "Manggarai|Ruteng", "Sumba Timur|Waingapu"]),
        new("Kalimantan Barat", "KALBAR", OfficeTimeZone.WIB, "0561", 2_879_000, "KAL",
            ["Pontianak", "Singkawang", "Mempawah", "Sanggau", "Sintang", "Ketapang", "Sambas"]),
        new("Kalimantan Tengah", "KALTENG", OfficeTimeZone.WIB, "0536", 3_474_000, "KAL",
            ["Palangka Raya", "Kotawaringin Barat|Pangkalan Bun", "Kotawaringin Timur|Sampit", "Kapuas|Kuala Kapuas",
             "Barito Utara|Muara Teweh", "Katingan|Kasongan"]),
        new("Kalimantan Selatan", "KALSEL", OfficeTimeZone.WITA, "0511", 3_497_000, "KAL",
            ["Banjarmasin", "Banjarbaru", "Banjar|Martapura", "Hulu Sungai Tengah|Barabai", "Hulu Sungai Selatan|Kandangan",
             "Hulu Sungai Utara|Amuntai", "Tabalong|Tanjung", "Tanah Laut|Pelaihari", "Kotabaru", "Tanah Bumbu|Batulicin",
             "Tapin|Rantau", "Barito Kuala|Marabahan"]),
        new("Kalimantan Timur", "KALTIM", OfficeTimeZone.WITA, "0541", 3_580_000, "KAL",
            ["Samarinda", "Balikpapan", "Bontang", "Kutai Kartanegara|Tenggarong", "Kutai Timur|Sangatta", "Paser|Tanah Grogot",
             "Berau|Tanjung Redeb", "Penajam Paser Utara|Penajam"]),
        new("Kalimantan Utara", "KALTARA", OfficeTimeZone.WITA, "0551", 3_581_000, "KAL",
            ["Tarakan", "Bulungan|Tanjung Selor", "Nunukan", "Malinau"]),
        new("Sulawesi Utara", "SULUT", OfficeTimeZone.WITA, "0431", 3_776_000, "SULAMA",
            ["Manado", "Bitung", "Minahasa|Tondano", "Minahasa Selatan|Amurang", "Kotamobagu", "Tomohon"]),
        new("Gorontalo", "GORONTALO", OfficeTimeZone.WITA, "0435", 3_222_000, "SULAMA",
            ["Kota Gorontalo|Gorontalo", "Kabupaten Gorontalo|Limboto", "Boalemo|Tilamuta", "Pohuwato|Marisa"]),
        new("Sulawesi Tengah", "SULTENG", OfficeTimeZone.WITA, "0451", 2_915_000, "SULAMA",
            ["Palu", "Donggala", "Poso", "Banggai|Luwuk", "Tolitoli", "Parigi Moutong|Parigi", "Morowali|Bungku"]),
        new("Sulawesi Barat", "SULBAR", OfficeTimeZone.WITA, "0426", 3_105_000, "SULAMA",
            ["Mamuju", "Majene", "Polewali Mandar|Polewali", "Pasangkayu"]),
        new("Sulawesi Selatan", "SULSEL", OfficeTimeZone.WITA, "0411", 3_658_000, "SULAMA",
            ["Makassar", "Gowa|Sungguminasa", "Maros", "Pangkajene Kepulauan|Pangkajene", "Bone|Watampone", "Parepare", "Palopo",
             "Bulukumba", "Sidenreng Rappang|Pangkajene Sidenreng", "Pinrang", "Luwu Timur|Malili", "Takalar", "Wajo|Sengkang"]),
        new("Sulawesi Tenggara", "SULTRA", OfficeTimeZone.WITA, "0401", 3_074_000, "SULAMA",
            ["Kendari", "Konawe|Unaaha", "Kolaka", "Baubau", "Muna|Raha", "Konawe Selatan|Andoolo"]),
        new("Maluku", "MALUKU", OfficeTimeZone.WIT, "0911", 3_142_000, "SULAMA",
            ["Ambon", "Maluku Tengah|Masohi", "Seram Bagian Barat|Piru", "Buru|Namlea", "Kepulauan Tanimbar|Saumlaki", "Tual"]),
        new("Maluku Utara", "MALUT", OfficeTimeZone.WIT, "0921", 3_408_000, "SULAMA",
            ["Ternate", "Tidore Kepulauan|Tidore", "Halmahera Utara|Tobelo", "Halmahera Selatan|Labuha", "Halmahera Tengah|Weda"]),
        new("Papua", "PAPUA", OfficeTimeZone.WIT, "0967", 4_286_000, "BANUSPA",
            ["Kota Jayapura|Jayapura", "Kabupaten Jayapura|Sentani", "Merauke", "Mimika|Timika", "Biak Numfor|Biak", "Nabire",
             "Jayawijaya|Wamena"]),
        new("Papua Barat", "PAPUABARAT", OfficeTimeZone.WIT, "0986", 3_615_000, "BANUSPA",
            ["Manokwari", "Kota Sorong|Sorong", "Kabupaten Sorong|Aimas", "Fakfak", "Teluk Bintuni|Bintuni", "Kaimana"]),
    ];

    public static readonly CabjariSeed[] Cabjaris =
    [
        new("Jakarta Utara", "Kepulauan Seribu"),
        new("Deli Serdang", "Pancur Batu"),
        new("Langkat", "Pangkalan Brandan"),
        new("Kampar", "Lipat Kain"),
        new("Banyuwangi", "Genteng"),
        new("Kutai Kartanegara", "Kota Bangun"),
        new("Kotabaru", "Sungai Durian"),
        new("Maluku Tengah", "Banda Naira"),
        new("Maluku Tengah", "Saparua"),
        new("Merauke", "Tanah Merah"),
    ];
}
