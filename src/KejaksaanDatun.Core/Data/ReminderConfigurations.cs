using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KejaksaanDatun.Core.Data;

internal sealed class ReminderRuleConfiguration : IEntityTypeConfiguration<ReminderRule>
{
    public void Configure(EntityTypeBuilder<ReminderRule> b)
    {
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.Kind, r.OffsetDays }).IsUnique();
    }
}

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> b)
    {
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(12);
        b.Property(r => r.Subject).HasMaxLength(100);
        b.Property(r => r.Key).HasMaxLength(200);
        b.Property(r => r.Title).HasMaxLength(300);
        b.Property(r => r.Message).HasMaxLength(2000);
        b.Property(r => r.Link).HasMaxLength(200);
        b.Property(r => r.DeliveredTo).HasMaxLength(4000);
        b.Property(r => r.CancelReason).HasMaxLength(400);
        // One row per (rule, subject, due instant): planning twice, or two planners at once, cannot duplicate it.
        b.HasIndex(r => r.Key).IsUnique();
        // The dispatcher's one query: what is pending and due.
        b.HasIndex(r => new { r.State, r.DueAt });
        // Re-planning a case or an agreement reads its reminders.
        b.HasIndex(r => new { r.SkkId, r.State });
        b.HasIndex(r => new { r.AgreementId, r.State });
        b.HasOne<ReminderRule>().WithMany().HasForeignKey(r => r.RuleId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.UserId).HasMaxLength(450);
        b.Property(n => n.Title).HasMaxLength(300);
        b.Property(n => n.Message).HasMaxLength(2000);
        b.Property(n => n.Link).HasMaxLength(200);
        // A reminder reaches each user once, even if its delivery is retried.
        b.HasIndex(n => new { n.ReminderId, n.UserId }).IsUnique();
        // The bell: a user's unread notifications, newest first.
        b.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt });
        // The e-mail pass: recent notifications not yet e-mailed.
        b.HasIndex(n => new { n.EmailedAt, n.CreatedAt });
        b.HasOne<Reminder>().WithMany().HasForeignKey(n => n.ReminderId).OnDelete(DeleteBehavior.Restrict);
    }
}
