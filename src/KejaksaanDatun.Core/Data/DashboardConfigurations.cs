using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KejaksaanDatun.Core.Data;

internal sealed class OfficeTargetConfiguration : IEntityTypeConfiguration<OfficeTarget>
{
    public void Configure(EntityTypeBuilder<OfficeTarget> b)
    {
        b.Property(t => t.Version).IsConcurrencyToken();
        b.Ignore(t => t.Recovered);
        b.HasIndex(t => new { t.OfficeId, t.Year }).IsUnique();
        b.HasOne(t => t.Office).WithMany().HasForeignKey(t => t.OfficeId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// The indexes of the dashboards' case figures: per Kejaksaan office, the cases handed over or closed in a period.
/// Each office's range starts and ends where the office's local days do, so the figures seek one range per office.
/// </summary>
internal sealed class SkkDashboardIndexConfiguration : IEntityTypeConfiguration<Skk>
{
    public void Configure(EntityTypeBuilder<Skk> b)
    {
        b.HasIndex(s => new { s.KejaksaanOfficeId, s.HandedOverAt });
        b.HasIndex(s => new { s.KejaksaanOfficeId, s.ClosedAt });
    }
}
