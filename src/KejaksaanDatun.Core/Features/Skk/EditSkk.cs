using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Skk;

/// <summary>
/// Changes a draft, or revises an SKK the Kejaksaan returned (which makes it a draft again, ready to be
/// handed over anew).
/// </summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs)]
public sealed class EditSkk : SkkFields, ICommand<Unit>, ISkkRequest
{
    public int SkkId { get; set; }
    public long Version { get; set; }

    public static EditSkk From(Domain.Skk skk)
    {
        var edit = new EditSkk { SkkId = skk.Id, Version = skk.Version };
        edit.CopyFrom(skk);
        return edit;
    }
}

public sealed class EditSkkValidator : SkkFieldsValidator<EditSkk>;

public sealed class EditSkkHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<EditSkk, Unit>
{
    public async ValueTask<Unit> Handle(EditSkk command, CancellationToken ct)
    {
        var user = currentUser.User;
        SkkRules.EnsureUserInstitution(user, Institution.Bpjs);
        var skk = await SkkRules.LoadForChange(db, command.SkkId, command.Version, ct);
        if (skk.Status is not (SkkStatus.Draft or SkkStatus.Dikembalikan))
            throw new BusinessRuleException($"SKK berstatus {DomainLabels.Of(skk.Status)} tidak dapat diubah lagi.");
        await SkkRules.EnsureDraftIsConsistent(db, command, skk.BpjsOfficeId, skk.Id, user, ct);

        await db.Entry(skk).Collection(s => s.ArrearsLines).LoadAsync(ct);
        var before = skk.TotalArrears;
        command.ApplyTo(skk);
        var now = clock.UtcNow;
        if (skk.Status == SkkStatus.Dikembalikan)
        {
            SkkLifecycle.Transition(skk, SkkStatus.Draft, user.Actor, now, "SKK diperbaiki setelah dikembalikan dan menjadi draf kembali.");
        }
        else
        {
            skk.Events.Add(new CaseEvent
            {
                At = now, Kind = CaseEventKind.Edited, Description = before == skk.TotalArrears
                    ? "Draf SKK diubah."
                    : $"Draf SKK diubah; tunggakan {before} menjadi {skk.TotalArrears}.",
                ActorId = user.UserId, ActorName = user.Name,
            });
        }
        return Unit.Value;
    }
}
