using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Letters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KejaksaanDatun.Core.Jobs;

/// <summary>
/// The Hangfire job of a bulk letter batch. It carries only the job's id, re-reads the job, acts on behalf of the
/// user who started it, and is safe to run twice: a finished job does nothing, an interrupted one continues.
/// </summary>
public sealed class BulkLetterRunner(IDbContextFactory<DatunDbContext> contexts, RequestDispatcher dispatcher, ILogger<BulkLetterRunner> logger)
{
    public async Task Run(Guid jobId, CancellationToken ct = default)
    {
        UserContext user;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var createdBy = await db.BulkLetterJobs.Where(j => j.Id == jobId).Select(j => j.CreatedById).SingleOrDefaultAsync(ct);
            if (createdBy is null) return;
            user = await UserContextLoader.LoadAsync(db, createdBy, ct);
        }
        try
        {
            while (await dispatcher.Send(new GenerateBulkLetterBatch(jobId), user, ct)) { }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Bulk letter job {JobId} failed", jobId);
            await using var db = await contexts.CreateDbContextAsync(ct);
            await db.BulkLetterJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, BulkJobState.Gagal)
                .SetProperty(j => j.Error, ex is BusinessRuleException or NotFoundOrNotAllowedException ? ex.Message : "Terjadi kesalahan saat membuat surat."), ct);
        }
    }
}
