using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Data;

/// <summary>Gap-free counters per office, kind of number and year: register numbers and letter numbers.</summary>
public static class NumberSequences
{
    /// <summary>
    /// Reserves <paramref name="count"/> consecutive numbers and returns the first. The counter is raised by one
    /// UPDATE inside the command's transaction, which holds the row (SQL Server) or the database (SQLite) until
    /// the command commits: concurrent commands wait for each other instead of reading the same value, and a
    /// command that fails rolls its numbers back, so numbers stay unique and without gaps.
    /// </summary>
    public static async Task<int> Reserve(DatunDbContext db, int officeId, string kind, int year, int count, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Numbers are reserved inside a command's transaction.");

        var updated = await db.NumberSequences
            .Where(n => n.OfficeId == officeId && n.Kind == kind && n.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.LastValue, n => n.LastValue + count), ct);
        if (updated == 0)
        {
            // The first number of a year. Inserted directly so that the command's other pending changes are not
            // saved early; should two offices' first numbers race on SQL Server, the loser's command is refused
            // by the primary key and can simply be repeated.
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO NumberSequences (OfficeId, Kind, Year, LastValue) VALUES ({officeId}, {kind}, {year}, {count})", ct);
            return 1;
        }
        var last = await db.NumberSequences.AsNoTracking()
            .Where(n => n.OfficeId == officeId && n.Kind == kind && n.Year == year)
            .Select(n => n.LastValue).SingleAsync(ct);
        return last - count + 1;
    }

    public static Task<int> Next(DatunDbContext db, int officeId, string kind, int year, CancellationToken ct) =>
        Reserve(db, officeId, kind, year, 1, ct);
}
