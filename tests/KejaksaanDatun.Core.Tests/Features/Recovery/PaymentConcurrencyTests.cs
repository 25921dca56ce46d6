using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Recovery;

/// <summary>
/// Confirmations sent at the same moment by different BPJS officers, through the whole pipeline on one SQLite file:
/// nothing is counted twice, nothing is lost, and whoever loses a race is told so.
/// </summary>
public class PaymentConcurrencyTests
{
    private static readonly Money Installment = Money.FromRupiah(6_834_000);

    [Fact]
    public async Task Two_officers_confirming_the_same_payment_at_once_one_succeeds_and_the_other_gets_a_conflict()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        await app.Send(await app.ThreeMonthlyInstallments(skkId), jpn);
        var officers = new[] { await app.As("bpjs.bjm"), await app.As("pimpinan.bpjs.bjm") };
        var payments = new List<int>();
        for (var i = 0; i < 3; i++) payments.Add(await app.Send(RecoveryScenarios.Report(skkId, app.Today, Money.FromRupiah(1_000_000 + i)), jpn));

        foreach (var paymentId in payments)
        {
            var confirm = await app.Confirm(skkId, paymentId);
            var outcomes = await AllAtOnce.Run(officers.Select(officer => (Func<Task>)(() => app.Send(confirm, officer))));

            Assert.Single(outcomes, o => o is null);
            Assert.IsType<ConcurrencyConflictException>(Assert.Single(outcomes, o => o is not null));
        }

        await using var db = app.NewDb();
        Assert.Equal(3, await db.CaseEvents.CountAsync(e => e.SkkId == skkId && e.Kind == CaseEventKind.PaymentConfirmed));
        var financials = await app.Send(new GetCaseFinancials(skkId), jpn);
        Assert.Equal(Money.FromRupiah(3_000_003), financials.ConfirmedRecovered);
        Assert.Equal(RecoveryScenarios.Arrears - Money.FromRupiah(3_000_003), financials.Outstanding);
        Assert.Equal(financials.ConfirmedRecovered, Money.Sum(financials.CurrentPlan!.Installments.Select(i => i.Paid)));
    }

    [Fact]
    public async Task Different_payments_confirmed_at_once_all_count_and_the_case_closes_as_lunas_exactly_once()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        await app.Send(await app.ThreeMonthlyInstallments(skkId), jpn);
        var confirmations = new List<ConfirmPayment>();
        for (var i = 0; i < 3; i++)
        {
            var paymentId = await app.Send(RecoveryScenarios.Report(skkId, app.Today, Installment), jpn);
            confirmations.Add(await app.Confirm(skkId, paymentId));
        }
        var officers = new[] { await app.As("bpjs.bjm"), await app.As("pimpinan.bpjs.bjm"), await app.As("bpjs.bjm") };

        var outcomes = await AllAtOnce.Run(confirmations.Select((confirm, i) => (Func<Task>)(() => app.Send(confirm, officers[i]))));

        Assert.All(outcomes, Assert.Null);
        var financials = await app.Send(new GetCaseFinancials(skkId), jpn);
        Assert.Equal(RecoveryScenarios.Arrears, financials.ConfirmedRecovered);
        Assert.Equal(Money.Zero, financials.Outstanding);
        Assert.Equal(100m, financials.RecoveryRate);
        Assert.Equal(CaseOutcome.Lunas, financials.Outcome);
        Assert.All(financials.CurrentPlan!.Installments, i => Assert.True(i.IsPaid));
        await using var db = app.NewDb();
        Assert.Equal(1, await db.CaseEvents.CountAsync(e => e.SkkId == skkId && e.Kind == CaseEventKind.CaseClosed));
        Assert.Equal(SkkStatus.Selesai, await db.Skks.Where(s => s.Id == skkId).Select(s => s.Status).SingleAsync());
    }
}
