using System.Linq.Expressions;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Offices;

namespace KejaksaanDatun.Core.Features.Dashboard;

/// <summary>
/// The <see cref="CaseFigures"/> of every office of a scope's subtree: the cases each office handles (or grants) itself,
/// and those of its whole subtree. Grouped in SQL by the office each case is at, then rolled up here: a few hundred
/// rows at most, nationally.
/// </summary>
internal sealed class OfficeFigures
{
    private readonly CaseFiguresTable<int> _own;
    private readonly Dictionary<int, CaseFigures> _subtree;

    private OfficeFigures(CaseFiguresTable<int> own, Dictionary<int, CaseFigures> subtree)
    {
        _own = own;
        _subtree = subtree;
    }

    public static async Task<OfficeFigures> ComputeAsync(DashboardScope scope, CancellationToken ct)
    {
        var own = await CaseFiguresTable<int>.ComputeAsync(scope, Breakdowns.Office(scope.View), ct);

        // Each office's own figures count for it and for every office above it within the scope (its path names them).
        var subtree = scope.Subtree.ToDictionary(o => o.Id, _ => CaseFigures.None);
        foreach (var office in scope.Subtree)
        {
            var figures = own[office.Id];
            if (figures.IsEmpty) continue;
            foreach (var ancestorId in AncestorsAndSelf(office))
                if (subtree.TryGetValue(ancestorId, out var sum)) subtree[ancestorId] = sum + figures;
        }
        return new OfficeFigures(own, subtree);
    }

    /// <summary>The cases the office handles (or grants) itself rather than an office below it.</summary>
    public CaseFigures Own(int officeId) => _own[officeId];

    /// <summary>The cases of the office and every office below it.</summary>
    public CaseFigures Subtree(int officeId) => _subtree.GetValueOrDefault(officeId, CaseFigures.None);

    private static IEnumerable<int> AncestorsAndSelf(OfficeOption office) =>
        office.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse);
}
