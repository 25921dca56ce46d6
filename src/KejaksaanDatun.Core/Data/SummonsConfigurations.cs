using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KejaksaanDatun.Core.Data;

internal sealed class SummonsConfiguration : IEntityTypeConfiguration<Summons>
{
    public void Configure(EntityTypeBuilder<Summons> b)
    {
        b.ToTable("Summonses");
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Property(s => s.Place).HasMaxLength(400);
        b.Property(s => s.Purpose).HasMaxLength(2000);
        b.Property(s => s.DeliveryNote).HasMaxLength(1000);
        b.Property(s => s.Attendance).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.AttendanceNote).HasMaxLength(2000);
        // One Undangan I, II and III per case.
        b.HasIndex(s => new { s.SkkId, s.Sequence }).IsUnique();
        b.HasOne<Skk>().WithMany().HasForeignKey(s => s.SkkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Letter>().WithMany().HasForeignKey(s => s.LetterId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.Property(m => m.Version).IsConcurrencyToken();
        b.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.Place).HasMaxLength(400);
        b.Property(m => m.Attendees).HasMaxLength(4000);
        b.Property(m => m.EmployerStatement).HasMaxLength(-1);
        b.Property(m => m.Agreement).HasMaxLength(-1);
        b.Property(m => m.Notes).HasMaxLength(-1);
        b.HasIndex(m => new { m.SkkId, m.HeldAt });
        b.HasOne<Skk>().WithMany().HasForeignKey(m => m.SkkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SomasiConfiguration : IEntityTypeConfiguration<Somasi>
{
    public void Configure(EntityTypeBuilder<Somasi> b)
    {
        b.ToTable("Somasis");
        b.Property(s => s.Notes).HasMaxLength(4000);
        b.HasIndex(s => s.SkkId);
        b.HasOne<Skk>().WithMany().HasForeignKey(s => s.SkkId).OnDelete(DeleteBehavior.Restrict);
    }
}
