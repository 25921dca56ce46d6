using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Templates;

/// <summary>
/// Puts a version back in use for an office: one of its earlier uploads, or the default version (which simply
/// sets the office's own versions aside). Nothing is deleted.
/// </summary>
[AllowedRoles(Roles.Admin)]
public sealed record ActivateTemplateVersion(int OfficeId, int TemplateVersionId) : ICommand<Unit>;

public sealed class ActivateTemplateVersionHandler(DatunDbContext db) : ICommandHandler<ActivateTemplateVersion, Unit>
{
    public async ValueTask<Unit> Handle(ActivateTemplateVersion command, CancellationToken ct)
    {
        var chosen = await db.TemplateVersions.SingleOrDefaultAsync(t => t.Id == command.TemplateVersionId
            && (t.OfficeId == command.OfficeId || t.OfficeId == null), ct) ?? throw new NotFoundOrNotAllowedException();
        var own = await db.TemplateVersions.Where(t => t.OfficeId == command.OfficeId && t.Kind == chosen.Kind).ToListAsync(ct);
        foreach (var version in own) version.IsActive = version.Id == chosen.Id;
        return Unit.Value;
    }
}
