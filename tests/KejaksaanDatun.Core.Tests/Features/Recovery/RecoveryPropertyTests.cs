using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Recovery;

/// <summary>
/// Random plans and payments (seeded, so a failure replays) through the real use cases, each step checked against
/// a model kept by the test: outstanding = arrears − confirmed, never negative, and every total reconciles to the sen.
/// </summary>
public class RecoveryPropertyTests
{
    private sealed class ModelPayment(int id, long sen)
    {
        public int Id { get; } = id;
        public long Sen { get; } = sen;
        public PaymentState State { get; set; } = PaymentState.Reported;
    }

    private sealed class ModelCase(int skkId)
    {
        public int SkkId { get; } = skkId;
        public List<ModelPayment> Payments { get; } = [];
        public long? CommittedSen { get; set; }
        public DateOnly? SignedOn { get; set; }
        public bool Closed { get; set; }
        public long Confirmed => Payments.Where(p => p.State == PaymentState.Confirmed).Sum(p => p.Sen);
        public long Reported => Payments.Where(p => p.State == PaymentState.Reported).Sum(p => p.Sen);
    }

    [Fact]
    public async Task Outstanding_is_arrears_minus_confirmed_never_negative_and_totals_reconcile_to_the_sen()
    {
        const int iterations = 200;
        var random = new Random(20261122);
        await using var app = await TestApp.StartAsync();
        var jpn = await app.As("jpn.hst1");
        var bpjs = await app.As("bpjs.bjm");
        var arrears = RecoveryScenarios.Arrears.Sen;
        var cases = new List<ModelCase>();
        var refusals = 0;

        for (var step = 0; step < iterations; step++)
        {
            if (cases.Count(c => !c.Closed) < 2)
                cases.Add(new ModelCase((await app.CaseInHandsOfJpn("jpn.hst1")).SkkId));
            var open = cases.Where(c => !c.Closed).ToList();
            var model = open[random.Next(open.Count)];
            var room = arrears - model.Confirmed - model.Reported;

            switch (random.Next(6))
            {
                case 0:
                {
                    // A plan (or a renegotiation) for a random part of what is outstanding, split into random installments.
                    var outstanding = arrears - model.Confirmed;
                    var overcommit = random.Next(8) == 0;
                    var committed = overcommit ? outstanding + 1 + random.Next(1000) : 1 + NextLong(random, outstanding);
                    var count = 1 + random.Next(Math.Min(6, (int)Math.Min(committed, 6)));
                    var amounts = Split(random, committed, count);
                    var plan = await app.Plan(model.SkkId, app.Today,
                        amounts.Select((a, n) => (app.Today.AddMonths(n), new Money(a))).ToArray());
                    if (overcommit)
                    {
                        await Assert.ThrowsAsync<BusinessRuleException>(() => app.Send(plan, jpn));
                        refusals++;
                    }
                    else
                    {
                        await app.Send(plan, jpn);
                        model.CommittedSen = committed;
                        model.SignedOn = app.Today;
                    }
                    break;
                }
                case 1:
                case 2:
                {
                    // A payment: exactly what is left, a random part of it, or too much.
                    var pick = random.Next(10);
                    var sen = pick switch { 0 => room, 1 => room + 1 + random.Next(100_000), _ => 1 + NextLong(random, Math.Max(1, room / 2)) };
                    var byBpjs = random.Next(2) == 0;
                    Func<Task<int>> send = byBpjs
                        ? () => app.Send(RecoveryScenarios.Record(model.SkkId, app.Today, new Money(sen)), bpjs)
                        : () => app.Send(RecoveryScenarios.Report(model.SkkId, app.Today, new Money(sen)), jpn);
                    if (sen <= 0 || sen > room)
                    {
                        if (sen <= 0) await Assert.ThrowsAsync<RequestValidationException>(send);
                        else Assert.StartsWith("Pembayaran melebihi sisa tunggakan", (await Assert.ThrowsAsync<BusinessRuleException>(send)).Message);
                        refusals++;
                    }
                    else
                    {
                        model.Payments.Add(new ModelPayment(await send(), sen) { State = byBpjs ? PaymentState.Confirmed : PaymentState.Reported });
                    }
                    break;
                }
                case 3:
                case 4:
                {
                    var reported = model.Payments.Where(p => p.State == PaymentState.Reported).ToList();
                    if (reported.Count == 0) break;
                    var payment = reported[random.Next(reported.Count)];
                    await app.Send(await app.Confirm(model.SkkId, payment.Id), bpjs);
                    payment.State = PaymentState.Confirmed;
                    break;
                }
                default:
                {
                    var live = model.Payments.Where(p => p.State != PaymentState.Reversed).ToList();
                    if (live.Count == 0) break;
                    var payment = live[random.Next(live.Count)];
                    await app.Send(new ReversePayment
                    {
                        SkkId = model.SkkId, PaymentId = payment.Id, Version = await app.PaymentVersion(payment.Id),
                        Reason = $"Koreksi acak langkah {step}.",
                    }, payment.State == PaymentState.Confirmed || random.Next(2) == 0 ? bpjs : jpn);
                    payment.State = PaymentState.Reversed;
                    break;
                }
            }

            await Check(app, model, arrears, jpn);
            // Confirmed plus reported never exceeds the arrears.
            Assert.True(model.Confirmed + model.Reported <= arrears);
        }

        Assert.True(refusals > 0, "the random steps should include refused overpayments");
        Assert.Contains(cases, c => c.Closed);
    }

    private static async Task Check(TestApp app, ModelCase model, long arrears, UserContext user)
    {
        var f = await app.Send(new GetCaseFinancials(model.SkkId), user);
        Assert.Equal(arrears, f.Arrears.Sen);
        Assert.Equal(model.Confirmed, f.ConfirmedRecovered.Sen);
        Assert.Equal(model.Reported, f.ReportedUnconfirmed.Sen);
        Assert.Equal(arrears - model.Confirmed, f.Outstanding.Sen);
        Assert.True(f.Outstanding.Sen >= 0);
        Assert.Equal(f.Arrears, f.Outstanding + f.ConfirmedRecovered);
        Assert.Equal(Math.Round(model.Confirmed * 100m / arrears, 1, MidpointRounding.AwayFromZero), f.RecoveryRate);

        // The payments listed add up to the figures.
        Assert.Equal(f.ConfirmedRecovered, Money.Sum(f.Payments.Where(p => p.State == PaymentState.Confirmed).Select(p => p.Amount)));
        Assert.Equal(f.ReportedUnconfirmed, Money.Sum(f.Payments.Where(p => p.State == PaymentState.Reported).Select(p => p.Amount)));

        if (model.CommittedSen is { } committed)
        {
            var plan = f.CurrentPlan!;
            Assert.Equal(committed, f.Committed.Sen);
            Assert.Equal(f.Committed, Money.Sum(plan.Installments.Select(i => i.Amount)));
            // All payments in this test are made on the day a plan is signed, so all count for the current plan.
            var allocated = Money.Sum(plan.Installments.Select(i => i.Paid));
            Assert.Equal(Math.Min(committed, model.Confirmed), allocated.Sen);
            // Oldest first: an installment is paid only when every earlier one is fully paid.
            for (var n = 1; n < plan.Installments.Count; n++)
                if (plan.Installments[n].Paid.Sen > 0) Assert.True(plan.Installments[n - 1].IsPaid);
            Assert.All(plan.Installments, i => Assert.InRange(i.Paid.Sen, 0, i.Amount.Sen));
        }

        // The stored allocation agrees with the figures shown.
        await using (var db = app.NewDb())
        {
            var stored = await db.Installments.Where(i => db.InstallmentPlans.Any(p => p.Id == i.PlanId && p.SkkId == model.SkkId && p.IsCurrent))
                .SumAsync(i => (long?)i.PaidSen) ?? 0;
            Assert.Equal(f.CurrentPlan is null ? 0 : Money.Sum(f.CurrentPlan.Installments.Select(i => i.Paid)).Sen, stored);
        }

        var paidInFull = model.Confirmed == arrears;
        Assert.Equal(paidInFull ? SkkStatus.Selesai : SkkStatus.Ditangani, f.Status);
        if (paidInFull)
        {
            Assert.Equal(CaseOutcome.Lunas, f.Outcome);
            Assert.Equal("100,0 %", f.RecoveryRateText);
            model.Closed = true;
        }
    }

    /// <summary>0 ≤ result &lt; <paramref name="bound"/> (0 when the bound is not positive).</summary>
    private static long NextLong(Random random, long bound) => bound <= 0 ? 0 : random.NextInt64(bound);

    /// <summary>Splits an amount in sen into <paramref name="count"/> positive parts that add up exactly.</summary>
    private static long[] Split(Random random, long total, int count)
    {
        var cuts = new SortedSet<long>();
        while (cuts.Count < count - 1) cuts.Add(1 + random.NextInt64(total - 1));
        var points = cuts.Prepend(0).Append(total).ToArray();
        return Enumerable.Range(0, count).Select(i => points[i + 1] - points[i]).ToArray();
    }
}
