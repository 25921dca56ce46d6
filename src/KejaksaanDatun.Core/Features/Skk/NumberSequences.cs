using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Skk;

/// <summary>Gap-free counters per office, kind and year.</summary>
internal static class NumberSequences
{
    /// <summary>
    /// Takes the next number; it is saved with the rest of the command, in its transaction. The counter's
    /// value is its concurrency token, so two users taking a number at once cannot both save the same one:
    /// the second gets a conflict and nothing of the command is kept, and no number is skipped. Saving here
    /// would also save the command's half-done changes and log them twice.
    /// </summary>
    public static async Task<int> Next(DatunDbContext db, int officeId, string kind, int year, CancellationToken ct)
    {
        var counter = await db.NumberSequences.SingleOrDefaultAsync(n => n.OfficeId == officeId && n.Kind == kind && n.Year == year, ct);
        if (counter is null)
        {
            counter = new NumberSequence { OfficeId = officeId, Kind = kind, Year = year };
            db.NumberSequences.Add(counter);
        }
        counter.LastValue++;
        return counter.LastValue;
    }
}
