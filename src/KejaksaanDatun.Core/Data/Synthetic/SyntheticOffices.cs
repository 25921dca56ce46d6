using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>
/// The way an SKK travels: from the BPJS office that grants it to the Kejaksaan office that receives it, under the
/// MoU/PKS one of the two signed. A Kejari is served by the Kancab or KCP of its town (a KCP hands over under the PKS
/// of its Kancab), a Cabjari by the office that serves its Kejari, and a Kejati receives the SKK of the Kanwil.
/// </summary>
internal sealed class CaseRoute
{
    public required Office Kejaksaan { get; init; }
    /// <summary>Grants the SKK and owns the employers.</summary>
    public required Office Bpjs { get; init; }
    /// <summary>The BPJS side of the agreement: <see cref="Bpjs"/> itself or the Kancab above it.</summary>
    public required Office AgreementPartner { get; init; }
    public required ProvinceSeed Province { get; init; }
    public required string Town { get; init; }
    /// <summary>How many SKK the route gets relative to the others of its kind.</summary>
    public required double Weight { get; init; }
    /// <summary>The yearly chain of agreements, oldest first.</summary>
    public List<Agreement> Agreements { get; } = [];

    public Agreement AgreementOn(DateOnly date) => Agreements.Last(a => a.ValidFrom <= date);
}

/// <summary>Both office trees, parents before children, with their ids and materialised paths already assigned.</summary>
internal sealed class SyntheticOffices
{
    public List<Office> All { get; } = [];
    public List<CaseRoute> KejariRoutes { get; } = [];
    public List<CaseRoute> KejatiRoutes { get; } = [];
    public IEnumerable<CaseRoute> Routes => KejatiRoutes.Concat(KejariRoutes);
    public Office KejaksaanAgung { get; private set; } = null!;
    public Office BpjsPusat { get; private set; } = null!;
    /// <summary>The telephone area code of every office, for its staff and the employers it owns.</summary>
    public Dictionary<Office, string> PhoneAreas { get; } = [];

    public static SyntheticOffices Build(int seed)
    {
        var random = SyntheticRandom.For(seed, RandomStream.Offices, 0);
        var offices = new SyntheticOffices();
        offices.BuildTrees(random);
        return offices;
    }

    private void BuildTrees(SyntheticRandom random)
    {
        KejaksaanAgung = Add(new Office
        {
            Code = "KEJAGUNG", Name = "Kejaksaan Agung Republik Indonesia", Kind = OfficeKind.KejaksaanAgung, City = "Jakarta",
            Address = "Jl. Sultan Hasanuddin No. 1, Kebayoran Baru, Jakarta Selatan 12160", TimeZone = OfficeTimeZone.WIB,
            LetterCode = "O", HeadTitle = "Jaksa Agung Republik Indonesia", Phone = "(021) 7221337", Email = "humas@kejaksaan.go.id",
            Website = "www.kejaksaan.go.id",
        }, parent: null, "021");
        BpjsPusat = Add(new Office
        {
            Code = "BPJS-PUSAT", Name = "BPJS Ketenagakerjaan Kantor Pusat", Kind = OfficeKind.BpjsKantorPusat, City = "Jakarta",
            Address = "Jl. Jend. Gatot Subroto No. 79, Setiabudi, Jakarta Selatan 12930", TimeZone = OfficeTimeZone.WIB,
            LetterCode = "KP", HeadTitle = "Direktur Utama BPJS Ketenagakerjaan",
        }, parent: null, "021");

        var kanwils = new Dictionary<string, Office>();
        foreach (var seed in RegionCatalog.Kanwils)
        {
            kanwils[seed.Code] = Add(new Office
            {
                Code = $"BPJS-KANWIL-{seed.Code}", Name = $"BPJS Ketenagakerjaan Kantor Wilayah {seed.Region}", Kind = OfficeKind.BpjsKanwil,
                City = seed.Seat, Address = $"{EmployerNames.Street(random)}, {seed.Seat}", TimeZone = seed.Zone,
                LetterCode = $"KW-{seed.Code}", HeadTitle = $"Deputi Direktur Wilayah {seed.Region}",
            }, BpjsPusat, RegionCatalog.Provinces.First(p => p.Kanwil == seed.Code).PhoneArea);
        }

        for (var p = 0; p < RegionCatalog.Provinces.Length; p++)
        {
            var province = RegionCatalog.Provinces[p];
            var kanwil = kanwils[province.Kanwil];
            var capital = Seat(province.Kejari[0]);
            var kejati = Add(new Office
            {
                Code = $"KEJATI-{province.Code}", Name = $"Kejaksaan Tinggi {province.Name}", Kind = OfficeKind.Kejati, City = capital,
                Address = $"{EmployerNames.Street(random)}, {capital}", TimeZone = province.Zone, LetterCode = $"O.{p + 1}",
                HeadTitle = $"Kepala Kejaksaan Tinggi {province.Name}",
            }, KejaksaanAgung, province.PhoneArea);
            SetContacts(kejati, "kejati", Slug(province.Code, ""), random);
            KejatiRoutes.Add(new CaseRoute
            {
                Kejaksaan = kejati, Bpjs = kanwil, AgreementPartner = kanwil, Province = province, Town = capital, Weight = 1,
            });

            Office? kancab = null;
            for (var k = 0; k < province.Kejari.Length; k++)
            {
                var area = Area(province.Kejari[k]);
                var town = Seat(province.Kejari[k]);
                var kejari = Add(new Office
                {
                    Code = $"KEJARI-{Slug(area, "-")}", Name = $"Kejaksaan Negeri {area}", Kind = OfficeKind.Kejari, City = town,
                    Address = $"{EmployerNames.Street(random)}, {town}", TimeZone = province.Zone, LetterCode = $"O.{p + 1}.{10 + k}",
                    HeadTitle = $"Kepala Kejaksaan Negeri {area}",
                }, kejati, province.PhoneArea);
                SetContacts(kejari, "kejari", Slug(area, ""), random);

                // Every third town, the capital first, has a Kancab; the towns between have a KCP under the last Kancab.
                var hasKancab = k % 3 == 0;
                var bpjs = Add(new Office
                {
                    Code = $"BPJS-{Slug(town, "-")}",
                    Name = hasKancab ? $"BPJS Ketenagakerjaan Cabang {town}" : $"BPJS Ketenagakerjaan KCP {town}",
                    Kind = hasKancab ? OfficeKind.BpjsKancab : OfficeKind.BpjsKcp, City = town,
                    Address = $"{EmployerNames.Street(random)}, {town}", TimeZone = province.Zone,
                    LetterCode = (hasKancab ? "KC-" : "KCP-") + Slug(town, "-"),
                    HeadTitle = hasKancab ? $"Kepala BPJS Ketenagakerjaan Cabang {town}" : $"Kepala BPJS Ketenagakerjaan Kantor Cabang Perintis {town}",
                }, hasKancab ? kanwil : kancab!, province.PhoneArea);
                if (hasKancab) kancab = bpjs;

                // Provincial capitals and Java's industrial towns hand over the most SKK.
                var weight = (0.5 + random.NextDouble()) * (k == 0 ? 2.0 : 1.0) * (province.Zone == OfficeTimeZone.WIT ? 0.6 : 1.0);
                KejariRoutes.Add(new CaseRoute
                {
                    Kejaksaan = kejari, Bpjs = bpjs, AgreementPartner = kancab!, Province = province, Town = town, Weight = weight,
                });

                var branches = RegionCatalog.Cabjaris.Where(c => c.Kejari == area).ToList();
                for (var b = 0; b < branches.Count; b++)
                {
                    var branchTown = branches[b].Town;
                    var cabjari = Add(new Office
                    {
                        Code = $"CABJARI-{Slug(branchTown, "-")}", Name = $"Cabang Kejaksaan Negeri {area} di {branchTown}",
                        Kind = OfficeKind.Cabjari, City = branchTown, Address = $"{EmployerNames.Street(random)}, {branchTown}",
                        TimeZone = province.Zone, LetterCode = $"{kejari.LetterCode}.{b + 1}",
                        HeadTitle = $"Kepala Cabang Kejaksaan Negeri {area} di {branchTown}",
                    }, kejari, province.PhoneArea);
                    SetContacts(cabjari, "cabjari", Slug(branchTown, ""), random);
                    KejariRoutes.Add(new CaseRoute
                    {
                        Kejaksaan = cabjari, Bpjs = bpjs, AgreementPartner = kancab!, Province = province, Town = branchTown, Weight = 0.25,
                    });
                }
            }
        }
        var duplicate = All.GroupBy(o => o.Code).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Synthetic office code {duplicate.Key} is not unique.");
    }

    private Office Add(Office office, Office? parent, string phoneArea)
    {
        office.Id = All.Count + 1;
        office.ParentId = parent?.Id;
        office.Path = (parent?.Path ?? "/") + office.Id + "/";
        All.Add(office);
        PhoneAreas[office] = phoneArea;
        return office;
    }

    private void SetContacts(Office office, string kind, string slug, SyntheticRandom random)
    {
        office.Phone = $"({PhoneAreas[office]}) {random.Between(320_000, 899_999)}";
        office.Email = $"{kind}.{slug}@kejaksaan.go.id";
        office.Website = $"www.{kind}-{slug}.kejaksaan.go.id";
    }

    private static string Area(string entry) => entry.Split('|')[0];

    private static string Seat(string entry) => entry.Split('|')[^1];

    /// <summary><c>Kabupaten Bandung</c> → <c>KAB-BANDUNG</c> (or <c>kabbandung</c> lower-cased without separator).</summary>
    public static string Slug(string text, string separator)
    {
        var words = text.Replace("Kabupaten ", "Kab ").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0);
        var slug = string.Join(separator, words);
        return separator.Length == 0 ? slug.ToLowerInvariant() : slug.ToUpperInvariant();
    }
}
