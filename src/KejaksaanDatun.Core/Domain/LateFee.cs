namespace KejaksaanDatun.Core.Domain;

/// <summary>
/// Denda on an unpaid contribution: by default 2 % of the contribution for every month it is late, counted
/// from the month after the period it was due for up to the month of the reference date (at least one).
/// </summary>
public static class LateFee
{
    public const decimal DefaultMonthlyPercent = 2m;

    public static int MonthsLate(DateOnly period, DateOnly asOf) =>
        Math.Max(1, (asOf.Year * 12 + asOf.Month) - (period.Year * 12 + period.Month) - 1);

    /// <summary>Rounded to whole rupiah, as BPJS bills it.</summary>
    public static Money For(Money contribution, DateOnly period, DateOnly asOf, decimal monthlyPercent = DefaultMonthlyPercent)
    {
        var rupiah = contribution.Rupiah * monthlyPercent / 100m * MonthsLate(period, asOf);
        return Money.FromRupiah(decimal.Round(rupiah, 0, MidpointRounding.AwayFromZero));
    }
}
