using System.Buffers.Binary;
using System.Security.Cryptography;
using KejaksaanDatun.Core.Domain;
using Microsoft.AspNetCore.Identity;

namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>The people of one office: its leadership (the head first) and those who do the work (JPN or BPJS staff).</summary>
internal sealed class OfficeStaff
{
    public List<AppUser> Leaders { get; } = [];
    public List<AppUser> Workers { get; } = [];
}

/// <summary>
/// The users of the synthetic offices with their roles: for every Kejari its Kajari, Kasi Datun and three to six JPN;
/// for every Kejati its Kajati, Asdatun and two JPN; for every Cabjari its head and two JPN; for every BPJS office its
/// head and staff; one administrator. They are written as rows, not through UserManager (which would hash every password
/// for a second or so): all share one password hash, made here in ASP.NET Identity's own format from a seeded salt.
/// </summary>
internal sealed class SyntheticPeople
{
    public List<IdentityRole> Roles { get; } = [];
    public List<AppUser> Users { get; } = [];
    public List<IdentityUserRole<string>> UserRoles { get; } = [];
    public Dictionary<Office, OfficeStaff> Staff { get; } = [];

    private const string JpnKejari = "Jaksa Fungsional pada Seksi Perdata dan Tata Usaha Negara";
    private const string JpnKejati = "Jaksa Fungsional pada Bidang Perdata dan Tata Usaha Negara";
    private const string KasiDatun = "Kepala Seksi Perdata dan Tata Usaha Negara";
    private static readonly string[] JpnRanks = ["Jaksa Pratama", "Jaksa Muda", "Jaksa Muda", "Jaksa Madya"];
    private static readonly string[] BpjsJabatan = ["Penata Madya Pengawasan dan Pemeriksaan", "Penata Madya Kepesertaan", "Penata Madya Hukum"];
    private static readonly string[] BpjsTitles = [", S.H.", ", S.E.", ", S.Kom.", ""];

    private readonly SyntheticRandom _random;
    private readonly string _passwordHash;
    private readonly Dictionary<string, IdentityRole> _roles = [];

    private SyntheticPeople(int seed, string password)
    {
        _random = SyntheticRandom.For(seed, RandomStream.People, 0);
        _passwordHash = HashPassword(password, _random);
        foreach (var name in Domain.Roles.All)
        {
            var role = new IdentityRole(name)
            {
                Id = _random.NextGuid().ToString(), NormalizedName = name.ToUpperInvariant(), ConcurrencyStamp = _random.NextGuid().ToString(),
            };
            _roles[name] = role;
            Roles.Add(role);
        }
    }

    public static SyntheticPeople Build(SyntheticOffices offices, int seed, string password)
    {
        var people = new SyntheticPeople(seed, password);
        foreach (var office in offices.All) people.Staff[office] = new OfficeStaff();
        people.AddPeople(offices);
        var duplicate = people.Users.GroupBy(u => u.UserName).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Synthetic user name {duplicate.Key} is not unique.");
        return people;
    }

    private void AddPeople(SyntheticOffices offices)
    {
        var agung = offices.KejaksaanAgung;
        Add("admin", Domain.Roles.Admin, agung, "Pranata Komputer Ahli Muda, Pusat Data Statistik Kriminal dan Teknologi Informasi",
            "Penata Tk. I (III/d)", leader: false, titles: ", S.Kom.");
        Add("jamdatun", Domain.Roles.PimpinanKejaksaan, agung, "Jaksa Agung Muda Perdata dan Tata Usaha Negara", "Jaksa Utama",
            leader: true, titles: ", S.H., M.H.");
        agung.HeadName = PeopleNames.Name(_random, male: true) + ", S.H., M.H.";
        Head(offices.BpjsPusat, "pimpinan.bpjs.pusat", Domain.Roles.PimpinanBpjs);

        foreach (var office in offices.All)
        {
            var slug = SyntheticOffices.Slug(office.Kind == OfficeKind.BpjsKanwil ? office.Code["BPJS-KANWIL-".Length..] : office.Code.Split('-', 2)[^1], "");
            switch (office.Kind)
            {
                case OfficeKind.Kejati:
                    Head(office, $"kajati.{slug}", Domain.Roles.PimpinanKejaksaan, "Jaksa Utama Madya");
                    Add($"asdatun.{slug}", Domain.Roles.PimpinanKejaksaan, office, "Asisten Perdata dan Tata Usaha Negara", "Jaksa Utama Pratama",
                        leader: true, titles: ", S.H., M.H.");
                    AddJpn(office, $"jpn.kejati.{slug}", 2, JpnKejati);
                    break;
                case OfficeKind.Kejari:
                    Head(office, $"kajari.{slug}", Domain.Roles.PimpinanKejaksaan, "Jaksa Utama Pratama");
                    Add($"kasidatun.{slug}", Domain.Roles.PimpinanKejaksaan, office, KasiDatun, "Jaksa Madya", leader: true, titles: ", S.H., M.H.");
                    AddJpn(office, $"jpn.{slug}", _random.Between(3, 6), JpnKejari);
                    break;
                case OfficeKind.Cabjari:
                    Head(office, $"kacabjari.{slug}", Domain.Roles.PimpinanKejaksaan, "Jaksa Madya");
                    AddJpn(office, $"jpn.{slug}", 2, JpnKejari);
                    break;
                case OfficeKind.BpjsKanwil:
                    Head(office, $"pimpinan.bpjs.kanwil.{slug}", Domain.Roles.PimpinanBpjs);
                    AddBpjsStaff(office, $"bpjs.kanwil.{slug}", 1);
                    break;
                case OfficeKind.BpjsKancab or OfficeKind.BpjsKcp:
                    Head(office, $"pimpinan.bpjs.{slug}", Domain.Roles.PimpinanBpjs);
                    AddBpjsStaff(office, $"bpjs.{slug}", office.Kind == OfficeKind.BpjsKancab ? 2 : 1);
                    break;
            }
        }
    }

    private void Head(Office office, string userName, string role, string pangkat = "")
    {
        var kejaksaan = role == Domain.Roles.PimpinanKejaksaan;
        var titles = kejaksaan ? ", S.H., M.H." : _random.Chance(0.5) ? ", S.E., M.M." : "";
        var head = Add(userName, role, office, office.HeadTitle, pangkat, leader: true, titles);
        office.HeadName = head.FullName;
    }

    private void AddJpn(Office office, string prefix, int count, string jabatan)
    {
        for (var n = 1; n <= count; n++)
        {
            Add($"{prefix}{n}", Domain.Roles.Jpn, office, jabatan, _random.Pick(JpnRanks), leader: false,
                _random.Chance(0.7) ? ", S.H." : ", S.H., M.H.");
        }
    }

    private void AddBpjsStaff(Office office, string prefix, int count)
    {
        for (var n = 1; n <= count; n++)
        {
            Add($"{prefix}{n}", Domain.Roles.StafBpjs, office, _random.Pick(BpjsJabatan), "", leader: false, _random.Pick(BpjsTitles));
        }
    }

    private AppUser Add(string userName, string role, Office office, string jabatan, string pangkat, bool leader, string titles)
    {
        var male = _random.Chance(0.6);
        var user = new AppUser
        {
            Id = _random.NextGuid().ToString(),
            UserName = userName, NormalizedUserName = userName.ToUpperInvariant(),
            Email = $"{userName}@sintetis.datun.id", NormalizedEmail = $"{userName}@sintetis.datun.id".ToUpperInvariant(),
            EmailConfirmed = true, LockoutEnabled = true,
            PasswordHash = _passwordHash, SecurityStamp = SecurityStamp(), ConcurrencyStamp = _random.NextGuid().ToString(),
            FullName = PeopleNames.Name(_random, male) + titles, OfficeId = office.Id,
            Nip = PeopleNames.Nip(_random, male, 1966, 1997), Pangkat = pangkat, Jabatan = jabatan,
        };
        Users.Add(user);
        UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = _roles[role].Id });
        (leader ? Staff[office].Leaders : Staff[office].Workers).Add(user);
        return user;
    }

    /// <summary>Identity's security stamp: 20 random bytes in Base32, 32 characters.</summary>
    private string SecurityStamp()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        return string.Create(32, _random, (chars, random) =>
        {
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        });
    }

    /// <summary>
    /// ASP.NET Identity's version 3 password hash (what <see cref="PasswordHasher{TUser}"/> writes and verifies): PBKDF2 with
    /// HMAC-SHA512, 100,000 iterations, a 16-byte salt and a 32-byte subkey, behind a header that names them.
    /// </summary>
    private static string HashPassword(string password, SyntheticRandom random)
    {
        const int iterations = 100_000, saltSize = 16, subkeySize = 32, hmacSha512 = 2;
        var salt = new byte[saltSize];
        for (var i = 0; i < saltSize; i++) salt[i] = (byte)random.Next(256);
        var subkey = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA512, subkeySize);
        var hash = new byte[13 + saltSize + subkeySize];
        hash[0] = 0x01;
        BinaryPrimitives.WriteUInt32BigEndian(hash.AsSpan(1), hmacSha512);
        BinaryPrimitives.WriteUInt32BigEndian(hash.AsSpan(5), iterations);
        BinaryPrimitives.WriteUInt32BigEndian(hash.AsSpan(9), saltSize);
        salt.CopyTo(hash, 13);
        subkey.CopyTo(hash, 13 + saltSize);
        return Convert.ToBase64String(hash);
    }
}
