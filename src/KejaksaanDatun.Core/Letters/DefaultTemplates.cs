using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Letters;

/// <summary>The default templates of templates/, registered as version 1 of the set every office starts with.</summary>
public static class DefaultTemplates
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>Adds the default version of each letter kind that has none yet; safe to run on every start.</summary>
    public static async Task EnsureRegisteredAsync(DatunDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        var registered = await db.TemplateVersions.Where(t => t.OfficeId == null).Select(t => t.Kind).Distinct().ToListAsync(ct);
        foreach (var kind in LetterKinds.All.Except(registered))
        {
            var file = Path.Combine(Folder, kind.TemplateFileName());
            if (!File.Exists(file)) throw new FileNotFoundException($"Default template {kind.TemplateFileName()} is missing from {Folder}.", file);
            db.TemplateVersions.Add(new TemplateVersion
            {
                Kind = kind, VersionNumber = 1, FileName = kind.TemplateFileName(), Content = await File.ReadAllBytesAsync(file, ct),
                IsActive = true, UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedById = "sistem", UploadedByName = "Templat bawaan",
                Note = "Templat bawaan KejaksaanDatun",
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
