using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Letters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Templates;

/// <summary>Downloads a template version, e.g. to edit it in Word and upload it again.</summary>
[AllowedRoles(Roles.Admin)]
public sealed record GetTemplateFile(int TemplateVersionId) : IQuery<FileDownload>;

public sealed class GetTemplateFileHandler(DatunDbContext db) : IQueryHandler<GetTemplateFile, FileDownload>
{
    public async ValueTask<FileDownload> Handle(GetTemplateFile query, CancellationToken ct) =>
        await db.TemplateVersions.AsNoTracking().Where(t => t.Id == query.TemplateVersionId)
            .Select(t => new FileDownload(t.FileName, t.Content)).SingleOrDefaultAsync(ct)
        ?? throw new NotFoundOrNotAllowedException();
}
