using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Letters;
using static KejaksaanDatun.Core.Data.Synthetic.SyntheticCalendar;

namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>
/// Decides every case (<see cref="CasePlan"/>) and employer before any row is written: which office it goes to, when it
/// was dated, how far through the lifecycle it got by <see cref="SyntheticCalendar.LastDay"/>, how it ends, when the
/// employer paid, and the SKK, register and letter numbers in the order the offices issued them. Each case draws
/// from its own random stream, in case order.
/// <para>
/// Proportions: SKK dated 2023 to October 2026, more each year; 60 % piutang iuran, 15 % PWBD, 25 % PDS; 7 % returned
/// once as incomplete (most revised and handed over again); of the cases a JPN team takes on, 42 % end Lunas, 19 %
/// partly recovered, 25 % not recovered, 6 % in a lawsuit and 8 % withdrawn by BPJS, most with an installment plan.
/// Older cases have ended and been reported; the newest are drafts, handed over or just accepted.
/// </para>
/// </summary>
internal sealed class CasePlanner(SyntheticOptions options, SyntheticOffices offices, SyntheticPeople people)
{
    /// <summary>The share of SKK a Kanwil grants its Kejati (large employers); the rest go from branch offices to Kejari and Cabjari.</summary>
    private const double KejatiShare = 0.02;

    private static readonly (CaseType, double)[] CaseTypes =
    [
        (CaseType.PiutangIuran, 60), (CaseType.Pwbd, 15), (CaseType.PdsTenagaKerja, 10), (CaseType.PdsUpah, 8), (CaseType.PdsProgram, 7),
    ];

    private static readonly (CaseType, double)[] KejatiCaseTypes = [(CaseType.PiutangIuran, 85), (CaseType.PdsUpah, 15)];

    private static readonly (CaseEnding, double)[] Endings =
    [
        (CaseEnding.Lunas, 42), (CaseEnding.SebagianDikembalikan, 19), (CaseEnding.TidakBerhasil, 25), (CaseEnding.Gugatan, 6),
        (CaseEnding.Dicabut, 8),
    ];

    /// <summary>Workers of employers in arrears: mostly small businesses.</summary>
    private static readonly ((int Min, int Max), double)[] WorkforceSizes =
        [((5, 20), 45), ((21, 60), 30), ((61, 150), 15), ((151, 500), 8), ((501, 2000), 2)];

    /// <summary>Installments of a plan that is kept: most within a year.</summary>
    private static readonly ((int Min, int Max), double)[] InstallmentCounts = [((1, 3), 15), ((4, 6), 30), ((7, 12), 40), ((13, 24), 15)];

    private static readonly string[] MobilePrefixes = ["0811", "0812", "0813", "0821", "0822", "0852", "0853", "0857", "0878"];

    private static readonly string[] ReturnReasons =
    [
        "Rincian tunggakan per bulan belum ditandatangani Kepala Kantor Cabang dan salinan akta pendirian badan usaha belum dilampirkan.",
        "Nomor NPP pada SKK berbeda dengan data kepesertaan dan surat peringatan kedua dari BPJS belum dilampirkan.",
        "Perhitungan denda belum sesuai dengan periode tunggakan dan surat kuasa belum dibubuhi meterai.",
        "Alamat badan usaha pada SKK tidak lengkap dan hasil pemeriksaan petugas pengawasan belum dilampirkan.",
    ];

    private static readonly string[] WithdrawReasons =
    [
        "Badan usaha telah melunasi seluruh tunggakan iuran dan denda langsung ke BPJS Ketenagakerjaan.",
        "Badan usaha mengajukan pembayaran bertahap langsung kepada BPJS Ketenagakerjaan dan telah membayar angsuran pertama.",
        "Data tunggakan akan diperbaiki setelah pemeriksaan ulang oleh petugas pengawasan dan pemeriksaan BPJS Ketenagakerjaan.",
        "Badan usaha telah mendaftarkan seluruh tenaga kerjanya dan membayar iuran yang tertunggak.",
    ];

    private readonly Dictionary<Office, List<EmployerPlan>> _registeredEmployers = [];

    public List<CasePlan> Cases { get; } = [];
    public List<EmployerPlan> Employers { get; } = [];
    public List<NumberSequence> Sequences { get; } = [];

    public void Plan()
    {
        var kejariRoutes = offices.KejariRoutes.Select(r => (r, r.Weight)).ToArray();
        for (var i = 0; i < options.Cases; i++)
        {
            var random = SyntheticRandom.For(options.Seed, RandomStream.CasePlan, i);
            var route = random.Chance(KejatiShare) ? random.Pick(offices.KejatiRoutes) : random.Pick(kejariRoutes);
            var plan = new CasePlan
            {
                Id = i + 1, Route = route, Date = DrawDate(random),
                Type = random.Pick(route.Kejaksaan.Kind == OfficeKind.Kejati ? KejatiCaseTypes : CaseTypes),
            };
            plan.Employer = EmployerFor(plan, random);
            DrawArrears(plan, random);
            DrawPeople(plan, random);
            WalkLifecycle(plan, random);
            Cases.Add(plan);
        }
        AddEmployersWithoutSkk();
        SetEmployerDates();
        AssignNumbers();
    }

    /// <summary>More SKK every year: the density rises linearly to twice its start over the period.</summary>
    private static DateOnly DrawDate(SyntheticRandom random)
    {
        var days = LastDay.DayNumber - FirstDay.DayNumber;
        var share = Math.Sqrt(1 + 3 * random.NextDouble()) - 1;
        var day = FirstDay.AddDays((int)(share * days));
        var working = WorkingDay(day, forward: false);
        return working < FirstDay ? FirstDay : working;
    }

    private EmployerPlan EmployerFor(CasePlan plan, SyntheticRandom random)
    {
        var bpjs = plan.Route.Bpjs;
        if (!_registeredEmployers.TryGetValue(bpjs, out var registered)) _registeredEmployers[bpjs] = registered = [];
        // Some employers fall behind again and get a second SKK.
        if (plan.Type == CaseType.PiutangIuran && registered.Count > 0 && random.Chance(0.15)) return random.Pick(registered);

        var employer = NewEmployer(bpjs, plan.Route, plan.Type != CaseType.Pwbd, random,
            plan.Route.Kejaksaan.Kind == OfficeKind.Kejati ? (150, 2000) : random.Pick(WorkforceSizes));
        if (employer.Registered) registered.Add(employer);
        return employer;
    }

    private EmployerPlan NewEmployer(Office bpjs, CaseRoute route, bool registered, SyntheticRandom random, (int Min, int Max) workforce)
    {
        var id = Employers.Count + 1;
        var names = EmployerNames.Next(random, route.Town);
        var district = EmployerNames.District(random, route.Town);
        var area = offices.PhoneAreas[bpjs];
        var employer = new EmployerPlan
        {
            Id = id, Bpjs = bpjs, Name = names.Name, Sector = names.Sector, District = district,
            Address = $"{EmployerNames.Street(random)}, Kec. {district}",
            ContactPerson = PeopleNames.Name(random, random.Chance(0.7)),
            ContactPhone = random.Chance(0.6)
                ? $"{random.Pick(MobilePrefixes)}-{random.Between(1000, 9999)}-{random.Between(1000, 9999)}"
                : $"{area}-{random.Between(320_000, 899_999)}",
            Npwp = $"{random.Between(1, 99):00}.{random.Between(0, 999):000}.{random.Between(0, 999):000}.{random.Between(0, 9)}-{random.Between(701, 735):000}.000",
            Npp = ReservedNpp(id), Registered = registered, Workers = random.Between(workforce.Min, workforce.Max),
        };
        Employers.Add(employer);
        return employer;
    }

    /// <summary>
    /// A distinct eight-digit NPP per employer, below 80000000 as in the demo data: the employer's id taken through a
    /// bijection of 10000000..79999999 (the multiplier is prime to the range), offset by the seed.
    /// </summary>
    private string ReservedNpp(int employerId)
    {
        const long range = 70_000_000;
        var offset = (uint)options.Seed % range;
        return (10_000_000 + (employerId * 48_271L + offset) % range).ToString();
    }

    /// <summary>
    /// The months and programs owed, with the workers and wage the contributions are due on: a PDS tenaga kerja employer
    /// owes for the workers it left out, a PDS upah employer for the part of the wage it did not report, a PDS program
    /// employer for the programs it did not join (<see cref="ContributionRates.OwedFor"/>).
    /// </summary>
    private static void DrawArrears(CasePlan plan, SyntheticRandom random)
    {
        var months = 2 + random.Next(4) + (random.Chance(0.35) ? random.Next(7) : 0);
        plan.PeriodTo = new DateOnly(plan.Date.Year, plan.Date.Month, 1).AddMonths(-random.Between(1, 3));
        plan.PeriodFrom = plan.PeriodTo.AddMonths(-(months - 1));
        plan.FullWage = plan.Route.Province.MinimumWage * random.Between(100, 160) / 100 / 1_000 * 1_000;
        plan.ArrearsWage = plan.FullWage;
        plan.ArrearsWorkers = plan.Employer.Workers;
        switch (plan.Type)
        {
            case CaseType.PdsTenagaKerja:
                plan.ArrearsWorkers = Math.Max(2, plan.Employer.Workers * random.Between(20, 45) / 100);
                break;
            case CaseType.PdsUpah:
                plan.ArrearsWage = plan.FullWage * random.Between(15, 35) / 100 / 1_000 * 1_000;
                break;
        }
    }

    private void DrawPeople(CasePlan plan, SyntheticRandom random)
    {
        var bpjs = people.Staff[plan.Route.Bpjs];
        plan.BpjsStaff = random.Pick(bpjs.Workers);
        plan.BpjsHead = bpjs.Leaders[0];
        var kejaksaan = people.Staff[plan.Route.Kejaksaan];
        // The Kasi Datun (or Asdatun) handles most SKK; the head of the office some himself.
        plan.Desk = kejaksaan.Leaders.Count > 1 && random.Chance(0.8) ? kejaksaan.Leaders[1] : kejaksaan.Leaders[0];
        var jpn = kejaksaan.Workers;
        plan.LeadJpn = random.Pick(jpn);
        var members = random.Between(0, Math.Min(2, jpn.Count - 1));
        while (plan.Members.Count < members)
        {
            var member = random.Pick(jpn);
            if (member != plan.LeadJpn && !plan.Members.Contains(member)) plan.Members.Add(member);
        }
    }

    private static bool Reached(DateOnly day) => day <= LastDay;

    /// <summary>Each step on a working day some days after the one before, as far as the last day allows.</summary>
    private static void WalkLifecycle(CasePlan plan, SyntheticRandom random)
    {
        var bpjsZone = plan.Route.Bpjs.TimeZone;
        var kejaksaanZone = plan.Route.Kejaksaan.TimeZone;
        plan.Created = Instant(WorkingDay(plan.Date.AddDays(-random.Between(0, 3)), forward: false), bpjsZone, random);
        var handedOver = After(plan.Date, 1, 7, random);
        if (!Reached(handedOver)) return;
        plan.HandedOver = Instant(handedOver, bpjsZone, random);
        plan.Status = SkkStatus.Diserahkan;
        if (random.Chance(0.07))
        {
            var returned = After(handedOver, 2, 8, random);
            if (!Reached(returned)) return;
            plan.Returned = Instant(returned, kejaksaanZone, random);
            plan.ReturnReason = random.Pick(ReturnReasons);
            plan.Status = SkkStatus.Dikembalikan;
            if (random.Chance(0.2))
            {
                // BPJS never revised it; half of these it withdrew.
                if (random.Chance(0.5)) Withdraw(plan, After(returned, 10, 60, random), random);
                return;
            }
            var redrafted = After(returned, 3, 20, random);
            if (!Reached(redrafted)) return;
            plan.Redrafted = Instant(redrafted, bpjsZone, random);
            plan.Status = SkkStatus.Draft;
            handedOver = After(redrafted, 1, 5, random);
            if (!Reached(handedOver)) return;
            plan.HandedOverAgain = Instant(handedOver, bpjsZone, random);
            plan.Status = SkkStatus.Diserahkan;
        }
        if (random.Chance(0.008))
        {
            Withdraw(plan, After(handedOver, 2, 20, random), random);
            return;
        }

        var accepted = After(handedOver, 1, 12, random);
        if (!Reached(accepted)) return;
        plan.Accepted = Instant(accepted, kejaksaanZone, random);
        plan.Status = SkkStatus.Diterima;
        if (random.Chance(0.008))
        {
            Withdraw(plan, After(accepted, 2, 20, random), random);
            return;
        }

        var appointed = After(accepted, 1, 10, random);
        if (!Reached(appointed)) return;
        plan.Appointed = Instant(appointed, kejaksaanZone, random);
        plan.Status = SkkStatus.Ditangani;
        plan.Ending = random.Pick(Endings);
        PlanHandling(plan, appointed, random);
    }

    private static void Withdraw(CasePlan plan, DateOnly day, SyntheticRandom random)
    {
        if (!Reached(day)) return;
        plan.Withdrawn = Instant(day, plan.Route.Bpjs.TimeZone, random);
        plan.WithdrawnFrom = plan.Status;
        plan.WithdrawReason = random.Pick(WithdrawReasons);
        plan.Status = SkkStatus.Dicabut;
    }

    /// <summary>
    /// The commitment (a Surat Pernyataan Kesanggupan with monthly installments, signed after the summons and meetings),
    /// the days the employer pays, and the end: a Lunas case closes when BPJS confirms the last payment; the others are
    /// closed by the JPN (or withdrawn by BPJS) some weeks after the employer stopped paying.
    /// </summary>
    private static void PlanHandling(CasePlan plan, DateOnly appointed, SyntheticRandom random)
    {
        var ending = plan.Ending!.Value;
        var planChance = ending switch
        {
            CaseEnding.Lunas => 0.75, CaseEnding.SebagianDikembalikan => 0.85, CaseEnding.TidakBerhasil => 0.15,
            CaseEnding.Gugatan => 0.4, _ => 0.3,
        };
        var days = new List<DateOnly>();
        DateOnly stoppedPaying;
        if (random.Chance(planChance))
        {
            var signed = After(appointed, 14, 75, random);
            plan.PlanSigned = signed;
            var (fewest, most) = ending is CaseEnding.Lunas or CaseEnding.SebagianDikembalikan ? random.Pick(InstallmentCounts) : (3, 12);
            // A partial recovery paid some installments in full and then stopped.
            var count = Math.Max(ending == CaseEnding.SebagianDikembalikan ? 2 : 1, random.Between(fewest, most));
            plan.InstallmentCount = count;
            var paid = ending switch
            {
                CaseEnding.Lunas => count,
                CaseEnding.SebagianDikembalikan => random.Between(1, count - 1),
                CaseEnding.TidakBerhasil => 0,
                CaseEnding.Gugatan => random.Between(0, count / 2),
                _ => random.Between(0, count - 1),
            };
            var previous = signed;
            for (var n = 1; n <= paid; n++)
            {
                // Mostly some days before the due date, so that BPJS has confirmed it by then; now and then late.
                var due = signed.AddMonths(n);
                var day = WorkingDay(random.Chance(0.9) ? due.AddDays(-random.Between(5, 14)) : due.AddDays(random.Between(1, 10)), forward: true);
                if (day < previous) day = previous;
                days.Add(day);
                previous = day;
            }
            stoppedPaying = paid < count ? signed.AddMonths(paid + 1) : previous;
        }
        else
        {
            var lumps = ending switch
            {
                CaseEnding.Lunas or CaseEnding.SebagianDikembalikan => random.Between(1, 3),
                CaseEnding.TidakBerhasil => 0,
                _ => random.Between(0, 2),
            };
            var day = After(appointed, 14, 90, random);
            for (var n = 0; n < lumps; n++)
            {
                days.Add(day);
                day = After(day, 7, 45, random);
            }
            stoppedPaying = days.Count > 0 ? days[^1] : appointed;
        }
        plan.PaymentDays = [.. days];
        plan.PaidUnits = days.Count(Reached);

        var end = ending switch
        {
            CaseEnding.Lunas => After(stoppedPaying, 1, 6, random),
            CaseEnding.SebagianDikembalikan => After(stoppedPaying, 30, 120, random),
            CaseEnding.TidakBerhasil => After(stoppedPaying, 45, 250, random),
            CaseEnding.Gugatan => After(stoppedPaying, 60, 200, random),
            _ => After(stoppedPaying, 20, 150, random),
        };
        var kejaksaanZone = plan.Route.Kejaksaan.TimeZone;
        if (ending == CaseEnding.Lunas) plan.FinalConfirmation = Instant(end, plan.Route.Bpjs.TimeZone, random);
        PlanRegistration(plan, appointed, end, random);
        if (ending == CaseEnding.Dicabut)
        {
            Withdraw(plan, end, random);
            return;
        }
        if (!Reached(end)) return;
        plan.Closed = ending == CaseEnding.Lunas ? plan.FinalConfirmation : Instant(end, kejaksaanZone, random);
        plan.Status = SkkStatus.Selesai;
        if (!random.Chance(0.85)) return;
        var reported = After(end, 3, 30, random);
        if (!Reached(reported)) return;
        plan.Reported = Instant(reported, kejaksaanZone, random);
        plan.Status = SkkStatus.Dilaporkan;
    }

    /// <summary>
    /// A PWBD/PDS employer may register what it left out during the case: reported by the JPN and confirmed by BPJS, or
    /// entered by BPJS from its records. It is settled before the case ends, so that the closing counts it.
    /// </summary>
    private static void PlanRegistration(CasePlan plan, DateOnly appointed, DateOnly end, SyntheticRandom random)
    {
        if (plan.Type == CaseType.PiutangIuran) return;
        var chance = plan.Ending switch
        {
            CaseEnding.Lunas => 0.9, CaseEnding.SebagianDikembalikan => 0.85, CaseEnding.Dicabut => 0.4, _ => 0.1,
        };
        if (!random.Chance(chance)) return;
        var effective = After(appointed, 10, 60, random);
        var source = random.Chance(0.7) ? PaymentSource.Kejaksaan : PaymentSource.Bpjs;
        var reported = After(effective, 1, 10, random);
        var confirmed = source == PaymentSource.Bpjs ? reported : After(reported, 1, 10, random);
        if (!Reached(reported) || confirmed >= end || reported > plan.ValidUntil) return;

        var bpjsZone = plan.Route.Bpjs.TimeZone;
        var reportedAt = Instant(reported, source == PaymentSource.Bpjs ? bpjsZone : plan.Route.Kejaksaan.TimeZone, random);
        plan.Registration = new RegistrationPlan
        {
            Source = source, EffectiveOn = effective, ReportedAt = reportedAt,
            ConfirmedAt = !Reached(confirmed) ? null : source == PaymentSource.Bpjs ? reportedAt : Instant(confirmed, bpjsZone, random),
            WorkersAdded = plan.Type switch
            {
                CaseType.Pwbd => Math.Max(1, plan.Employer.Workers * random.Between(60, 100) / 100),
                CaseType.PdsTenagaKerja => plan.ArrearsWorkers,
                _ => 0,
            },
        };
        if (plan.Registration.ConfirmedAt is null) return;
        if (plan.Type == CaseType.Pwbd) plan.Employer.NppIssued = true;
        plan.Employer.WorkersAdded += plan.Registration.WorkersAdded;
    }

    /// <summary>Each BPJS office also has employers without an SKK yet, for which one can be drafted.</summary>
    private void AddEmployersWithoutSkk()
    {
        foreach (var route in offices.Routes.Where(r => _registeredEmployers.ContainsKey(r.Bpjs)).DistinctBy(r => r.Bpjs))
        {
            var random = SyntheticRandom.For(options.Seed, RandomStream.Employers, route.Bpjs.Id);
            var extra = Math.Max(1, _registeredEmployers[route.Bpjs].Count / 20);
            for (var n = 0; n < extra; n++)
            {
                var employer = NewEmployer(route.Bpjs, route, registered: true, random, random.Pick(WorkforceSizes));
                employer.CreatedAt = Instant(After(FirstDay, 0, LastDay.DayNumber - FirstDay.DayNumber - 3, random), route.Bpjs.TimeZone, random);
            }
        }
    }

    /// <summary>An employer was on file some weeks or months before its first SKK.</summary>
    private void SetEmployerDates()
    {
        var firstSkk = new Dictionary<EmployerPlan, DateTime>();
        foreach (var plan in Cases)
        {
            if (!firstSkk.TryGetValue(plan.Employer, out var first) || plan.Created < first) firstSkk[plan.Employer] = plan.Created;
        }
        foreach (var (employer, first) in firstSkk)
        {
            var random = SyntheticRandom.For(options.Seed, RandomStream.Employers, -employer.Id);
            employer.CreatedAt = first.AddDays(-random.Between(14, 120)).AddMinutes(-random.Between(0, 600));
        }
    }

    /// <summary>
    /// SKK numbers run per BPJS office and year in date order, with gaps for the office's other letters; register
    /// numbers per Kejaksaan office and year of acceptance, without gaps; Surat Perintah and report letters take the
    /// office's letter numbers of their kind and year. The counters continue where the data stops.
    /// </summary>
    private void AssignNumbers()
    {
        var random = SyntheticRandom.For(options.Seed, RandomStream.Numbers, 0);
        foreach (var group in Cases.GroupBy(c => (c.Route.Bpjs.Id, c.Date.Year)).OrderBy(g => g.Key))
        {
            var next = random.Between(5, 15);
            foreach (var plan in group.OrderBy(c => c.Date).ThenBy(c => c.Created).ThenBy(c => c.Id))
            {
                plan.SkkSequence = next;
                next += random.Between(1, 3);
            }
        }

        Number(Cases.Where(c => c.Accepted is not null), c => c.Accepted!.Value, AcceptSkkHandler.RegisterSequenceKind, (plan, year, sequence) =>
        {
            plan.RegisterYear = year;
            plan.RegisterSequence = sequence;
        });
        Number(Cases.Where(c => c.Appointed is not null), c => c.Appointed!.Value, LetterNumbers.SequenceKind(LetterKind.SuratPerintah),
            (plan, _, sequence) => plan.WarrantNumber = LetterNumberPattern.Format(LetterNumberPattern.DefaultWarrant, sequence,
                plan.Route.Kejaksaan.LetterCode, LocalDay(plan.Appointed!.Value, plan.Route.Kejaksaan.TimeZone)));
        foreach (var kind in new[] { LetterKind.LaporanPelaksanaanSkk, LetterKind.PengembalianSkk })
        {
            Number(Cases.Where(c => c.Reported is not null && ReportKind(c) == kind), c => c.Reported!.Value, LetterNumbers.SequenceKind(kind),
                (plan, _, sequence) => plan.ReportLetterNumber = LetterNumberPattern.Format(LetterNumberPattern.DefaultLetter, sequence,
                    plan.Route.Kejaksaan.LetterCode, LocalDay(plan.Reported!.Value, plan.Route.Kejaksaan.TimeZone)));
        }
    }

    /// <summary>A case closed without recovery reports back by returning the SKK.</summary>
    private static LetterKind ReportKind(CasePlan plan) =>
        plan.Ending == CaseEnding.TidakBerhasil ? LetterKind.PengembalianSkk : LetterKind.LaporanPelaksanaanSkk;

    /// <summary>1, 2, 3… per Kejaksaan office and local year of <paramref name="at"/>, in time order; the counter keeps the last.</summary>
    private void Number(IEnumerable<CasePlan> cases, Func<CasePlan, DateTime> at, string kind, Action<CasePlan, int, int> assign)
    {
        var groups = cases.GroupBy(c => (c.Route.Kejaksaan.Id, Year: LocalDay(at(c), c.Route.Kejaksaan.TimeZone).Year)).OrderBy(g => g.Key);
        foreach (var group in groups)
        {
            var sequence = 0;
            foreach (var plan in group.OrderBy(at).ThenBy(c => c.Id)) assign(plan, group.Key.Year, ++sequence);
            Sequences.Add(new NumberSequence { OfficeId = group.Key.Id, Kind = kind, Year = group.Key.Year, LastValue = sequence });
        }
    }
}
