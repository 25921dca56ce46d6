using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Features.Skk;

/// <summary>
/// Fills an SKK's arrears lines from one monthly contribution per program: a line for every month of the
/// period and every program given, with the denda owed up to the SKK date.
/// </summary>
public static class ArrearsLineGenerator
{
    public static IEnumerable<DateOnly> MonthsOf(DateOnly from, DateOnly to)
    {
        var last = SkkFields.MonthOf(to);
        for (var month = SkkFields.MonthOf(from); month <= last; month = month.AddMonths(1)) yield return month;
    }

    public static List<ArrearsLineInput> Generate(DateOnly from, DateOnly to, IReadOnlyDictionary<SocialSecurityProgram, Money> monthly,
        DateOnly skkDate, decimal lateFeePercent = LateFee.DefaultMonthlyPercent) =>
        MonthsOf(from, to)
            .SelectMany(month => monthly.OrderBy(p => p.Key).Select(p => new ArrearsLineInput
            {
                Period = month,
                Program = p.Key,
                Iuran = p.Value.FormatNumber(),
                Denda = LateFee.For(p.Value, month, skkDate, lateFeePercent).FormatNumber(),
            }))
            .ToList();
}
