namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>Names, sectors and addresses of Indonesian employers, made up from the words such names are made of.</summary>
internal static class EmployerNames
{
    /// <summary>A line of business, how employers in it usually style themselves, and how many of them fall behind.</summary>
    private sealed record Sector(string Name, string[] Forms, double Weight);

    private static readonly Sector[] Sectors =
    [
        new("Perkebunan kelapa sawit", ["PT"], 8),
        new("Konstruksi gedung dan jalan", ["CV", "PT"], 12),
        new("Perdagangan eceran", ["Toko", "UD", "CV"], 12),
        new("Perdagangan besar hasil bumi", ["CV", "UD"], 6),
        new("Perhotelan", ["Hotel"], 5),
        new("Penyediaan makanan dan minuman", ["Rumah Makan", "CV"], 7),
        new("Jasa kesehatan", ["Rumah Sakit", "Klinik Pratama"], 5),
        new("Industri makanan", ["PT", "CV"], 6),
        new("Angkutan dan pergudangan", ["PT"], 7),
        new("Jasa keamanan", ["PT"], 4),
        new("Pertambangan batu dan pasir", ["PT", "CV"], 3),
        new("Pendidikan", ["Yayasan"], 4),
        new("Jasa keuangan koperasi", ["Koperasi"], 4),
        new("Industri tekstil dan garmen", ["PT"], 3),
        new("Jasa kebersihan dan alih daya", ["PT", "CV"], 5),
        new("Perikanan dan pengolahan ikan", ["CV", "PT"], 3),
        new("Bengkel dan suku cadang kendaraan", ["Bengkel", "CV"], 3),
        new("Percetakan dan penerbitan", ["CV"], 2),
        new("Real estat", ["PT"], 2),
        new("Perdagangan bahan bakar (SPBU)", ["PT"], 2),
    ];

    private static readonly (Sector Item, double Weight)[] WeightedSectors = Sectors.Select(s => (s, s.Weight)).ToArray();

    private static readonly string[] Words =
    [
        "Sinar", "Jaya", "Abadi", "Makmur", "Sentosa", "Mandiri", "Karya", "Nusantara", "Prima", "Utama", "Sejahtera", "Bersama",
        "Cahaya", "Mulia", "Lestari", "Sumber", "Rezeki", "Harapan", "Baru", "Agung", "Indah", "Permata", "Mitra", "Berkah",
        "Samudra", "Bintang", "Putra", "Anugerah", "Citra", "Gemilang", "Tunggal", "Perkasa", "Barokah", "Bahagia", "Setia",
    ];

    private static readonly string[] Streets =
    [
        "Jend. Sudirman", "Ahmad Yani", "Diponegoro", "Gajah Mada", "Hasanuddin", "Imam Bonjol", "Pattimura", "Sisingamangaraja",
        "Teuku Umar", "Cut Nyak Dien", "Pahlawan", "Merdeka", "Veteran", "Pemuda", "Kartini", "Sultan Agung", "Hayam Wuruk",
        "Pangeran Antasari", "Gatot Subroto", "M.H. Thamrin", "Raya Pelabuhan", "Lintas Timur", "Trans Sulawesi", "Yos Sudarso",
        "Dr. Sutomo", "Ki Hajar Dewantara", "Panglima Polim", "Wolter Monginsidi", "Sam Ratulangi", "Martadinata", "Sutoyo",
    ];

    private static readonly string[] Quarters = ["Kota", "Utara", "Selatan", "Timur", "Barat", "Tengah", "Baru"];

    public sealed record Employer(string Name, string Sector);

    public static Employer Next(SyntheticRandom random, string town)
    {
        var sector = random.Pick(WeightedSectors);
        var form = random.Pick(sector.Forms);
        var first = random.Pick(Words);
        var second = random.Pick(Words);
        if (second == first) second = "Nusantara";
        var name = random.Next(3) switch
        {
            0 => $"{form} {first} {town} {second}",
            1 => $"{form} {first} {second}",
            _ => $"{form} {first} {second} {town}",
        };
        return new Employer(name, sector.Name);
    }

    public static string Street(SyntheticRandom random) => $"Jl. {random.Pick(Streets)} No. {random.Between(1, 250)}";

    /// <summary>A district (kecamatan) of a town: the town's own name with a quarter, as many are called.</summary>
    public static string District(SyntheticRandom random, string town) => $"{town} {random.Pick(Quarters)}";
}
