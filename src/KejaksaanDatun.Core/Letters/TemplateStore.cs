using System.Collections.Concurrent;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Documents;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Letters;

/// <summary>
/// Finds the template a letter is rendered with and keeps each version compiled: a version's file never changes,
/// so it is compiled once per process and rendered many times.
/// </summary>
public sealed class TemplateStore
{
    private readonly ConcurrentDictionary<int, Lazy<DocxTemplate>> _compiled = new();

    /// <summary>The office's own active version of the kind, or else the active default.</summary>
    public static async Task<TemplateVersion> ActiveVersion(DatunDbContext db, int officeId, LetterKind kind, CancellationToken ct) =>
        await db.TemplateVersions.AsNoTracking()
            .Where(t => t.Kind == kind && t.IsActive && (t.OfficeId == officeId || t.OfficeId == null))
            .OrderBy(t => t.OfficeId == null)
            .FirstOrDefaultAsync(ct)
        ?? throw new BusinessRuleException($"Belum ada templat aktif untuk {kind.Label()}.");

    public DocxTemplate Compiled(TemplateVersion version) =>
        _compiled.GetOrAdd(version.Id, _ => new Lazy<DocxTemplate>(() => DocxTemplate.Compile(version.Content))).Value;
}
