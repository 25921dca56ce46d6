using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace KejaksaanDatun.Core.Data;

/// <summary>
/// Which Kejaksaan offices' <see cref="MonthlyFigure"/>s a save changes: those of the cases whose handover, closing,
/// team, payments, installments or registration results it adds, edits or removes, and of an office whose time zone
/// (and so whose months) it edits.
/// </summary>
internal sealed class MonthlyFigureChanges
{
    private readonly HashSet<int> _offices = [];
    private readonly HashSet<int> _cases = [];
    private readonly HashSet<int> _plans = [];
    private readonly List<Skk> _addedCases = [];

    public bool IsEmpty => _offices.Count == 0 && _cases.Count == 0 && _plans.Count == 0 && _addedCases.Count == 0;

    /// <summary>Reads the pending changes before they are saved, while the original values of edited rows are known.</summary>
    public static MonthlyFigureChanges Capture(ChangeTracker tracker)
    {
        var changes = new MonthlyFigureChanges();
        foreach (var entry in tracker.Entries())
        {
            if (!ChangesFigures(entry)) continue;
            switch (entry.Entity)
            {
                case Skk skk when entry.State == EntityState.Added:
                    changes._addedCases.Add(skk);
                    break;
                case Skk skk:
                    changes._offices.Add(skk.KejaksaanOfficeId);
                    // A case moved to another office leaves the figures of the office it was at.
                    changes._offices.Add((int)entry.Property(nameof(Skk.KejaksaanOfficeId)).OriginalValue!);
                    break;
                case Payment payment: changes.AddCase(payment.SkkId); break;
                case JpnTeam team: changes.AddCase(team.SkkId); break;
                case InstallmentPlan plan: changes.AddCase(plan.SkkId); break;
                case RegistrationOutcome registration: changes.AddCase(registration.SkkId); break;
                // An installment added with its plan has no plan id yet; the plan itself names the case.
                case Installment installment when installment.PlanId > 0: changes._plans.Add(installment.PlanId); break;
                case Office office when entry.State == EntityState.Modified && entry.Property(nameof(Office.TimeZone)).IsModified:
                    changes._offices.Add(office.Id);
                    break;
            }
        }
        return changes;
    }

    /// <summary>
    /// The offices of the edited rows, read before the save: a case's office as it is stored now. The offices of the
    /// cases being added are known for certain only after the save (<see cref="OfficesOfAddedCases"/>): an office added
    /// with them has no id before.
    /// </summary>
    public async Task<IReadOnlyCollection<int>> OfficesAsync(DatunDbContext db, CancellationToken ct)
    {
        var cases = _cases.ToList();
        if (_plans.Count > 0)
        {
            var plans = _plans.ToList();
            cases.AddRange(await db.InstallmentPlans.Where(p => plans.Contains(p.Id)).Select(p => p.SkkId).ToListAsync(ct));
        }
        var offices = new HashSet<int>(_offices);
        if (cases.Count > 0)
            offices.UnionWith(await db.Skks.Where(s => cases.Contains(s.Id)).Select(s => s.KejaksaanOfficeId).ToListAsync(ct));
        offices.RemoveWhere(id => id <= 0);
        return offices;
    }

    /// <summary>The offices of the cases added, once saved.</summary>
    public IEnumerable<int> OfficesOfAddedCases() => _addedCases.Select(s => s.KejaksaanOfficeId);

    // A case added with its payments, team or plan has no id yet (or a temporary one); the case itself names its office.
    private void AddCase(int skkId)
    {
        if (skkId > 0) _cases.Add(skkId);
    }

    /// <summary>
    /// Added and removed rows change figures; an edited row when more than its version changed (an SKK gets a new
    /// version when only its children change, and those children are captured themselves).
    /// </summary>
    private static bool ChangesFigures(EntityEntry entry) => entry.State switch
    {
        EntityState.Added or EntityState.Deleted => true,
        EntityState.Modified => entry.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(IVersioned.Version)),
        _ => false,
    };
}
