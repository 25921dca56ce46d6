using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Letters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Letters;

/// <summary>The case's letter history, newest first.</summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record ListLetters(int SkkId) : IQuery<IReadOnlyList<LetterRow>>, ISkkRequest;

public sealed record LetterRow(long Id, LetterKind Kind, string Number, DateOnly Date, string FileName, int TemplateVersion, bool IsDefaultTemplate,
    string CreatedByName, DateTime CreatedAt, bool IsVoid, string? VoidReason, int WarningCount);

public sealed class ListLettersHandler(DatunDbContext db) : IQueryHandler<ListLetters, IReadOnlyList<LetterRow>>
{
    public async ValueTask<IReadOnlyList<LetterRow>> Handle(ListLetters query, CancellationToken ct)
    {
        var rows = await db.Letters.AsNoTracking().Where(l => l.SkkId == query.SkkId)
            .OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id)
            .Join(db.TemplateVersions, l => l.TemplateVersionId, t => t.Id, (l, t) => new
            {
                l.Id, l.Kind, l.Number, l.Date, l.FileName, t.VersionNumber, IsDefault = t.OfficeId == null,
                l.CreatedByName, l.CreatedAt, l.IsVoid, l.VoidReason, l.Warnings,
            })
            .ToListAsync(ct);
        return rows.Select(r => new LetterRow(r.Id, r.Kind, r.Number, r.Date,
                r.FileName, r.VersionNumber, r.IsDefault, r.CreatedByName, r.CreatedAt, r.IsVoid, r.VoidReason,
                r.Warnings.Length == 0 ? 0 : r.Warnings.Split('\n').Length))
            .ToList();
    }
}
