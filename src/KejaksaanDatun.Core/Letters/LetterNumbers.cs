using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Letters;

/// <summary>Letter numbers of PRODUCT.md §4: the office's pattern for the kind, {seq} running per office, kind and year.</summary>
public static class LetterNumbers
{
    public static string SequenceKind(LetterKind kind) => "Surat." + kind;

    public static async Task<string> PatternFor(DatunDbContext db, int officeId, LetterKind kind, CancellationToken ct) =>
        await db.LetterNumberFormats.Where(f => f.OfficeId == officeId && f.Kind == kind).Select(f => f.Pattern).SingleOrDefaultAsync(ct)
        ?? LetterNumberPattern.DefaultFor(kind);

    /// <summary>Reserves <paramref name="count"/> consecutive numbers for letters dated <paramref name="date"/>; returns the first.</summary>
    public static Task<int> Reserve(DatunDbContext db, int officeId, LetterKind kind, DateOnly date, int count, CancellationToken ct) =>
        NumberSequences.Reserve(db, officeId, SequenceKind(kind), date.Year, count, ct);
}
