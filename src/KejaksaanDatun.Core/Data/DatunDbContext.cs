using System.Text.Json;
using System.Text.Json.Serialization;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace KejaksaanDatun.Core.Data;

public class DatunDbContext(DbContextOptions<DatunDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Office> Offices => Set<Office>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<Employer> Employers => Set<Employer>();
    public DbSet<Skk> Skks => Set<Skk>();
    public DbSet<ArrearsLine> ArrearsLines => Set<ArrearsLine>();
    public DbSet<JpnTeam> JpnTeams => Set<JpnTeam>();
    public DbSet<JpnTeamMember> JpnTeamMembers => Set<JpnTeamMember>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();
    public DbSet<Letter> Letters => Set<Letter>();
    public DbSet<TemplateVersion> TemplateVersions => Set<TemplateVersion>();
    public DbSet<LetterNumberFormat> LetterNumberFormats => Set<LetterNumberFormat>();
    public DbSet<BulkLetterJob> BulkLetterJobs => Set<BulkLetterJob>();
    // Summons and meetings
    public DbSet<Summons> Summonses => Set<Summons>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<Somasi> Somasis => Set<Somasi>();

    // Commitments and recovery
    public DbSet<InstallmentPlan> InstallmentPlans => Set<InstallmentPlan>();
    public DbSet<Installment> Installments => Set<Installment>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<LitigationRecord> LitigationRecords => Set<LitigationRecord>();
    public DbSet<RegistrationOutcome> RegistrationOutcomes => Set<RegistrationOutcome>();

    // The rest of the SKK lifecycle: extensions, the report back to BPJS, notes
    public DbSet<SkkExtension> SkkExtensions => Set<SkkExtension>();
    public DbSet<CaseReport> CaseReports => Set<CaseReport>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<ReminderRule> ReminderRules => Set<ReminderRule>();
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<OfficeTarget> OfficeTargets => Set<OfficeTarget>();
    public DbSet<MonthlyFigure> MonthlyFigures => Set<MonthlyFigure>();

    /// <summary>Who the audit log names for the changes saved through this context.</summary>
    public AuditStamp AuditStamp { get; set; } = AuditStamp.System;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DatunDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        // Instants are stored in UTC; SQLite forgets the kind, so it is restored on read.
        conventions.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        conventions.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        conventions.Properties<string>().HaveMaxLength(400);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAppendOnly();
        BumpVersions();
        var pending = CaptureAudit();
        var figures = MonthlyFigureChanges.Capture(ChangeTracker);
        if (figures.IsEmpty) return await SaveWithAuditAsync(pending, acceptAllChangesOnSuccess, cancellationToken);

        // The changes, their audit and the dashboards' monthly figures they change are saved together or not at all. The
        // offices are locked before the changes are written, so that rebuilding never waits on a row another save holds
        // while that save waits on the office.
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var offices = await figures.OfficesAsync(this, cancellationToken);
        await MonthlyFigureRebuild.LockAsync(this, offices, cancellationToken);
        var count = await SaveWithAuditAsync(pending, acceptAllChangesOnSuccess, cancellationToken);
        // The offices of new cases are known once they are saved; no other save holds rows of those cases yet.
        var ofAddedCases = figures.OfficesOfAddedCases().Except(offices).ToList();
        await MonthlyFigureRebuild.LockAsync(this, ofAddedCases, cancellationToken);
        await MonthlyFigureRebuild.RebuildAsync(this, offices.Concat(ofAddedCases), cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return count;
    }

    private async Task<int> SaveWithAuditAsync(List<PendingAudit> pending, bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        if (pending.Count > 0)
        {
            AuditEntries.AddRange(pending.Select(p => p.ToEntry(AuditStamp)));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        }
        return count;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    private void GuardAppendOnly()
    {
        var tampered = ChangeTracker.Entries()
            .Any(e => e.Entity is AuditEntry or CaseEvent && e.State is EntityState.Modified or EntityState.Deleted);
        if (tampered) throw new InvalidOperationException("Audit log and case timeline are append-only.");
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified) entry.Entity.Version++;
        }
    }

    /// <summary>
    /// Counts an aggregate as changed when only its children changed (e.g. arrears lines), so that it gets
    /// a new version and a concurrent edit of the same aggregate is refused.
    /// </summary>
    public void MarkChanged(IVersioned aggregate) => Entry(aggregate).Property(nameof(IVersioned.Version)).IsModified = true;

    /// <summary>Makes the save fail with a conflict unless the row still has the version the user edited.</summary>
    public void ExpectVersion(IVersioned aggregate, long version) =>
        Entry(aggregate).Property(nameof(IVersioned.Version)).OriginalValue = version;

    private List<PendingAudit> CaptureAudit()
    {
        var result = new List<PendingAudit>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry or CaseEvent || entry.Metadata.IsOwned()) continue;
            // Reminders and notifications are derived from the audited case data and its rules; auditing them too
            // would only multiply rows.
            if (entry.Entity is Reminder or Notification) continue;
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Entity is Microsoft.AspNetCore.Identity.IdentityUserToken<string>) continue;
            if (entry.State == EntityState.Modified && !entry.Properties.Any(p => p.IsModified && !IsHidden(p.Metadata.Name))) continue;
            result.Add(new PendingAudit(entry, entry.State,
                entry.State == EntityState.Added ? null : Snapshot(entry, original: true)));
        }
        return result;
    }

    private static readonly HashSet<string> HiddenProperties =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "NormalizedEmail", "NormalizedUserName"];

    private static bool IsHidden(string property) => HiddenProperties.Contains(property);

    /// <summary>Enums by name, as they are stored, so the log reads "Status":"Diterima" rather than a number.</summary>
    private static readonly JsonSerializerOptions SnapshotJson = new() { Converters = { new JsonStringEnumConverter() } };

    internal static string Snapshot(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            if (IsHidden(property.Metadata.Name)) continue;
            var value = original ? property.OriginalValue : property.CurrentValue;
            // Files (letters, templates, ZIPs) are kept in their own rows; the log notes only their size.
            values[property.Metadata.Name] = value is byte[] bytes ? $"{bytes.Length} byte" : value;
        }
        return JsonSerializer.Serialize(values, SnapshotJson);
    }

    private sealed record PendingAudit(EntityEntry Entry, EntityState State, string? Before)
    {
        public AuditEntry ToEntry(AuditStamp stamp) => new()
        {
            At = stamp.At,
            UserId = stamp.UserId,
            UserName = stamp.UserName,
            Action = stamp.Action,
            EntityType = Entry.Metadata.ClrType.Name,
            EntityKey = string.Join(",", Entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Entry.Property(p.Name).CurrentValue)),
            Operation = State.ToString(),
            Before = Before,
            After = State == EntityState.Deleted ? null : Snapshot(Entry, original: false),
        };
    }
}

/// <summary>Who is changing data, and through which request.</summary>
public sealed record AuditStamp(string UserId, string UserName, string Action, DateTime At)
{
    public static AuditStamp System => new("sistem", "Sistem", "Sistem", DateTime.UtcNow);
}

internal sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
