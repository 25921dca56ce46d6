using System.Text.Json;
using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Letters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Letters;

/// <summary>
/// A Kasi Datun asks for one kind of letter for many cases at once (e.g. the summons of this week). The batch is
/// recorded here and generated in the background by <see cref="Jobs.BulkLetterRunner"/>, with consecutive numbers.
/// </summary>
[AllowedRoles(Roles.PimpinanKejaksaan, Roles.Jpn)]
public sealed class StartBulkLetters : ICommand<Guid>
{
    // One page of the case list: a week's summons are tens of letters, and the batch is chosen from one list.
    public const int MaxLetters = Paging.MaxPageSize;

    public LetterKind Kind { get; set; } = LetterKind.Undangan1;
    public List<int> SkkIds { get; set; } = [];
    public DateOnly? LetterDate { get; set; }
    public string SignerUserId { get; set; } = "";
    public DateOnly? MeetingDate { get; set; }
    public TimeOnly? MeetingTime { get; set; }
    public string MeetingPlace { get; set; } = "";
    public string MeetingPurpose { get; set; } = "";

    /// <summary>The single-letter request each case of the batch is generated with.</summary>
    internal GenerateLetter ForCase(int skkId) => new()
    {
        SkkId = skkId, Kind = Kind, LetterDate = LetterDate, SignerUserId = SignerUserId, MeetingDate = MeetingDate,
        MeetingTime = MeetingTime, MeetingPlace = MeetingPlace, MeetingPurpose = MeetingPurpose,
    };
}

public sealed class StartBulkLettersValidator : AbstractValidator<StartBulkLetters>
{
    public StartBulkLettersValidator()
    {
        RuleFor(x => x.SkkIds).NotEmpty().WithMessage("Pilih paling sedikit satu perkara.")
            .Must(ids => ids.Count <= StartBulkLetters.MaxLetters).WithMessage($"Paling banyak {StartBulkLetters.MaxLetters} surat sekaligus.")
            .Must(ids => ids.Distinct().Count() == ids.Count).WithMessage("Perkara yang sama terpilih dua kali.");
        // The letter fields follow the same rules as one letter.
        RuleFor(x => x).Custom((bulk, context) =>
        {
            foreach (var error in new GenerateLetterValidator().Validate(bulk.ForCase(0)).Errors)
                context.AddFailure(error.PropertyName, error.ErrorMessage);
        });
    }
}

public sealed class StartBulkLettersHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<StartBulkLetters, Guid>
{
    public async ValueTask<Guid> Handle(StartBulkLetters command, CancellationToken ct)
    {
        var user = currentUser.User;
        if (user.Institution != Institution.Kejaksaan) throw new NotAllowedException();
        var cases = await db.Skks.VisibleTo(user).Where(s => command.SkkIds.Contains(s.Id))
            .Select(s => new { s.Id, s.KejaksaanOfficeId, s.Status }).ToListAsync(ct);
        if (cases.Count != command.SkkIds.Distinct().Count()) throw new NotFoundOrNotAllowedException();
        if (cases.Select(c => c.KejaksaanOfficeId).Distinct().Count() > 1)
            throw new BusinessRuleException("Satu kelompok surat hanya untuk perkara dari satu kantor, karena nomornya berurutan per kantor.");
        var closed = cases.Where(c => c.Status is SkkStatus.Draft or SkkStatus.Dikembalikan or SkkStatus.Dicabut).ToList();
        if (closed.Count > 0) throw new BusinessRuleException($"{closed.Count} perkara terpilih tidak dapat dibuatkan surat karena statusnya.");
        await LetterProduction.LoadSigner(db, command.SignerUserId, cases[0].KejaksaanOfficeId, ct);

        var job = new BulkLetterJob
        {
            Id = Guid.NewGuid(), OfficeId = cases[0].KejaksaanOfficeId, Kind = command.Kind,
            SkkIds = string.Join(",", command.SkkIds), Parameters = JsonSerializer.Serialize(command.ForCase(0)),
            Total = command.SkkIds.Count, State = BulkJobState.Menunggu, LetterDate = command.LetterDate!.Value,
            CreatedAt = clock.UtcNow, CreatedById = user.UserId, CreatedByName = user.Name,
        };
        db.BulkLetterJobs.Add(job);
        return job.Id;
    }
}
