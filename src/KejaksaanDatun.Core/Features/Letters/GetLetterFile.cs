using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Letters;

/// <summary>A generated letter's file, exactly as it was first produced, for whoever may see its case.</summary>
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
        var user = currentUser.User;
        var visibleSkks = db.Skks.VisibleTo(user).Select(s => s.Id);
        var offices = db.Offices.InScopeOf(user).Select(o => o.Id);
        var file = await db.Letters.AsNoTracking()
            .Where(l => l.Id == query.LetterId
                && (l.SkkId != null ? visibleSkks.Contains(l.SkkId.Value) : offices.Contains(l.OfficeId)))
            .Select(l => new FileDownload(l.FileName, l.Content))
            .SingleOrDefaultAsync(ct);
        return file ?? throw new NotFoundOrNotAllowedException();
    }
}
