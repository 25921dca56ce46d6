using KejaksaanDatun.Core.Data.Synthetic;
using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Tests.Data.Synthetic;

public sealed class PaymentQuotaTests
{
    private static List<CasePlan> Cases(params int[] paidUnits) => paidUnits.Select((units, i) => new CasePlan
    {
        Id = i + 1, Route = null!, Type = CaseType.PiutangIuran, Date = new DateOnly(2025, 1, 6), PaidUnits = units,
    }).ToList();

    [Theory]
    [InlineData(4)]
    [InlineData(17)]
    [InlineData(1_000_003)]
    public void Rows_are_shared_exactly_one_at_least_to_each_paying_case_and_none_to_the_others(int rows)
    {
        var cases = Cases(3, 0, 1, 12, 0, 5);

        PaymentQuota.Distribute(cases, rows);

        Assert.Equal(rows, cases.Sum(c => c.PaymentRows));
        Assert.All(cases, c => Assert.Equal(c.PaidUnits > 0, c.PaymentRows > 0));
    }

    [Fact]
    public void Cases_that_paid_more_get_more_rows()
    {
        var cases = Cases(1, 2, 12);

        PaymentQuota.Distribute(cases, 153);

        Assert.Equal([11, 21, 121], cases.Select(c => c.PaymentRows));
    }

    [Fact]
    public void Fewer_rows_than_paying_cases_cannot_be_shared()
    {
        Assert.Throws<InvalidOperationException>(() => PaymentQuota.Distribute(Cases(1, 1, 1), 2));
    }
}
