using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Targets;

/// <summary>Sets the target of a Kejaksaan or BPJS office for a year that has none yet; a year's target is changed with <see cref="EditOfficeTarget"/>.</summary>
[AllowedRoles(Roles.Admin)]
public sealed class SetOfficeTarget : OfficeTargetFields, ICommand<int>
{
    public int OfficeId { get; set; }
    public int Year { get; set; }
}

public sealed class SetOfficeTargetValidator : AbstractValidator<SetOfficeTarget>
{
    public SetOfficeTargetValidator()
    {
        RuleFor(x => x.OfficeId).GreaterThan(0).WithMessage("Kantor wajib dipilih.");
        RuleFor(x => x.Year).TargetYear();
        OfficeTargetRules.Apply(this);
    }
}

public sealed class SetOfficeTargetHandler(DatunDbContext db) : ICommandHandler<SetOfficeTarget, int>
{
    public async ValueTask<int> Handle(SetOfficeTarget command, CancellationToken ct)
    {
        var office = await db.Offices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == command.OfficeId, ct)
            ?? throw RequestValidationException.For(nameof(SetOfficeTarget.OfficeId), "Kantor tidak ditemukan.");
        if (await db.OfficeTargets.AnyAsync(t => t.OfficeId == office.Id && t.Year == command.Year, ct))
            throw RequestValidationException.For(nameof(SetOfficeTarget.Year),
                $"Target {office.Name} tahun {command.Year} sudah ada. Ubah target itu.");
        var target = new OfficeTarget { OfficeId = office.Id, Year = command.Year };
        command.ApplyTo(target);
        db.OfficeTargets.Add(target);
        await db.SaveChangesAsync(ct);
        return target.Id;
    }
}
