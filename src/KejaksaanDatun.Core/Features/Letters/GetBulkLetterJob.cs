using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Letters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Letters;

/// <summary>Progress of a bulk job, for the user who started it.</summary>
[AllowedRoles(Roles.PimpinanKejaksaan, Roles.Jpn)]
public sealed record GetBulkLetterJob(Guid JobId) : IQuery<BulkJobStatus>;

public sealed record BulkJobStatus(Guid Id, LetterKind Kind, int Total, int Done, BulkJobState State, string? Error, string? FirstNumber, string? LastNumber)
{
    public bool IsFinished => State is BulkJobState.Selesai or BulkJobState.Gagal;
    public int Percent => Total == 0 ? 100 : Done * 100 / Total;
}

public sealed class GetBulkLetterJobHandler(DatunDbContext db, CurrentUser currentUser) : IQueryHandler<GetBulkLetterJob, BulkJobStatus>
{
    public async ValueTask<BulkJobStatus> Handle(GetBulkLetterJob query, CancellationToken ct)
    {
        var job = await db.BulkLetterJobs.AsNoTracking().Where(j => j.Id == query.JobId && j.CreatedById == currentUser.User.UserId)
            .Select(j => new { j.Id, j.Kind, j.Total, j.Done, j.State, j.Error }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundOrNotAllowedException();
        var numbers = await db.Letters.Where(l => l.BulkJobId == job.Id).OrderBy(l => l.Sequence).Select(l => l.Number).ToListAsync(ct);
        return new BulkJobStatus(job.Id, job.Kind, job.Total, job.Done, job.State, job.Error, numbers.FirstOrDefault(), numbers.LastOrDefault());
    }
}

/// <summary>The ZIP of a finished bulk job.</summary>
[AllowedRoles(Roles.PimpinanKejaksaan, Roles.Jpn)]
public sealed record GetBulkLetterZip(Guid JobId) : IQuery<FileDownload>;

public sealed class GetBulkLetterZipHandler(DatunDbContext db, CurrentUser currentUser) : IQueryHandler<GetBulkLetterZip, FileDownload>
{
    public async ValueTask<FileDownload> Handle(GetBulkLetterZip query, CancellationToken ct)
    {
        var job = await db.BulkLetterJobs.AsNoTracking()
            .Where(j => j.Id == query.JobId && j.CreatedById == currentUser.User.UserId && j.Zip != null)
            .Select(j => new { j.Kind, j.LetterDate, j.Zip }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundOrNotAllowedException();
        return new FileDownload($"{job.Kind.Label()} {job.LetterDate:yyyy-MM-dd}.zip", job.Zip!);
    }
}
