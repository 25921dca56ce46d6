namespace KejaksaanDatun.Core.Domain;

/// <summary>How a case ended (PRODUCT.md §2). <see cref="Diangsur"/> describes a case still open and paying.</summary>
public enum CaseOutcome { Lunas, Diangsur, SebagianDikembalikan, TidakBerhasil, Gugatan, Dicabut }

/// <summary>Who entered a payment: reported from the Kejaksaan side, or entered by BPJS from its own records.</summary>
public enum PaymentSource { Kejaksaan, Bpjs }

/// <summary>Only <see cref="Confirmed"/> payments count as recovered.</summary>
public enum PaymentState { Reported, Confirmed, Reversed }

public enum LitigationKind { GugatanSederhana, GugatanPerdata }

/// <summary>
/// The installment plan of a Surat Pernyataan Kesanggupan. A renegotiation adds a new version and keeps the
/// old one (no longer current) as history.
/// </summary>
public class InstallmentPlan : IVersioned
{
    public int Id { get; set; }
    public int SkkId { get; set; }
    public int PlanVersion { get; set; }
    public long CommittedSen { get; set; }
    /// <summary>Date of the Surat Pernyataan Kesanggupan.</summary>
    public DateOnly SignedOn { get; set; }
    public string ResponsibleName { get; set; } = "";
    public string ResponsibleTitle { get; set; } = "";
    public string Notes { get; set; } = "";
    public bool IsCurrent { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedById { get; set; } = "";
    public long Version { get; set; }
    public List<Installment> Installments { get; set; } = [];

    public Money Committed => new(CommittedSen);
}

public class Installment
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int Number { get; set; }
    public DateOnly DueOn { get; set; }
    public long AmountSen { get; set; }
    /// <summary>Confirmed payments allocated to this installment, oldest installment first.</summary>
    public long PaidSen { get; set; }
    /// <summary>
    /// The day (PaidOn) of the payment that completed this installment under the same allocation as <see cref="PaidSen"/>;
    /// none while it is not paid in full. Paid on schedule when this is on or before <see cref="DueOn"/>.
    /// </summary>
    public DateOnly? PaidInFullOn { get; set; }
    /// <summary>When the broken promise of this installment was put on the timeline (once per installment).</summary>
    public DateTime? BrokenPromiseRecordedAt { get; set; }

    public Money Amount => new(AmountSen);
    public Money Paid => new(PaidSen);
    public bool IsPaid => PaidSen >= AmountSen;
}

/// <summary>
/// A payment by the employer to BPJS. Mistakes are corrected by a reversal (a row of its own pointing to the
/// payment it reverses, which becomes <see cref="PaymentState.Reversed"/>), never by deleting.
/// </summary>
public class Payment : BpjsConfirmedRecord
{
    public int Id { get; set; }
    public int SkkId { get; set; }
    public DateOnly PaidOn { get; set; }
    public long AmountSen { get; set; }
    public string Reference { get; set; } = "";
    /// <summary>What proves the payment; the file itself is an attachment linked to the payment.</summary>
    public string ProofNote { get; set; } = "";
    /// <summary>Set on the correcting row: the payment it reverses.</summary>
    public int? ReversesPaymentId { get; set; }

    public Money Amount => new(AmountSen);
    public bool IsReversal => ReversesPaymentId is not null;
}

/// <summary>A case escalated to litigation. The lawsuit needs a new SKK from BPJS.</summary>
public class LitigationRecord
{
    public int Id { get; set; }
    public int SkkId { get; set; }
    public LitigationKind Kind { get; set; }
    public string Reason { get; set; } = "";
    public string Note { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string CreatedById { get; set; } = "";
}

/// <summary>Allocation of confirmed payments and the figures derived from them, exact to the sen.</summary>
public static class RecoveryMath
{
    public static long Confirmed(IEnumerable<Payment> payments) =>
        payments.Where(p => p.State == PaymentState.Confirmed && !p.IsReversal).Sum(p => p.AmountSen);

    public static long ReportedUnconfirmed(IEnumerable<Payment> payments) =>
        payments.Where(p => p.State == PaymentState.Reported && !p.IsReversal).Sum(p => p.AmountSen);

    public static long Outstanding(long arrearsSen, IEnumerable<Payment> payments) =>
        Math.Max(0, arrearsSen - Confirmed(payments));

    /// <summary>
    /// Recomputes the allocation of the plan from scratch: the confirmed payments made on or after the plan was
    /// signed fill its installments oldest first, in the order they were paid. Deterministic whatever the order
    /// payments were confirmed in. An installment is paid in full on the day the payments so far cover it and every
    /// earlier one.
    /// </summary>
    public static void Allocate(InstallmentPlan? plan, IEnumerable<Payment> payments)
    {
        if (plan is null) return;
        var paidPerDay = payments.Where(p => p.State == PaymentState.Confirmed && !p.IsReversal && p.PaidOn >= plan.SignedOn)
            .GroupBy(p => p.PaidOn).OrderBy(g => g.Key).Select(g => (Day: g.Key, Sen: g.Sum(p => p.AmountSen))).ToList();
        var pool = paidPerDay.Sum(d => d.Sen);
        var (day, paidByDay, dueByThen) = (0, 0L, 0L);
        foreach (var installment in plan.Installments.OrderBy(i => i.Number))
        {
            installment.PaidSen = Math.Min(installment.AmountSen, pool);
            pool -= installment.PaidSen;
            dueByThen += installment.AmountSen;
            while (paidByDay < dueByThen && day < paidPerDay.Count) paidByDay += paidPerDay[day++].Sen;
            installment.PaidInFullOn = paidByDay >= dueByThen && day > 0 ? paidPerDay[day - 1].Day : null;
        }
    }

    /// <summary>Confirmed / arrears as a percentage rounded to one decimal.</summary>
    public static decimal RecoveryRate(long arrearsSen, long confirmedSen) =>
        arrearsSen <= 0 ? 0m : Math.Round(Math.Min(confirmedSen, arrearsSen) * 100m / arrearsSen, 1, MidpointRounding.AwayFromZero);

    /// <summary><c>100,0 %</c></summary>
    public static string FormatRate(decimal rate) => rate.ToString("0.0", IndonesianFormat.Culture) + " %";
}
