using KejaksaanDatun.Core.Attachments;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Attachments;

/// <summary>An attached file, for whoever may see its case. The caller disposes the stream.</summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record GetAttachmentFile(long AttachmentId) : IQuery<AttachmentFile>;

public sealed record AttachmentFile(string FileName, string ContentType, Stream Content);

public sealed class GetAttachmentFileHandler(DatunDbContext db, CurrentUser currentUser, IAttachmentStore store)
    : IQueryHandler<GetAttachmentFile, AttachmentFile>
{
    public async ValueTask<AttachmentFile> Handle(GetAttachmentFile query, CancellationToken ct)
    {
        var visibleSkks = db.Skks.VisibleTo(currentUser.User).Select(s => s.Id);
        var attachment = await db.Attachments.AsNoTracking()
            .Where(a => a.Id == query.AttachmentId && visibleSkks.Contains(a.SkkId))
            .Select(a => new { a.FileName, a.Kind, a.StorageKey })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundOrNotAllowedException();
        return new AttachmentFile(attachment.FileName, AttachmentLabels.ContentType(attachment.Kind), store.OpenRead(attachment.StorageKey));
    }
}
