using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Letters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Templates;

/// <summary>An office's number pattern per letter kind, with the number the next letter would get today.</summary>
[AllowedRoles(Roles.Admin)]
public sealed record ListLetterNumberFormats(int OfficeId) : IQuery<IReadOnlyList<LetterNumberFormatRow>>;

public sealed record LetterNumberFormatRow(LetterKind Kind, string Pattern, bool IsDefault, string NextNumber);

public sealed class ListLetterNumberFormatsHandler(DatunDbContext db, OfficeClock clock) : IQueryHandler<ListLetterNumberFormats, IReadOnlyList<LetterNumberFormatRow>>
{
    public async ValueTask<IReadOnlyList<LetterNumberFormatRow>> Handle(ListLetterNumberFormats query, CancellationToken ct)
    {
        var office = await db.Offices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == query.OfficeId, ct) ?? throw new NotFoundOrNotAllowedException();
        var today = clock.Today(office.TimeZone);
        var custom = await db.LetterNumberFormats.Where(f => f.OfficeId == office.Id).ToDictionaryAsync(f => f.Kind, f => f.Pattern, ct);
        var kinds = LetterKinds.All.Select(LetterNumbers.SequenceKind).ToList();
        var last = await db.NumberSequences.Where(n => n.OfficeId == office.Id && n.Year == today.Year && kinds.Contains(n.Kind))
            .ToDictionaryAsync(n => n.Kind, n => n.LastValue, ct);
        return LetterKinds.All.Select(kind =>
        {
            var pattern = custom.GetValueOrDefault(kind) ?? LetterNumberPattern.DefaultFor(kind);
            var next = last.GetValueOrDefault(LetterNumbers.SequenceKind(kind)) + 1;
            return new LetterNumberFormatRow(kind, pattern, !custom.ContainsKey(kind), LetterNumberPattern.Format(pattern, next, office.LetterCode, today));
        }).ToList();
    }
}
