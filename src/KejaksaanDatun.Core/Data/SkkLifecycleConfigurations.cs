using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KejaksaanDatun.Core.Data;

internal sealed class SkkExtensionConfiguration : IEntityTypeConfiguration<SkkExtension>
{
    public void Configure(EntityTypeBuilder<SkkExtension> b)
    {
        b.Property(e => e.PreviousNumber).HasMaxLength(120);
        b.Property(e => e.Number).HasMaxLength(120);
        b.Property(e => e.GrantorName).HasMaxLength(120);
        b.Property(e => e.GrantorTitle).HasMaxLength(200);
        // Like an original SKK number (see SkkConfiguration), a new SKK's number is unique within its BPJS office.
        b.HasIndex(e => new { e.BpjsOfficeId, e.Number }).IsUnique();
        b.HasIndex(e => e.SkkId);
        b.HasOne<Skk>().WithMany().HasForeignKey(e => e.SkkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Office>().WithMany().HasForeignKey(e => e.BpjsOfficeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseReportConfiguration : IEntityTypeConfiguration<CaseReport>
{
    public void Configure(EntityTypeBuilder<CaseReport> b)
    {
        b.Property(r => r.LetterNumber).HasMaxLength(120);
        b.Property(r => r.Note).HasMaxLength(2000);
        b.HasIndex(r => r.SkkId).IsUnique();
        b.HasOne<Skk>().WithMany().HasForeignKey(r => r.SkkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Letter>().WithMany().HasForeignKey(r => r.LetterId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> b)
    {
        b.Property(n => n.Text).HasMaxLength(2000);
        b.HasIndex(n => n.SkkId);
        b.HasOne<Skk>().WithMany().HasForeignKey(n => n.SkkId).OnDelete(DeleteBehavior.Restrict);
    }
}
