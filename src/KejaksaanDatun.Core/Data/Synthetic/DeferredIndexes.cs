using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>
/// The secondary indexes of the tables being filled are dropped before the rows are written and created again from
/// their own definitions after, in the same transaction: SQLite builds an index from sorted keys much faster than it
/// keeps it up to date row by row, and a unique index created again still refuses duplicates.
/// </summary>
internal static class DeferredIndexes
{
    public sealed record Index(string Name, string Table, string Sql);

    public static async Task<IReadOnlyList<Index>> DropAsync(DatunDbContext db, IEnumerable<Type> entityTypes, CancellationToken ct)
    {
        var tables = entityTypes.Select(t => db.Model.FindEntityType(t)!.GetTableName()!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Indexes SQLite made for a UNIQUE or composite primary key constraint have no SQL of their own and stay.
        var indexes = (await db.Database
                .SqlQueryRaw<Index>("SELECT name AS Name, tbl_name AS \"Table\", sql AS Sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
                .ToListAsync(ct))
            .Where(i => tables.Contains(i.Table)).ToList();
        foreach (var index in indexes) await db.Database.ExecuteSqlRawAsync($"DROP INDEX \"{index.Name}\"", ct);
        return indexes;
    }

    public static async Task CreateAsync(DatunDbContext db, IReadOnlyList<Index> indexes, CancellationToken ct)
    {
        foreach (var index in indexes) await db.Database.ExecuteSqlRawAsync(index.Sql, ct);
    }
}
