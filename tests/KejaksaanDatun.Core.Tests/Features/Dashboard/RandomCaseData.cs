using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Dashboard;

using Skk = KejaksaanDatun.Core.Domain.Skk;

/// <summary>
/// Cases in every status written straight into the database from a seeded generator, so that a failure replays: handed
/// over to the demo Kejari and Kejati of two time zones (WITA and WIB) by the demo BPJS offices, at random instants
/// with many near local midnight; closed with every outcome; with teams, payments (confirmed, reported, reversed with the
/// correcting row the app adds), current and earlier installment plans allocated as the app allocates them, and
/// registration outcomes in every state. The rows are what the use cases would leave behind; going round them keeps
/// thousands of rows to seconds.
/// </summary>
internal static class RandomCaseData
{
    /// <summary>The data span 2023 to mid-2025; "today" lies within it, so some installments are not yet due.</summary>
    public static readonly DateTimeOffset Now = new(2025, 6, 14, 17, 30, 0, TimeSpan.Zero);

    private static readonly DateOnly First = new(2023, 1, 1);
    private const int DaySpan = 880;

    private static readonly string[] KejaksaanOffices = ["KEJARI-HST", "KEJARI-BJM", "KEJARI-PLK", "KEJATI-KALSEL", "KEJATI-KALTENG"];
    private static readonly string[] BpjsOffices = ["BPJS-BJM", "BPJS-KDG", "BPJS-PLK", "BPJS-KANWIL-KAL"];

    public static async Task AddAsync(TestApp app, int seed, int cases)
    {
        var random = new Random(seed);
        await using var db = app.NewDb();
        var offices = await db.Offices.ToDictionaryAsync(o => o.Code);
        var jpnByOffice = await db.Users.Where(u => u.UserName!.StartsWith("jpn."))
            .GroupBy(u => u.OfficeId).ToDictionaryAsync(g => g.Key, g => g.Select(u => u.Id).ToList());
        var author = await db.Users.Where(u => u.UserName == "bpjs.bjm").Select(u => u.Id).SingleAsync();

        var employers = Enumerable.Range(1, 40).Select(n => new Employer
        {
            Name = $"PT Acak Dasbor {seed}-{n}", Npp = n % 5 == 0 ? null : $"8{seed % 1000:000}{n:0000}",
            BpjsOfficeId = offices[BpjsOffices[n % BpjsOffices.Length]].Id, CreatedAt = Now.UtcDateTime,
        }).ToList();
        db.Employers.AddRange(employers);

        var skks = new List<Skk>();
        for (var n = 0; n < cases; n++)
        {
            var kejaksaan = offices[KejaksaanOffices[random.Next(KejaksaanOffices.Length)]];
            var handedOver = RandomInstant(random);
            var status = RandomStatus(random);
            var arrears = 1_000_000_00L + random.Next(0, 50_000_000) * 100L + random.Next(0, 100);
            var skk = new Skk
            {
                Number = $"SKK.ACAK-{seed}-{n}", Date = DateOnly.FromDateTime(handedOver), ValidUntil = DateOnly.FromDateTime(handedOver).AddYears(1),
                CaseType = (CaseType)random.Next(5), Collectibility = Collectibility.Macet, Employer = employers[random.Next(employers.Count)],
                BpjsOfficeId = offices[BpjsOffices[random.Next(BpjsOffices.Length)]].Id, KejaksaanOfficeId = kejaksaan.Id,
                PeriodFrom = First, PeriodTo = First.AddMonths(11), TotalIuranSen = arrears, TotalArrearsSen = arrears,
                Status = status, CreatedAt = handedOver.AddDays(-3), CreatedById = author,
                HandedOverAt = status == SkkStatus.Draft && random.Next(3) > 0 ? null : handedOver,
            };
            if (status is SkkStatus.Selesai or SkkStatus.Dilaporkan or SkkStatus.Dicabut)
            {
                skk.ClosedAt = Min(handedOver.AddDays(random.Next(0, 400)).AddMinutes(random.Next(0, 1440)), Now.UtcDateTime.AddHours(-1));
                if (status != SkkStatus.Dicabut)
                    skk.Outcome = (CaseOutcome)new[] { 0, 2, 3, 4 }[random.Next(4)];
            }
            if (status is SkkStatus.Ditangani or SkkStatus.Selesai or SkkStatus.Dilaporkan or SkkStatus.Dicabut
                && jpnByOffice.TryGetValue(kejaksaan.Id, out var jpn))
            {
                var lead = jpn[random.Next(jpn.Count)];
                // A new Surat Perintah sometimes replaced the team: the old one stays, ended.
                if (random.Next(4) == 0) skk.Teams.Add(Team(jpn[random.Next(jpn.Count)], handedOver.AddDays(2), active: false, author));
                skk.Teams.Add(Team(lead, handedOver.AddDays(5), active: status != SkkStatus.Dicabut, author));
            }
            skks.Add(skk);
        }
        db.Skks.AddRange(skks);
        await db.SaveChangesAsync();

        var handled = skks.Where(s => s.Status is SkkStatus.Ditangani or SkkStatus.Selesai or SkkStatus.Dilaporkan or SkkStatus.Dicabut).ToList();
        var payments = new Dictionary<int, List<Payment>>();
        foreach (var skk in handled)
        {
            var list = payments[skk.Id] = [];
            var room = skk.TotalArrearsSen;
            for (var k = random.Next(0, 7); k > 0 && room > 0; k--)
            {
                var amount = Math.Min(room, 1 + (long)(random.NextDouble() * skk.TotalArrearsSen / 3));
                room -= amount;
                var paidOn = Min(DateOnly.FromDateTime(skk.HandedOverAt!.Value).AddDays(random.Next(0, 500)), DateOnly.FromDateTime(Now.UtcDateTime));
                var payment = new Payment
                {
                    SkkId = skk.Id, PaidOn = paidOn, AmountSen = amount, Reference = $"TRX-{skk.Id}-{k}",
                    Source = PaymentSource.Kejaksaan, State = PaymentState.Reported,
                };
                payment.MarkReported(new Actor(author, "Uji"), skk.HandedOverAt!.Value);
                var fate = random.Next(10);
                if (fate < 7) payment.MarkConfirmed(new Actor(author, "Uji"), skk.HandedOverAt!.Value);
                if (fate == 9) payment.MarkReversed("Salah catat nominal", new Actor(author, "Uji"), skk.HandedOverAt!.Value);
                list.Add(payment);
            }
            db.Payments.AddRange(list);
        }
        await db.SaveChangesAsync();

        foreach (var reversed in payments.Values.SelectMany(p => p).Where(p => p.State == PaymentState.Reversed).ToList())
        {
            var correction = new Payment
            {
                SkkId = reversed.SkkId, PaidOn = reversed.PaidOn, AmountSen = reversed.AmountSen, Reference = reversed.Reference,
                Source = PaymentSource.Bpjs, ReversesPaymentId = reversed.Id,
            };
            correction.MarkReported(new Actor(author, "Uji"), Now.UtcDateTime);
            correction.MarkReversed("Salah catat nominal", new Actor(author, "Uji"), Now.UtcDateTime);
            payments[reversed.SkkId].Add(correction);
            db.Payments.Add(correction);
        }

        foreach (var skk in handled.Where(_ => random.Next(3) > 0))
        {
            var signedOn = DateOnly.FromDateTime(skk.HandedOverAt!.Value).AddDays(random.Next(0, 60));
            if (random.Next(3) == 0) db.InstallmentPlans.Add(Plan(random, skk, signedOn.AddDays(-20), version: 1, current: false, author));
            var plan = Plan(random, skk, signedOn, version: 2, current: true, author);
            RecoveryMath.Allocate(plan, payments[skk.Id]);
            db.InstallmentPlans.Add(plan);
        }

        foreach (var skk in handled.Where(s => s.CaseType is CaseType.Pwbd or CaseType.PdsTenagaKerja))
        {
            var start = DateOnly.FromDateTime(skk.HandedOverAt!.Value);
            if (skk.CaseType == CaseType.Pwbd && random.Next(3) > 0)
                db.RegistrationOutcomes.Add(Outcome(random, skk, RegistrationOutcomeKind.NppDiterbitkan, start, author, npp: $"6{skk.Id:0000000}"));
            if (random.Next(3) > 0)
                db.RegistrationOutcomes.Add(Outcome(random, skk, RegistrationOutcomeKind.TenagaKerjaDitambahkan, start, author, workers: 1 + random.Next(60)));
        }
        await db.SaveChangesAsync();
    }

    /// <summary>An instant in the span; one in three within an hour of midnight in WIB or WITA, where zones disagree on the day.</summary>
    private static DateTime RandomInstant(Random random)
    {
        var day = First.AddDays(random.Next(DaySpan)).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var minutes = random.Next(3) == 0
            ? (random.Next(2) == 0 ? 16 * 60 : 17 * 60) + random.Next(-60, 60)
            : random.Next(0, 24 * 60);
        return day.AddMinutes(minutes);
    }

    private static SkkStatus RandomStatus(Random random) => random.Next(20) switch
    {
        0 => SkkStatus.Draft,
        1 => SkkStatus.Dikembalikan,
        2 or 3 => SkkStatus.Diserahkan,
        4 or 5 => SkkStatus.Diterima,
        >= 6 and < 11 => SkkStatus.Ditangani,
        >= 11 and < 15 => SkkStatus.Selesai,
        >= 15 and < 18 => SkkStatus.Dilaporkan,
        _ => SkkStatus.Dicabut,
    };

    private static JpnTeam Team(string lead, DateTime at, bool active, string author) => new()
    {
        WarrantNumber = $"PRINT-ACAK-{Guid.NewGuid():N}", WarrantDate = DateOnly.FromDateTime(at), LeadJpnId = lead, IsActive = active,
        AppointedAt = at, AppointedById = author, Members = [new JpnTeamMember { UserId = lead, IsLead = true }],
    };

    private static InstallmentPlan Plan(Random random, Skk skk, DateOnly signedOn, int version, bool current, string author)
    {
        var count = 2 + random.Next(7);
        var amount = skk.TotalArrearsSen / (count + random.Next(3));
        return new InstallmentPlan
        {
            SkkId = skk.Id, PlanVersion = version, CommittedSen = amount * count, SignedOn = signedOn, IsCurrent = current,
            CreatedAt = skk.HandedOverAt!.Value, CreatedById = author,
            Installments = Enumerable.Range(1, count)
                .Select(n => new Installment { Number = n, DueOn = signedOn.AddMonths(n).AddDays(random.Next(-5, 5)), AmountSen = amount })
                .ToList(),
        };
    }

    private static RegistrationOutcome Outcome(Random random, Skk skk, RegistrationOutcomeKind kind, DateOnly start, string author,
        string? npp = null, int? workers = null)
    {
        var outcome = new RegistrationOutcome
        {
            SkkId = skk.Id, Kind = kind, EffectiveOn = start.AddDays(random.Next(0, 300)), Npp = npp, WorkersAdded = workers,
            Source = PaymentSource.Bpjs, State = PaymentState.Reported,
        };
        outcome.MarkReported(new Actor(author, "Uji"), skk.HandedOverAt!.Value);
        var fate = random.Next(10);
        if (fate < 7) outcome.MarkConfirmed(new Actor(author, "Uji"), skk.HandedOverAt!.Value);
        if (fate == 9) outcome.MarkReversed("Salah catat", new Actor(author, "Uji"), skk.HandedOverAt!.Value);
        return outcome;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
