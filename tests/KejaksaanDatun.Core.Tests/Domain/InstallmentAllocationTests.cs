using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Tests.Domain;

/// <summary>How <see cref="RecoveryMath.Allocate"/> fills a plan's installments, and on which day each is paid in full.</summary>
public class InstallmentAllocationTests
{
    private static readonly DateOnly Signed = new(2025, 1, 2);

    private static InstallmentPlan Plan() => new()
    {
        SignedOn = Signed,
        Installments =
        [
            new() { Number = 1, DueOn = new DateOnly(2025, 1, 31), AmountSen = 100 },
            new() { Number = 2, DueOn = new DateOnly(2025, 2, 28), AmountSen = 100 },
            new() { Number = 3, DueOn = new DateOnly(2025, 3, 31), AmountSen = 100 },
        ],
    };

    private static Payment Paid(int day, long sen, PaymentState state = PaymentState.Confirmed, int month = 1) =>
        new() { PaidOn = new DateOnly(2025, month, day), AmountSen = sen, State = state };

    [Fact]
    public void Each_installment_is_paid_in_full_on_the_day_the_payments_so_far_cover_it_and_every_earlier_one()
    {
        var plan = Plan();

        // Paid in a different order from the days they were paid: the allocation follows the days.
        RecoveryMath.Allocate(plan, [Paid(10, 200, month: 3), Paid(20, 100), Paid(5, 50)]);

        Assert.Equal([100L, 100, 100], plan.Installments.Select(i => i.PaidSen));
        Assert.Equal([new DateOnly(2025, 1, 20), new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 10)],
            plan.Installments.Select(i => i.PaidInFullOn));
    }

    [Fact]
    public void Payments_before_signing_unconfirmed_ones_and_reversals_count_for_nothing()
    {
        var plan = Plan();
        var reversal = new Payment { PaidOn = new DateOnly(2025, 1, 15), AmountSen = 100, State = PaymentState.Confirmed, ReversesPaymentId = 7 };

        RecoveryMath.Allocate(plan, [Paid(1, 500), Paid(10, 100, PaymentState.Reported), reversal, Paid(25, 60), Paid(26, 60)]);

        Assert.Equal([100L, 20, 0], plan.Installments.Select(i => i.PaidSen));
        Assert.Equal([new DateOnly(2025, 1, 26), null, null], plan.Installments.Select(i => i.PaidInFullOn));
    }

    [Fact]
    public void A_reallocation_after_a_payment_is_reversed_takes_the_day_back()
    {
        var plan = Plan();
        var payment = Paid(20, 300);
        RecoveryMath.Allocate(plan, [payment]);
        Assert.All(plan.Installments, i => Assert.Equal(new DateOnly(2025, 1, 20), i.PaidInFullOn));

        payment.State = PaymentState.Reversed;
        RecoveryMath.Allocate(plan, [payment]);

        Assert.All(plan.Installments, i => Assert.Null(i.PaidInFullOn));
        Assert.All(plan.Installments, i => Assert.Equal(0, i.PaidSen));
    }
}
