namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>
/// Shares the requested number of payment rows exactly among the cases that paid by the last day: one each, and the
/// rest in proportion to the payments the case made (<see cref="CasePlan.PaidUnits"/>), by largest remainder. A case
/// with more rows than payments received some installments in several parts; one with fewer paid several at once.
/// </summary>
internal static class PaymentQuota
{
    public static void Distribute(IReadOnlyList<CasePlan> cases, long rows)
    {
        var paying = cases.Where(c => c.PaidUnits > 0).ToList();
        if (paying.Count == 0 || rows < paying.Count)
            throw new InvalidOperationException($"{rows} payment rows cannot be shared among {paying.Count} paying cases.");

        long units = paying.Sum(c => (long)c.PaidUnits);
        var spare = rows - paying.Count;
        var remainders = new List<(CasePlan Case, long Remainder)>(paying.Count);
        var given = 0L;
        foreach (var plan in paying)
        {
            // Exact integer shares: floor(spare × units_i / units), the remainders decide who gets the leftover rows.
            var product = (Int128)spare * plan.PaidUnits;
            var share = (long)(product / units);
            plan.PaymentRows = checked((int)(1 + share));
            given += plan.PaymentRows;
            remainders.Add((plan, (long)(product % units)));
        }
        foreach (var (plan, _) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Case.Id).Take((int)(rows - given)))
            plan.PaymentRows++;
    }
}
