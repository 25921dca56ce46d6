using System.IO.Compression;
using System.Text.Json;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Letters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Letters;

/// <summary>
/// One step of a bulk job: the first step reserves the whole batch's numbers at once (so they are consecutive);
/// each step then generates the next few letters in its own transaction, so progress shows while it runs and a
/// restarted job continues where it stopped. The last step packs every letter into one ZIP.
/// </summary>
[AllowedRoles(Roles.PimpinanKejaksaan, Roles.Jpn)]
public sealed record GenerateBulkLetterBatch(Guid JobId, int BatchSize = 10) : ICommand<bool>;

public sealed class GenerateBulkLetterBatchHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock, TemplateStore templates)
    : ICommandHandler<GenerateBulkLetterBatch, bool>
{
    /// <returns>True while letters remain.</returns>
    public async ValueTask<bool> Handle(GenerateBulkLetterBatch command, CancellationToken ct)
    {
        var user = currentUser.User;
        var job = await db.BulkLetterJobs.SingleOrDefaultAsync(j => j.Id == command.JobId && j.CreatedById == user.UserId, ct)
            ?? throw new NotFoundOrNotAllowedException();
        if (job.State is BulkJobState.Selesai or BulkJobState.Gagal) return false;

        var parameters = JsonSerializer.Deserialize<GenerateLetter>(job.Parameters)!;
        if (job.FirstSequence is null)
        {
            job.FirstSequence = await LetterNumbers.Reserve(db, job.OfficeId, job.Kind, job.LetterDate, job.Total, ct);
            job.Year = job.LetterDate.Year;
            job.State = BulkJobState.Berjalan;
        }

        var skkIds = job.SkkIds.Split(',').Select(int.Parse).ToList();
        var template = await TemplateStore.ActiveVersion(db, job.OfficeId, job.Kind, ct);
        var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == job.OfficeId, ct);
        var pattern = await LetterNumbers.PatternFor(db, job.OfficeId, job.Kind, ct);
        var signer = await LetterProduction.LoadSigner(db, parameters.SignerUserId, job.OfficeId, ct);
        foreach (var index in Enumerable.Range(job.Done, Math.Min(command.BatchSize, job.Total - job.Done)))
        {
            var sequence = job.FirstSequence.Value + index;
            var c = await LetterProduction.LoadCase(db, skkIds[index], ct);
            var number = LetterNumberPattern.Format(pattern, sequence, office.LetterCode, job.LetterDate);
            var input = new LetterInput(job.Kind, job.LetterDate, number, signer, parameters.Summons);
            var letter = LetterProduction.Render(templates, template, c, input, sequence, user, clock.UtcNow, job.Id);
            db.Letters.Add(letter);
            db.CaseEvents.Add(LetterProduction.EventFor(letter, user));
            job.Done++;
        }

        if (job.Done < job.Total) return true;
        await db.SaveChangesAsync(ct);
        job.Zip = await ZipOf(job.Id, ct);
        job.State = BulkJobState.Selesai;
        job.FinishedAt = clock.UtcNow;
        return false;
    }

    private async Task<byte[]> ZipOf(Guid jobId, CancellationToken ct)
    {
        var letters = await db.Letters.AsNoTracking().Where(l => l.BulkJobId == jobId).OrderBy(l => l.Sequence)
            .Select(l => new { l.FileName, l.Content }).ToListAsync(ct);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var index = 0;
            foreach (var letter in letters)
            {
                // Numbered names keep the ZIP in the order of the letter numbers. A .docx is compressed already.
                var entry = zip.CreateEntry($"{++index:0000}-{letter.FileName}", CompressionLevel.NoCompression);
                await using var stream = entry.Open();
                await stream.WriteAsync(letter.Content, ct);
            }
        }
        return buffer.ToArray();
    }
}
