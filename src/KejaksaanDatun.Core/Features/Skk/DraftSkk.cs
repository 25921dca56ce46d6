using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Skk;

/// <summary>A BPJS officer drafts an SKK for one employer, with its arrears per month and program.</summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs)]
public sealed class DraftSkk : SkkFields, ICommand<int>;

public sealed class DraftSkkValidator : SkkFieldsValidator<DraftSkk>;

public sealed class DraftSkkHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<DraftSkk, int>
{
    public async ValueTask<int> Handle(DraftSkk command, CancellationToken ct)
    {
        var user = currentUser.User;
        SkkRules.EnsureUserInstitution(user, Institution.Bpjs);
        await SkkRules.EnsureDraftIsConsistent(db, command, user.OfficeId, exceptSkkId: null, user, ct);

        var now = clock.UtcNow;
        var skk = new Domain.Skk { BpjsOfficeId = user.OfficeId, Status = SkkStatus.Draft, CreatedAt = now, CreatedById = user.UserId };
        command.ApplyTo(skk);
        var employerName = await db.Employers.Where(e => e.Id == command.EmployerId).Select(e => e.Name).SingleAsync(ct);
        skk.Events.Add(new CaseEvent
        {
            At = now, Kind = CaseEventKind.Created, ToStatus = SkkStatus.Draft,
            Description = $"Draf SKK {skk.Number} dibuat untuk {employerName}, tunggakan {skk.TotalArrears}.",
            ActorId = user.UserId, ActorName = user.Name,
        });
        db.Skks.Add(skk);
        await db.SaveChangesAsync(ct);
        return skk.Id;
    }
}
