using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Letters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Templates;

/// <summary>For one office, every letter kind with the version in use and all versions that can be restored.</summary>
[AllowedRoles(Roles.Admin)]
public sealed record ListTemplateVersions(int OfficeId) : IQuery<IReadOnlyList<TemplateKindView>>;

public sealed record TemplateKindView(LetterKind Kind, IReadOnlyList<TemplateVersionRow> Versions)
{
    public TemplateVersionRow? InUse => Versions.FirstOrDefault(v => v.InUse);
}

public sealed record TemplateVersionRow(int Id, bool IsDefault, int VersionNumber, string FileName, long Size, DateTime UploadedAt,
    string UploadedByName, string Note, bool InUse);

public sealed class ListTemplateVersionsHandler(DatunDbContext db) : IQueryHandler<ListTemplateVersions, IReadOnlyList<TemplateKindView>>
{
    public async ValueTask<IReadOnlyList<TemplateKindView>> Handle(ListTemplateVersions query, CancellationToken ct)
    {
        var versions = await db.TemplateVersions.AsNoTracking()
            .Where(t => t.OfficeId == query.OfficeId || t.OfficeId == null)
            .Select(t => new { t.Id, t.OfficeId, t.Kind, t.VersionNumber, t.FileName, Size = (long)t.Content.Length, t.UploadedAt, t.UploadedByName, t.Note, t.IsActive })
            .ToListAsync(ct);
        return LetterKinds.All.Select(kind =>
        {
            var ofKind = versions.Where(v => v.Kind == kind).ToList();
            // The office's own active version wins; otherwise the active default is in use.
            var inUse = ofKind.FirstOrDefault(v => v.OfficeId != null && v.IsActive) ?? ofKind.FirstOrDefault(v => v.OfficeId == null && v.IsActive);
            return new TemplateKindView(kind, ofKind
                .OrderBy(v => v.OfficeId == null).ThenByDescending(v => v.VersionNumber)
                .Select(v => new TemplateVersionRow(v.Id, v.OfficeId == null, v.VersionNumber, v.FileName, v.Size, v.UploadedAt,
                    v.UploadedByName, v.Note, v.Id == inUse?.Id))
                .ToList());
        }).ToList();
    }
}
