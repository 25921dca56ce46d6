using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Domain;
using static KejaksaanDatun.Core.Data.Synthetic.SyntheticCalendar;

namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>
/// The recovery of a case: its Surat Pernyataan Kesanggupan with equal monthly installments (as the app proposes
/// them), the payments (<see cref="CasePlan.PaymentRows"/> rows) with the JPN reporting and BPJS confirming them or
/// BPJS entering them from its records, now and then a payment reported twice and reversed, the installments'
/// allocation by <see cref="RecoveryMath.Allocate"/>, and the broken promises the reminder put on the timeline.
/// <para>
/// The invariants of the app hold: confirmed plus reported never exceed the arrears, only a case still in hand has
/// payments waiting for confirmation, a Lunas case's last confirmation brings the confirmed total to the arrears and
/// closes it, and every step happens while the case is in hand and by the last day.
/// </para>
/// </summary>
internal static class RecoveryRowsBuilder
{
    private const double ReversalChance = 0.05;
    private static readonly Actor System = new("sistem", "Sistem");

    private static readonly string[] Proofs =
    [
        "Bukti transfer Bank BRI", "Bukti transfer Bank Mandiri", "Bukti transfer Bank BNI", "Slip setoran tunai Bank BTN",
        "Bukti transfer bank daerah", "Bukti pembayaran melalui kanal virtual account BPJS Ketenagakerjaan",
    ];

    private static readonly string[] ResponsibleTitles = ["Direktur", "Direktur Utama", "Pemilik", "Manajer Keuangan", "Ketua Pengurus"];

    private static readonly string[] ReversalReasons =
    [
        "Pembayaran yang sama dilaporkan dua kali; bukti transfer sama dengan laporan sebelumnya.",
        "Bukti transfer yang dilaporkan adalah pembayaran iuran bulan berjalan, bukan tunggakan dalam SKK ini.",
    ];

    private static readonly DateOnly LastWorkingDay = WorkingDay(LastDay, forward: false);

    public static void Add(CasePlan plan, CaseRows rows, SyntheticRandom random)
    {
        var skk = rows.Skk;
        if (plan.PlanSigned is { } signed && signed <= LastDay) rows.Plan = NewPlan(plan, skk, signed, random);
        var amounts = UnitAmounts(plan, skk.TotalArrearsSen, rows.Plan, random);
        var bounds = new long[amounts.Length];
        var running = 0L;
        for (var i = 0; i < amounts.Length; i++) bounds[i] = running += amounts[i];

        if (plan.PaymentRows > 0)
        {
            var reversed = plan.PaymentRows >= 4 && random.Chance(ReversalChance);
            if (!reversed || !TryPayWithReversal(plan, rows, bounds, random))
                rows.Payments.AddRange(Pay(plan, rows, bounds, plan.PaymentRows, random));
            foreach (var payment in rows.Payments.Where(p => p.State != PaymentState.Reversed)) AddEvents(plan, skk, payment);
            // In the order they were entered, which their ids follow.
            var entered = rows.Payments.OrderBy(p => p.ReportedAt).ToList();
            rows.Payments.Clear();
            rows.Payments.AddRange(entered);
        }
        if (rows.Plan is not null)
        {
            RecoveryMath.Allocate(rows.Plan, rows.Payments);
            RecordBrokenPromises(plan, rows);
        }
    }

    /// <summary>Equal monthly installments in whole rupiah of the whole arrears, the last taking what remains.</summary>
    private static InstallmentPlan NewPlan(CasePlan plan, Skk skk, DateOnly signed, SyntheticRandom random)
    {
        var committed = skk.TotalArrears;
        var count = plan.InstallmentCount;
        var share = committed.Sen / count / Money.SenPerRupiah * Money.SenPerRupiah;
        var created = Instant(Min(After(signed, 0, 2, random), LastWorkingDay), plan.Route.Kejaksaan.TimeZone, random);
        var installments = Enumerable.Range(1, count).Select(n => new Installment
        {
            Number = n, DueOn = signed.AddMonths(n), AmountSen = n < count ? share : committed.Sen - share * (count - 1),
        }).ToList();
        var installmentPlan = new InstallmentPlan
        {
            SkkId = skk.Id, PlanVersion = 1, CommittedSen = committed.Sen, SignedOn = signed, ResponsibleName = plan.Employer.ContactPerson,
            ResponsibleTitle = random.Pick(ResponsibleTitles), IsCurrent = true, CreatedAt = created, CreatedById = plan.LeadJpn.Id,
            Installments = installments,
        };
        var schedule = string.Join("; ", installments.Select(i => $"ke-{i.Number} {IndonesianFormat.Date(i.DueOn)} {i.Amount}"));
        CaseRowsBuilder.AddEvent(skk, CaseEventKind.PlanAgreed, created, plan.LeadJpn,
            $"Surat Pernyataan Kesanggupan tanggal {IndonesianFormat.Date(signed)} oleh {installmentPlan.ResponsibleName} " +
            $"({installmentPlan.ResponsibleTitle}): sanggup membayar {committed} dalam {count} angsuran ({schedule}).");
        return installmentPlan;
    }

    /// <summary>
    /// What each paid unit settles: an installment of the plan, or without a plan an equal part of the whole arrears
    /// (Lunas) or of the 10 to 70 % the employer paid before it stopped.
    /// </summary>
    private static long[] UnitAmounts(CasePlan plan, long arrears, InstallmentPlan? installmentPlan, SyntheticRandom random)
    {
        if (installmentPlan is not null) return installmentPlan.Installments.Take(plan.PaidUnits).Select(i => i.AmountSen).ToArray();
        var lumps = plan.PaymentDays.Length;
        if (lumps == 0) return [];
        var paid = plan.Ending == CaseEnding.Lunas ? arrears : arrears * random.Between(10, 70) / 100;
        var share = paid / lumps / Money.SenPerRupiah * Money.SenPerRupiah;
        return Enumerable.Range(1, lumps).Select(n => n < lumps ? share : paid - share * (lumps - 1)).Take(plan.PaidUnits).ToArray();
    }

    /// <summary>
    /// The payments that settle the paid units, <paramref name="count"/> rows: with as many rows as units one per unit,
    /// with fewer some settle several units at once, with more some units are paid in parts (the earlier parts some
    /// days before). <paramref name="bounds"/> holds the running total at the end of each unit.
    /// </summary>
    private static List<Payment> Pay(CasePlan plan, CaseRows rows, long[] bounds, int count, SyntheticRandom random)
    {
        var units = bounds.Length;
        var cuts = new List<(long Total, DateOnly Day)>(count);
        if (count <= units)
        {
            // Which units close a payment: the last one always, and count - 1 of the others.
            var closing = Enumerable.Range(0, units - 1).ToArray();
            for (var i = 0; i < count - 1; i++)
            {
                var j = i + random.Next(closing.Length - i);
                (closing[i], closing[j]) = (closing[j], closing[i]);
            }
            foreach (var unit in closing.Take(count - 1).Append(units - 1).Order()) cuts.Add((bounds[unit], plan.PaymentDays[unit]));
        }
        else
        {
            var earliest = plan.PlanSigned ?? LocalDay(plan.Appointed!.Value, plan.Route.Kejaksaan.TimeZone).AddDays(1);
            var taken = new HashSet<long>(bounds);
            for (var unit = 0; unit < units; unit++) cuts.Add((bounds[unit], plan.PaymentDays[unit]));
            for (var attempts = 0; cuts.Count < count; attempts++)
            {
                if (attempts > 100 * count) throw new InvalidOperationException($"Synthetic case {plan.Id}: no room for {count} payments.");
                var unit = random.Next(units);
                var first = (unit == 0 ? 0 : bounds[unit - 1]) / Money.SenPerRupiah + 1;
                var last = (bounds[unit] - 1) / Money.SenPerRupiah;
                if (first > last) continue;
                var total = random.Between(first, last) * Money.SenPerRupiah;
                if (!taken.Add(total)) continue;
                var day = WorkingDay(plan.PaymentDays[unit].AddDays(-random.Between(1, 20)), forward: false);
                cuts.Add((total, day < earliest ? earliest : day));
            }
            cuts.Sort((a, b) => a.Total.CompareTo(b.Total));
        }

        var payments = new List<Payment>(count);
        var previousTotal = 0L;
        var previousDay = DateOnly.MinValue;
        for (var i = 0; i < cuts.Count; i++)
        {
            var (total, day) = cuts[i];
            if (day < previousDay) day = previousDay;
            var final = plan.Ending == CaseEnding.Lunas && i == cuts.Count - 1 && units == plan.PaymentDays.Length;
            payments.Add(NewPayment(plan, rows.Skk, day, total - previousTotal, final, random));
            previousTotal = total;
            previousDay = day;
        }
        return payments;
    }

    private static Payment NewPayment(CasePlan plan, Skk skk, DateOnly paidOn, long amount, bool final, SyntheticRandom random)
    {
        var bpjsZone = plan.Route.Bpjs.TimeZone;
        var payment = new Payment { SkkId = skk.Id, PaidOn = paidOn, AmountSen = amount };
        // The last payment of a Lunas case is confirmed at the moment that closes it; if that lies after the last day,
        // the JPN has reported it and BPJS has yet to confirm it.
        var closingLater = final && plan.FinalConfirmation > EndOfLastDay(bpjsZone);
        if (!closingLater && random.Chance(0.4))
        {
            var entered = final ? plan.FinalConfirmation!.Value : Bound(plan, Instant(Min(After(paidOn, 1, 5, random), LastWorkingDay), bpjsZone, random));
            payment.Source = PaymentSource.Bpjs;
            payment.Reference = $"BPJSTK/{plan.Route.Bpjs.LetterCode}/{paidOn:yyyyMMdd}/{random.Between(1000, 9999)}";
            payment.MarkReported(CaseRowsBuilder.Actor(plan.BpjsStaff), entered);
            payment.MarkConfirmed(CaseRowsBuilder.Actor(plan.BpjsStaff), entered);
            return payment;
        }

        var reporter = plan.Members.Count > 0 && random.Chance(0.3) ? random.Pick(plan.Members) : plan.LeadJpn;
        var reportedAt = Bound(plan, Instant(Min(After(paidOn, 0, 2, random), LastWorkingDay), plan.Route.Kejaksaan.TimeZone, random));
        var confirmedAt = final ? plan.FinalConfirmation!.Value : Bound(plan, Instant(After(LocalDay(reportedAt, bpjsZone), 1, 4, random), bpjsZone, random));
        if (reportedAt > confirmedAt) reportedAt = confirmedAt;
        payment.Source = PaymentSource.Kejaksaan;
        payment.Reference = random.Chance(0.7) ? $"TRF{paidOn:yyMMdd}{random.Between(100_000, 999_999)}" : "";
        payment.ProofNote = random.Pick(Proofs);
        payment.State = PaymentState.Reported;
        payment.MarkReported(CaseRowsBuilder.Actor(reporter), reportedAt);
        if (confirmedAt <= EndOfLastDay(bpjsZone)) payment.MarkConfirmed(CaseRowsBuilder.Actor(plan.BpjsStaff), confirmedAt);
        return payment;
    }

    /// <summary>
    /// Payments with one of them reported a second time by mistake and reversed before BPJS confirmed it: two of the
    /// case's rows are the mistaken entry and its correcting entry. False when no payment leaves the room (the duplicate
    /// may not bring confirmed plus reported above the arrears) or the time (reversed while in hand, by the last day).
    /// </summary>
    private static bool TryPayWithReversal(CasePlan plan, CaseRows rows, long[] bounds, SyntheticRandom random)
    {
        var payments = Pay(plan, rows, bounds, plan.PaymentRows - 2, random);
        var zone = plan.Route.Kejaksaan.TimeZone;
        var end = plan.Closed ?? plan.Withdrawn ?? EndOfLastDay(zone);
        foreach (var original in payments.Where(p => p.Source == PaymentSource.Kejaksaan))
        {
            var reportedAt = Instant(After(LocalDay(original.ReportedAt, zone), 1, 3, random), zone, random);
            var reversedAt = Instant(After(LocalDay(reportedAt, zone), 1, 5, random), zone, random);
            // While the duplicate waits, every payment entered meanwhile must still fit beside it under the arrears.
            var entered = payments.Where(p => p.ReportedAt <= reversedAt).Sum(p => p.AmountSen);
            if (reversedAt >= end || entered + original.AmountSen > rows.Skk.TotalArrearsSen) continue;

            var reverser = random.Chance(0.5) ? plan.BpjsStaff : plan.LeadJpn;
            var reason = random.Pick(ReversalReasons);
            var mistaken = new Payment
            {
                SkkId = rows.Skk.Id, PaidOn = original.PaidOn, AmountSen = original.AmountSen, Reference = original.Reference,
                ProofNote = original.ProofNote, Source = PaymentSource.Kejaksaan,
            };
            mistaken.MarkReported(CaseRowsBuilder.Actor(plan.LeadJpn), reportedAt);
            mistaken.MarkReversed(reason, CaseRowsBuilder.Actor(reverser), reversedAt);
            var correction = new Payment
            {
                SkkId = rows.Skk.Id, PaidOn = original.PaidOn, AmountSen = original.AmountSen, Reference = original.Reference,
                Source = reverser == plan.BpjsStaff ? PaymentSource.Bpjs : PaymentSource.Kejaksaan,
            };
            correction.MarkReported(CaseRowsBuilder.Actor(reverser), reversedAt);
            correction.MarkReversed(reason, CaseRowsBuilder.Actor(reverser), reversedAt);
            rows.Payments.AddRange(payments);
            rows.Payments.Add(mistaken);
            rows.Payments.Add(correction);
            rows.Reversals.Add((correction, mistaken));

            CaseRowsBuilder.AddEvent(rows.Skk, CaseEventKind.PaymentReported, reportedAt, plan.LeadJpn, ReportedText(mistaken));
            CaseRowsBuilder.AddEvent(rows.Skk, CaseEventKind.PaymentReversed, reversedAt, reverser,
                $"Pembayaran {mistaken.Amount} tanggal {IndonesianFormat.Date(mistaken.PaidOn)} (dilaporkan) dibatalkan. Alasan: {reason}");
            return true;
        }
        return false;
    }

    /// <summary>The timeline entries ReportPayment, ConfirmPayment and RecordConfirmedPayment write.</summary>
    private static void AddEvents(CasePlan plan, Skk skk, Payment payment)
    {
        var paid = $"Pembayaran {payment.Amount} tanggal {IndonesianFormat.Date(payment.PaidOn)}";
        var staff = plan.BpjsStaff;
        if (payment.Source == PaymentSource.Bpjs)
        {
            CaseRowsBuilder.AddEvent(skk, CaseEventKind.PaymentConfirmed, payment.ReportedAt, staff,
                $"{paid} dicatat dan dikonfirmasi BPJS (referensi {payment.Reference}).");
            return;
        }
        skk.Events.Add(new CaseEvent
        {
            SkkId = skk.Id, At = payment.ReportedAt, Kind = CaseEventKind.PaymentReported, Description = ReportedText(payment),
            ActorId = payment.ReportedById, ActorName = payment.ReportedByName,
        });
        if (payment.ConfirmedAt is { } confirmed)
            CaseRowsBuilder.AddEvent(skk, CaseEventKind.PaymentConfirmed, confirmed, staff, RecoveryRules.PaymentConfirmedText(payment));
    }

    private static string ReportedText(Payment payment) =>
        $"Pembayaran {payment.Amount} tanggal {IndonesianFormat.Date(payment.PaidOn)} dilaporkan, menunggu konfirmasi BPJS. " +
        $"Bukti: {payment.ProofNote}" + (payment.Reference.Length > 0 ? $"; referensi {payment.Reference}." : ".");

    /// <summary>
    /// The day after an installment's due date the reminder records a broken promise unless the confirmed payments by then
    /// (allocated oldest installment first) cover it, once per installment, while the case is in hand.
    /// </summary>
    private static void RecordBrokenPromises(CasePlan plan, CaseRows rows)
    {
        var installmentPlan = rows.Plan!;
        var zone = plan.Route.Kejaksaan.TimeZone;
        var end = plan.Closed ?? plan.Withdrawn;
        var confirmations = rows.Payments
            .Where(p => p.State == PaymentState.Confirmed && p.PaidOn >= installmentPlan.SignedOn)
            .Select(p => (At: p.ConfirmedAt!.Value, p.AmountSen)).OrderBy(c => c.At).ToList();
        var owed = 0L;
        foreach (var installment in installmentPlan.Installments)
        {
            var at = At(installment.DueOn.AddDays(1), 8, 0, zone);
            if (LocalDay(at, zone) > LastDay || at >= end) return;
            var before = owed;
            owed += installment.AmountSen;
            var pool = confirmations.TakeWhile(c => c.At <= at).Sum(c => c.AmountSen);
            if (pool >= owed) continue;
            var paid = new Money(Math.Clamp(pool - before, 0, installment.AmountSen));
            installment.BrokenPromiseRecordedAt = at;
            rows.Skk.Events.Add(new CaseEvent
            {
                SkkId = rows.Skk.Id, At = at, Kind = CaseEventKind.BrokenPromise, ActorId = System.UserId, ActorName = System.Name,
                Description = $"Ingkar janji: angsuran ke-{installment.Number} sebesar {installment.Amount} jatuh tempo " +
                    $"{IndonesianFormat.Date(installment.DueOn)} belum dibayar lunas (terbayar {paid}, kurang {installment.Amount - paid}).",
            });
        }
    }

    /// <summary>Nothing of a closed or withdrawn case happens after it ended.</summary>
    private static DateTime Bound(CasePlan plan, DateTime at) => (plan.Closed ?? plan.Withdrawn) is { } end && at > end ? end : at;

    private static DateTime EndOfLastDay(OfficeTimeZone zone) => At(LastDay, 23, 59, zone);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
