using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KejaksaanDatun.Core.Data;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.Property(a => a.FileName).HasMaxLength(200);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        b.Property(a => a.StorageKey).HasMaxLength(50);
        b.Property(a => a.Category).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.Description).HasMaxLength(1000);
        b.Property(a => a.UploadedByName).HasMaxLength(200);
        b.HasIndex(a => a.StorageKey).IsUnique();
        b.HasIndex(a => new { a.SkkId, a.UploadedAt });
        b.HasOne<Skk>().WithMany().HasForeignKey(a => a.SkkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Payment>().WithMany().HasForeignKey(a => a.PaymentId).OnDelete(DeleteBehavior.Restrict);
    }
}
