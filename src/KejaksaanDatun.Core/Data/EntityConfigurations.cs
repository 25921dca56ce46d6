using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KejaksaanDatun.Core.Data;

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> b)
    {
        b.HasIndex(o => o.Code).IsUnique();
        b.HasIndex(o => o.Path);
        b.Property(o => o.Code).HasMaxLength(40);
        b.Property(o => o.Path).HasMaxLength(200);
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(o => o.TimeZone).HasConversion<string>().HasMaxLength(5);
        b.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(o => o.Institution);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.HasOne(u => u.Office).WithMany().HasForeignKey(u => u.OfficeId).OnDelete(DeleteBehavior.Restrict);
        b.Property(u => u.Nip).HasMaxLength(30);
    }
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> b)
    {
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(a => a.Number).HasMaxLength(120);
        b.Property(a => a.BpjsNumber).HasMaxLength(120);
        b.Property(a => a.Scope).HasMaxLength(2000);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => new { a.KejaksaanOfficeId, a.Number }).IsUnique();
        b.HasIndex(a => new { a.BpjsOfficeId, a.KejaksaanOfficeId, a.ValidUntil });
        b.HasOne(a => a.BpjsOffice).WithMany().HasForeignKey(a => a.BpjsOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.KejaksaanOffice).WithMany().HasForeignKey(a => a.KejaksaanOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Agreement>().WithMany().HasForeignKey(a => a.RenewsAgreementId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> b)
    {
        b.Property(e => e.Name).HasMaxLength(200);
        b.Property(e => e.Npp).HasMaxLength(8);
        b.Property(e => e.Npwp).HasMaxLength(25);
        b.Property(e => e.Address).HasMaxLength(500);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasIndex(e => e.Npp).IsUnique();
        b.HasIndex(e => e.Name);
        b.HasOne(e => e.BpjsOffice).WithMany().HasForeignKey(e => e.BpjsOfficeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SkkConfiguration : IEntityTypeConfiguration<Skk>
{
    public void Configure(EntityTypeBuilder<Skk> b)
    {
        b.Property(s => s.Number).HasMaxLength(120);
        b.Property(s => s.RegisterNumber).HasMaxLength(120);
        b.Property(s => s.Notes).HasMaxLength(4000);
        b.Property(s => s.ReturnReason).HasMaxLength(4000);
        b.Property(s => s.WithdrawReason).HasMaxLength(4000);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.CaseType).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Collectibility).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Ignore(s => s.TotalIuran);
        b.Ignore(s => s.TotalDenda);
        b.Ignore(s => s.TotalArrears);
        // An SKK number is unique within the BPJS office that issues it.
        b.HasIndex(s => new { s.BpjsOfficeId, s.Number }).IsUnique();
        b.HasIndex(s => new { s.KejaksaanOfficeId, s.RegisterYear, s.RegisterSequence }).IsUnique();
        b.HasIndex(s => new { s.KejaksaanOfficeId, s.Status });
        b.HasIndex(s => s.Status);
        b.HasOne(s => s.Employer).WithMany().HasForeignKey(s => s.EmployerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.BpjsOffice).WithMany().HasForeignKey(s => s.BpjsOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.KejaksaanOffice).WithMany().HasForeignKey(s => s.KejaksaanOfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Agreement).WithMany().HasForeignKey(s => s.AgreementId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.ArrearsLines).WithOne().HasForeignKey(l => l.SkkId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Teams).WithOne().HasForeignKey(t => t.SkkId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Events).WithOne().HasForeignKey(e => e.SkkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ArrearsLineConfiguration : IEntityTypeConfiguration<ArrearsLine>
{
    public void Configure(EntityTypeBuilder<ArrearsLine> b)
    {
        b.Property(l => l.Program).HasConversion<string>().HasMaxLength(5);
        b.HasIndex(l => new { l.SkkId, l.Period, l.Program }).IsUnique();
        b.Ignore(l => l.Iuran);
        b.Ignore(l => l.Denda);
        b.Ignore(l => l.Total);
    }
}

internal sealed class JpnTeamConfiguration : IEntityTypeConfiguration<JpnTeam>
{
    public void Configure(EntityTypeBuilder<JpnTeam> b)
    {
        b.Property(t => t.WarrantNumber).HasMaxLength(120);
        b.HasOne(t => t.LeadJpn).WithMany().HasForeignKey(t => t.LeadJpnId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.JpnTeamId).OnDelete(DeleteBehavior.Cascade);
        // With the lead JPN, so that the dashboards credit a case to its lead JPN from the index alone.
        b.HasIndex(t => new { t.SkkId, t.IsActive, t.LeadJpnId });
    }
}

internal sealed class JpnTeamMemberConfiguration : IEntityTypeConfiguration<JpnTeamMember>
{
    public void Configure(EntityTypeBuilder<JpnTeamMember> b)
    {
        b.HasKey(m => new { m.JpnTeamId, m.UserId });
        b.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(m => m.UserId);
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> b)
    {
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Description).HasMaxLength(4000);
        b.HasIndex(e => new { e.SkkId, e.At });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.Before).HasMaxLength(-1);
        b.Property(a => a.After).HasMaxLength(-1);
        b.HasIndex(a => new { a.EntityType, a.EntityKey });
        b.HasIndex(a => a.At);
    }
}

internal sealed class NumberSequenceConfiguration : IEntityTypeConfiguration<NumberSequence>
{
    public void Configure(EntityTypeBuilder<NumberSequence> b)
    {
        b.HasKey(n => new { n.OfficeId, n.Kind, n.Year });
        b.Property(n => n.Kind).HasMaxLength(40);
    }
}

internal sealed class LetterConfiguration : IEntityTypeConfiguration<Letter>
{
    public void Configure(EntityTypeBuilder<Letter> b)
    {
        b.Property(l => l.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(l => l.Number).HasMaxLength(120);
        b.Property(l => l.DataSnapshot).HasMaxLength(-1);
        b.Property(l => l.Warnings).HasMaxLength(-1);
        b.Property(l => l.VoidReason).HasMaxLength(1000);
        // A number once issued is never issued again, voided or not.
        b.HasIndex(l => new { l.OfficeId, l.Kind, l.Year, l.Sequence }).IsUnique();
        b.HasIndex(l => new { l.SkkId, l.CreatedAt });
        // The reminder sweep looks up every office's recent monthly reports; case letters (null) stay out of the range.
        b.HasIndex(l => l.ReportedMonth);
        b.HasOne<Office>().WithMany().HasForeignKey(l => l.OfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Skk>().WithMany().HasForeignKey(l => l.SkkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<TemplateVersion>().WithMany().HasForeignKey(l => l.TemplateVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TemplateVersionConfiguration : IEntityTypeConfiguration<TemplateVersion>
{
    public void Configure(EntityTypeBuilder<TemplateVersion> b)
    {
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(t => t.Note).HasMaxLength(500);
        b.HasIndex(t => new { t.OfficeId, t.Kind, t.VersionNumber }).IsUnique();
        b.HasOne<Office>().WithMany().HasForeignKey(t => t.OfficeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LetterNumberFormatConfiguration : IEntityTypeConfiguration<LetterNumberFormat>
{
    public void Configure(EntityTypeBuilder<LetterNumberFormat> b)
    {
        b.HasKey(f => new { f.OfficeId, f.Kind });
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(f => f.Pattern).HasMaxLength(100);
        b.HasOne<Office>().WithMany().HasForeignKey(f => f.OfficeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BulkLetterJobConfiguration : IEntityTypeConfiguration<BulkLetterJob>
{
    public void Configure(EntityTypeBuilder<BulkLetterJob> b)
    {
        b.Property(j => j.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
        b.Property(j => j.SkkIds).HasMaxLength(-1);
        b.Property(j => j.Parameters).HasMaxLength(-1);
        b.Property(j => j.Error).HasMaxLength(2000);
        b.HasOne<Office>().WithMany().HasForeignKey(j => j.OfficeId).OnDelete(DeleteBehavior.Restrict);
    }
}
