using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KejaksaanDatun.Core.Data;

/// <summary>The case's outcome, kept apart from <see cref="SkkConfiguration"/> so the recovery work stays in one place.</summary>
internal sealed class SkkOutcomeConfiguration : IEntityTypeConfiguration<Skk>
{
    public void Configure(EntityTypeBuilder<Skk> b)
    {
        b.Property(s => s.Outcome).HasConversion<string>().HasMaxLength(30);
        b.Property(s => s.OutcomeReason).HasMaxLength(4000);
    }
}

internal sealed class InstallmentPlanConfiguration : IEntityTypeConfiguration<InstallmentPlan>
{
    public void Configure(EntityTypeBuilder<InstallmentPlan> b)
    {
        b.Property(p => p.ResponsibleName).HasMaxLength(200);
        b.Property(p => p.ResponsibleTitle).HasMaxLength(200);
        b.Property(p => p.Notes).HasMaxLength(4000);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.Committed);
        b.HasIndex(p => new { p.SkkId, p.PlanVersion }).IsUnique();
        // The dashboards find a case's current plan and its signing date without reading the plan.
        b.HasIndex(p => new { p.SkkId, p.IsCurrent, p.SignedOn });
        b.HasOne<Skk>().WithMany().HasForeignKey(p => p.SkkId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Installments).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InstallmentConfiguration : IEntityTypeConfiguration<Installment>
{
    public void Configure(EntityTypeBuilder<Installment> b)
    {
        b.HasIndex(i => new { i.PlanId, i.Number }).IsUnique();
        // The dashboards read a plan's installments due in a period, with what each needs, from the index alone.
        b.HasIndex(i => new { i.PlanId, i.DueOn, i.AmountSen, i.PaidSen, i.PaidInFullOn });
        b.Ignore(i => i.Amount);
        b.Ignore(i => i.Paid);
        b.Ignore(i => i.IsPaid);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.Property(p => p.Reference).HasMaxLength(200);
        b.Property(p => p.ProofNote).HasMaxLength(1000);
        b.Property(p => p.ReversalReason).HasMaxLength(4000);
        b.Property(p => p.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.Amount);
        b.Ignore(p => p.IsReversal);
        // A case's payments by state and date, with the amount, so that sums over a case and a period (the case card, the
        // dashboards' recovered figures and installments paid by their due date) read the index alone.
        b.HasIndex(p => new { p.SkkId, p.State, p.PaidOn, p.AmountSen });
        b.HasOne<Skk>().WithMany().HasForeignKey(p => p.SkkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Payment>().WithMany().HasForeignKey(p => p.ReversesPaymentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LitigationRecordConfiguration : IEntityTypeConfiguration<LitigationRecord>
{
    public void Configure(EntityTypeBuilder<LitigationRecord> b)
    {
        b.Property(l => l.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(l => l.Reason).HasMaxLength(4000);
        b.Property(l => l.Note).HasMaxLength(1000);
        b.HasIndex(l => l.SkkId);
        b.HasOne<Skk>().WithMany().HasForeignKey(l => l.SkkId).OnDelete(DeleteBehavior.Restrict);
    }
}
