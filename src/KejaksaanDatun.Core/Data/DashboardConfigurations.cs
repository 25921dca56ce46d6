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
/// The indexes of the dashboards' case figures, one per view: per Kejaksaan office and per granting BPJS office, the
/// cases by handover, with every column a figure reads, so the figures read these indexes and never the wide SKK rows.
/// Each office's range starts and ends where the office's local days do, so the figures seek one range per office.
/// Cases finished in a period are found here too, among the office's cases handed over before its end: an index by
/// closing day would lead SQLite to read every office's closed cases and then drop those of other offices.
/// </summary>
internal sealed class SkkDashboardIndexConfiguration : IEntityTypeConfiguration<Skk>
{
    public void Configure(EntityTypeBuilder<Skk> b)
    {
        b.HasIndex(s => new
        {
            s.KejaksaanOfficeId, s.HandedOverAt, s.ClosedAt, s.Status, s.Outcome, s.CaseType, s.TotalArrearsSen, s.BpjsOfficeId,
            s.EmployerId,
        }).HasDatabaseName("IX_Skks_Dashboard_Kejaksaan");
        b.HasIndex(s => new
        {
            s.BpjsOfficeId, s.HandedOverAt, s.ClosedAt, s.Status, s.Outcome, s.CaseType, s.TotalArrearsSen, s.KejaksaanOfficeId,
            s.EmployerId,
        }).HasDatabaseName("IX_Skks_Dashboard_Bpjs");
    }
}

/// <summary>
/// The monthly figures, read per office of either view: each index leads with the office, then the grain, the kind and
/// the month, and holds every column, so a dashboard seeks one range per office and kind and never reads the table.
/// The Kejaksaan index also finds an office's rows when they are rebuilt.
/// </summary>
internal sealed class MonthlyFigureConfiguration : IEntityTypeConfiguration<MonthlyFigure>
{
    public void Configure(EntityTypeBuilder<MonthlyFigure> b)
    {
        // By number, unlike the SKK's, which are read by people: every index entry is shorter, and a national figure reads
        // tens of thousands of them.
        b.Property(m => m.LeadJpnId).HasMaxLength(450);
        b.HasIndex(m => new
        {
            m.KejaksaanOfficeId, m.Grain, m.Kind, m.Month, m.BpjsOfficeId, m.CaseType, m.LeadJpnId, m.Category, m.Day, m.Count, m.Amount,
        }).HasDatabaseName("IX_MonthlyFigures_Kejaksaan");
        b.HasIndex(m => new
        {
            m.BpjsOfficeId, m.Grain, m.Kind, m.Month, m.KejaksaanOfficeId, m.CaseType, m.LeadJpnId, m.Category, m.Day, m.Count, m.Amount,
        }).HasDatabaseName("IX_MonthlyFigures_Bpjs");
    }
}
