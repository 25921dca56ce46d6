using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Targets;

/// <summary>Changes the amounts of one office's target for one year; the office and year stay.</summary>
[AllowedRoles(Roles.Admin)]
public sealed class EditOfficeTarget : OfficeTargetFields, ICommand<Unit>
{
    public int TargetId { get; set; }
    /// <summary>The version the admin loaded; a newer one in the database means someone else edited first.</summary>
    public long Version { get; set; }

    public static EditOfficeTarget From(OfficeTargetRow row) => new()
    {
        TargetId = row.Id, Version = row.Version, TargetRecovered = row.Recovered.FormatNumber(), TargetFinishedCases = row.FinishedCases,
    };
}

public sealed class EditOfficeTargetValidator : AbstractValidator<EditOfficeTarget>
{
    public EditOfficeTargetValidator() => OfficeTargetRules.Apply(this);
}

public sealed class EditOfficeTargetHandler(DatunDbContext db) : ICommandHandler<EditOfficeTarget, Unit>
{
    public async ValueTask<Unit> Handle(EditOfficeTarget command, CancellationToken ct)
    {
        var target = await db.OfficeTargets.SingleOrDefaultAsync(t => t.Id == command.TargetId, ct) ?? throw new NotFoundOrNotAllowedException();
        db.ExpectVersion(target, command.Version);
        command.ApplyTo(target);
        db.MarkChanged(target);
        return Unit.Value;
    }
}
