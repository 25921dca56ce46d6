using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Employers;

[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs)]
public sealed class EditEmployer : EmployerFields, ICommand<Unit>, IEmployerRequest
{
    public int EmployerId { get; set; }
    /// <summary>The version the user loaded; a newer one in the database means someone else edited first.</summary>
    public long Version { get; set; }

    public static EditEmployer From(EmployerDetails details)
    {
        var edit = new EditEmployer { EmployerId = details.Id, Version = details.Version };
        edit.CopyFrom(details.Employer);
        return edit;
    }
}

public sealed class EditEmployerValidator : EmployerFieldsValidator<EditEmployer>;

public sealed class EditEmployerHandler(DatunDbContext db, CurrentUser currentUser) : ICommandHandler<EditEmployer, Unit>
{
    public async ValueTask<Unit> Handle(EditEmployer command, CancellationToken ct)
    {
        // Kejaksaan users can see employers of their cases but only BPJS maintains them.
        if (currentUser.User.Institution != Institution.Bpjs) throw new NotAllowedException();
        var employer = await db.Employers.SingleAsync(e => e.Id == command.EmployerId, ct);
        await EmployerRules.EnsureNppFree(db, command.Npp, employer.Id, ct);
        db.ExpectVersion(employer, command.Version);
        command.ApplyTo(employer);
        db.MarkChanged(employer);
        return Unit.Value;
    }
}
