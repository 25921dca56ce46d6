namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>Indonesian personal names from across the archipelago, and civil-servant numbers (NIP) to go with them.</summary>
internal static class PeopleNames
{
    private static readonly string[] MaleGiven =
    [
        "Agus", "Ahmad", "Andi", "Arief", "Bambang", "Budi", "Dedi", "Dimas", "Eko", "Fajar", "Fauzi", "Hadi", "Hendra", "Heru",
        "Ilham", "Irfan", "Joko", "Kurniawan", "Muhammad", "Rahmat", "Reza", "Ridwan", "Rizky", "Rudi", "Samsul", "Slamet",
        "Sugeng", "Taufik", "Teguh", "Wahyu", "Yusuf", "Zainal", "Yohanes", "Markus", "Daniel", "Fransiskus", "Hendrik",
        "I Made", "I Ketut", "La Ode", "Andi Muhammad", "Akhmad", "Gusti", "Yosef", "Lukas", "Arif", "Bayu", "Dwi", "Galih",
    ];

    private static readonly string[] FemaleGiven =
    [
        "Ani", "Ayu", "Dewi", "Dian", "Endang", "Fitri", "Indah", "Kartika", "Lestari", "Maria", "Putri", "Rina", "Ratna",
        "Sari", "Siti", "Sri", "Tri", "Wulan", "Yuni", "Nurul", "Novita", "Melati", "Anisa", "Desi", "Ni Made", "Ni Luh",
        "Andi Nurul", "Elisabeth", "Agustina", "Rahmawati", "Nor Aina", "Hj. Siti", "Yohana", "Fransiska", "Martha", "Intan",
    ];

    private static readonly string[] MaleFamily =
    [
        "Saputra", "Hidayat", "Setiawan", "Pratama", "Wibowo", "Kusuma", "Santoso", "Gunawan", "Nugroho", "Rahman", "Hakim",
        "Siregar", "Nasution", "Harahap", "Lubis", "Simanjuntak", "Sitompul", "Tarigan", "Ginting", "Sembiring", "Manurung",
        "Situmorang", "Pasaribu", "Wijaya", "Susanto", "Purnomo", "Hartono", "Syahputra", "Ramadhan", "Firmansyah", "Maulana",
        "Permana", "Hasibuan", "Daulay", "Tanjung", "Latuconsina", "Wattimena", "Manuputty", "Mandagi", "Sondakh", "Rumondor",
        "Syamsuddin", "Pattiasina", "Rumbiak", "Wanma", "Nyahu", "Dahlan", "Mappanyukki", "Pangaribuan", "Tambunan", "Hutagalung",
    ];

    private static readonly string[] FemaleFamily =
    [
        "Saputri", "Lestari", "Rahmawati", "Wulandari", "Puspitasari", "Handayani", "Kusumawati", "Anggraini", "Permatasari",
        "Susanti", "Fitriani", "Novitasari", "Siregar", "Nasution", "Harahap", "Lubis", "Simanjuntak", "Wijaya", "Pertiwi",
        "Maharani", "Ningsih", "Utami", "Sembiring", "Tarigan", "Latuconsina", "Sondakh", "Mandagi", "Pasaribu", "Amalia",
    ];

    public static string Name(SyntheticRandom random, bool male)
    {
        var given = random.Pick(male ? MaleGiven : FemaleGiven);
        var family = random.Pick(male ? MaleFamily : FemaleFamily);
        // About a third of Indonesians go by a single given name plus a second given name rather than a family name.
        return random.Chance(0.3) ? $"{given} {random.Pick(male ? MaleGiven : FemaleGiven)}" : $"{given} {family}";
    }

    /// <summary>
    /// NIP: birth date (yyyyMMdd), appointment month (yyyyMM), sex (1 male, 2 female) and a serial number, 18 digits.
    /// </summary>
    public static string Nip(SyntheticRandom random, bool male, int bornFrom, int bornTo)
    {
        var born = new DateOnly(random.Between(bornFrom, bornTo), random.Between(1, 12), random.Between(1, 28));
        var appointed = new DateOnly(born.Year + random.Between(23, 30), random.Between(1, 12), 1);
        return $"{born:yyyyMMdd}{appointed:yyyyMM}{(male ? 1 : 2)}{random.Between(1, 999):000}";
    }
}
