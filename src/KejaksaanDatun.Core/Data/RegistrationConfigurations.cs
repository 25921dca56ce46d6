using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KejaksaanDatun.Core.Data;

internal sealed class RegistrationOutcomeConfiguration : IEntityTypeConfiguration<RegistrationOutcome>
{
    public void Configure(EntityTypeBuilder<RegistrationOutcome> b)
    {
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(o => o.Npp).HasMaxLength(8);
        // A JSON array of program names (["Jp","Jkp"]), readable and queryable in SQL on both providers.
        b.PrimitiveCollection(o => o.Programs).ElementType().HasConversion<string>();
        b.Property(o => o.Note).HasMaxLength(1000);
        b.Property(o => o.ReversalReason).HasMaxLength(4000);
        b.Property(o => o.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.State).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.Ignore(o => o.WageBefore);
        b.Ignore(o => o.WageAfter);
        b.Ignore(o => o.WageIncrease);
        b.HasIndex(o => o.SkkId);
        // Leadership dashboards count confirmed outcomes of a kind within a period (employers registered, workers added).
        b.HasIndex(o => new { o.State, o.Kind, o.EffectiveOn });
        b.HasOne<Skk>().WithMany().HasForeignKey(o => o.SkkId).OnDelete(DeleteBehavior.Restrict);
    }
}
