using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Letters;

/// <summary>
/// A generated letter's file, exactly as it was first produced: a case's letter for whoever may see the case, an office's
/// monthly report for the leadership of the office's subtree.
/// </summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record GetLetterFile(long LetterId) : IQuery<FileDownload>;

public sealed record FileDownload(string FileName, byte[] Content)
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

public sealed class GetLetterFileHandler(DatunDbContext db, CurrentUser currentUser) : IQueryHandler<GetLetterFile, FileDownload>
{
    public async ValueTask<FileDownload> Handle(GetLetterFile query, CancellationToken ct)
    {
        var file = await db.Letters.AsNoTracking().VisibleTo(db, currentUser.User)
            .Where(l => l.Id == query.LetterId)
            .Select(l => new FileDownload(l.FileName, l.Content))
            .SingleOrDefaultAsync(ct);
        return file ?? throw new NotFoundOrNotAllowedException();
    }
}
