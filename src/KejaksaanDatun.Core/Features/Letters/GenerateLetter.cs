using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Letters;
using Mediator;

namespace KejaksaanDatun.Core.Features.Letters;

/// <summary>
/// A JPN or the Kejaksaan's leadership generates a letter for a case: it takes the office's next number for the
/// kind and year, is rendered from the office's active template and kept in the case's letter history.
/// </summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan)]
public sealed class GenerateLetter : ICommand<long>, ISkkRequest
{
    public int SkkId { get; set; }
    public LetterKind Kind { get; set; } = LetterKind.Undangan1;
    public DateOnly? LetterDate { get; set; }
    public string SignerUserId { get; set; } = "";
    /// <summary>For a summons (Undangan I–III): when and where the employer is to come, and why.</summary>
    public DateOnly? MeetingDate { get; set; }
    public TimeOnly? MeetingTime { get; set; }
    public string MeetingPlace { get; set; } = "";
    public string MeetingPurpose { get; set; } = "";

    internal SummonsDetails? Summons => LetterProduction.SummonsKinds.Contains(Kind)
        ? new SummonsDetails(MeetingDate!.Value, MeetingTime!.Value, MeetingPlace.Trim(), MeetingPurpose.Trim())
        : null;
}

public sealed class GenerateLetterValidator : AbstractValidator<GenerateLetter>
{
    public GenerateLetterValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Jenis surat tidak dikenal.")
            .NotEqual(LetterKind.LaporanBulanan).WithMessage("Laporan bulanan dibuat dari halaman laporan, bukan dari perkara.");
        RuleFor(x => x.LetterDate).RequiredDate("Tanggal surat");
        RuleFor(x => x.SignerUserId).Must(id => !string.IsNullOrWhiteSpace(id)).WithMessage("Penandatangan wajib dipilih.");
        When(x => LetterProduction.SummonsKinds.Contains(x.Kind), () =>
        {
            RuleFor(x => x.MeetingDate).RequiredDate("Tanggal pertemuan");
            RuleFor(x => x.MeetingDate).GreaterThanOrEqualTo(x => x.LetterDate)
                .When(x => x.MeetingDate is not null && x.LetterDate is not null)
                .WithMessage("Tanggal pertemuan tidak boleh sebelum tanggal surat.");
            RuleFor(x => x.MeetingTime).NotNull().WithMessage("Jam pertemuan wajib diisi.");
            RuleFor(x => x.MeetingPlace).RequiredText("Tempat pertemuan", 300);
            RuleFor(x => x.MeetingPurpose).RequiredText("Keperluan", 500);
        });
    }
}

public sealed class GenerateLetterHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock, TemplateStore templates)
    : ICommandHandler<GenerateLetter, long>
{
    public async ValueTask<long> Handle(GenerateLetter command, CancellationToken ct)
    {
        var user = currentUser.User;
        if (user.Institution != Institution.Kejaksaan) throw new NotAllowedException();
        var c = await LetterProduction.LoadCase(db, command.SkkId, ct);
        var signer = await LetterProduction.LoadSigner(db, command.SignerUserId, c.KejaksaanOffice.Id, ct);
        var template = await TemplateStore.ActiveVersion(db, c.KejaksaanOffice.Id, command.Kind, ct);

        var date = command.LetterDate!.Value;
        var sequence = await LetterNumbers.Reserve(db, c.KejaksaanOffice.Id, command.Kind, date, 1, ct);
        var pattern = await LetterNumbers.PatternFor(db, c.KejaksaanOffice.Id, command.Kind, ct);
        var number = LetterNumberPattern.Format(pattern, sequence, c.KejaksaanOffice.LetterCode, date);

        var letter = LetterProduction.Render(templates, template, c, new LetterInput(command.Kind, date, number, signer, command.Summons),
            sequence, user, clock.UtcNow);
        db.Letters.Add(letter);
        db.CaseEvents.Add(LetterProduction.EventFor(letter, user));
        await db.SaveChangesAsync(ct);
        return letter.Id;
    }
}
