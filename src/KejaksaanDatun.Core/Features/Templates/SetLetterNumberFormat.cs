using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Letters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Templates;

/// <summary>Sets an office's number pattern for one kind of letter; an empty pattern returns to the default.</summary>
[AllowedRoles(Roles.Admin)]
public sealed class SetLetterNumberFormat : ICommand<Unit>
{
    public int OfficeId { get; set; }
    public LetterKind Kind { get; set; }
    public string? Pattern { get; set; }
}

public sealed class SetLetterNumberFormatValidator : AbstractValidator<SetLetterNumberFormat>
{
    public SetLetterNumberFormatValidator()
    {
        RuleFor(x => x.Pattern).Custom((pattern, context) =>
        {
            if (string.IsNullOrWhiteSpace(pattern)) return;
            foreach (var problem in LetterNumberPattern.Problems(pattern)) context.AddFailure(nameof(SetLetterNumberFormat.Pattern), problem);
        });
    }
}

public sealed class SetLetterNumberFormatHandler(DatunDbContext db) : ICommandHandler<SetLetterNumberFormat, Unit>
{
    public async ValueTask<Unit> Handle(SetLetterNumberFormat command, CancellationToken ct)
    {
        if (!await db.Offices.AnyAsync(o => o.Id == command.OfficeId, ct)) throw new NotFoundOrNotAllowedException();
        var format = await db.LetterNumberFormats.SingleOrDefaultAsync(f => f.OfficeId == command.OfficeId && f.Kind == command.Kind, ct);
        if (string.IsNullOrWhiteSpace(command.Pattern))
        {
            if (format is not null) db.LetterNumberFormats.Remove(format);
            return Unit.Value;
        }
        if (format is null) db.LetterNumberFormats.Add(format = new LetterNumberFormat { OfficeId = command.OfficeId, Kind = command.Kind });
        format.Pattern = command.Pattern.Trim();
        return Unit.Value;
    }
}
