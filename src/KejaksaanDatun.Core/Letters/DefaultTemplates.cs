using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Letters;

/// <summary>The default templates of templates/, registered as the versions every office starts with.</summary>
public static class DefaultTemplates
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>
    /// Registers each shipped default template whose file differs from the latest registered default (or that has
    /// none yet) as a new default version in use. Safe to run on every start; an office's own versions are untouched.
    /// </summary>
    public static async Task EnsureRegisteredAsync(DatunDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        foreach (var kind in LetterKinds.All)
        {
            var file = Path.Combine(Folder, kind.TemplateFileName());
            if (!File.Exists(file)) throw new FileNotFoundException($"Default template {kind.TemplateFileName()} is missing from {Folder}.", file);
            var content = await File.ReadAllBytesAsync(file, ct);
            var defaults = await db.TemplateVersions.Where(t => t.OfficeId == null && t.Kind == kind).ToListAsync(ct);
            var latest = defaults.MaxBy(t => t.VersionNumber);
            if (latest is not null && latest.Content.AsSpan().SequenceEqual(content)) continue;

            foreach (var old in defaults) old.IsActive = false;
            db.TemplateVersions.Add(new TemplateVersion
            {
                Kind = kind, VersionNumber = (latest?.VersionNumber ?? 0) + 1, FileName = kind.TemplateFileName(), Content = content,
                IsActive = true, UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedById = "sistem", UploadedByName = "Templat bawaan",
                Note = "Templat bawaan KejaksaanDatun",
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
