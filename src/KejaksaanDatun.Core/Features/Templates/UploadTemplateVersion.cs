using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Letters;
using KejaksaanDatun.Documents;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Templates;

/// <summary>
/// The administrator uploads an office's own version of a letter template, edited in Word. It is checked first:
/// a broken tag is refused with its text and location; a good one becomes the office's version in use.
/// </summary>
[AllowedRoles(Roles.Admin)]
public sealed class UploadTemplateVersion : ICommand<int>
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public int OfficeId { get; set; }
    public LetterKind Kind { get; set; }
    public string FileName { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public string Note { get; set; } = "";
}

public sealed class UploadTemplateVersionValidator : AbstractValidator<UploadTemplateVersion>
{
    public UploadTemplateVersionValidator()
    {
        RuleFor(x => x.OfficeId).GreaterThan(0).WithMessage("Kantor wajib dipilih.");
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Jenis surat tidak dikenal.");
        RuleFor(x => x.FileName).Must(n => n.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            .WithMessage("Templat harus berkas Word .docx.");
        RuleFor(x => x.Content).NotEmpty().WithMessage("Berkas templat kosong.")
            .Must(c => c.Length <= UploadTemplateVersion.MaxBytes).WithMessage("Berkas templat paling besar 10 MB.");
        RuleFor(x => x.Note).OptionalText("Catatan", 500);
    }
}

public sealed class UploadTemplateVersionHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock)
    : ICommandHandler<UploadTemplateVersion, int>
{
    public async ValueTask<int> Handle(UploadTemplateVersion command, CancellationToken ct)
    {
        var office = await db.Offices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == command.OfficeId, ct)
            ?? throw new NotFoundOrNotAllowedException();
        if (office.Institution != Institution.Kejaksaan)
            throw RequestValidationException.For(nameof(UploadTemplateVersion.OfficeId), "Templat surat hanya untuk kantor Kejaksaan.");

        TemplateCheck check;
        try
        {
            check = DocxTemplate.Check(command.Content);
        }
        catch (InvalidTemplateFileException ex)
        {
            throw RequestValidationException.For(nameof(UploadTemplateVersion.Content), ex.Message);
        }
        if (!check.IsValid)
            throw new RequestValidationException(check.Errors
                .Select(e => new FieldError(nameof(UploadTemplateVersion.Content), $"{e.Tag} ({e.Location}): {e.Message}")).ToList());

        var user = currentUser.User;
        var previous = await db.TemplateVersions.Where(t => t.OfficeId == office.Id && t.Kind == command.Kind).ToListAsync(ct);
        foreach (var version in previous) version.IsActive = false;
        var upload = new TemplateVersion
        {
            OfficeId = office.Id, Kind = command.Kind, VersionNumber = previous.Count == 0 ? 1 : previous.Max(v => v.VersionNumber) + 1,
            FileName = Path.GetFileName(command.FileName), Content = command.Content, IsActive = true, UploadedAt = clock.UtcNow,
            UploadedById = user.UserId, UploadedByName = user.Name, Note = command.Note.Trim(),
        };
        db.TemplateVersions.Add(upload);
        await db.SaveChangesAsync(ct);
        return upload.Id;
    }
}
