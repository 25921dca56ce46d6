using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Skk;

/// <summary>The Kejaksaan accepts an SKK handed to it and registers it under the next register number of the office and year.</summary>
[AllowedRoles(Roles.PimpinanKejaksaan)]
public sealed record AcceptSkk(int SkkId, long Version) : ICommand<string>, ISkkRequest;

public sealed class AcceptSkkHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<AcceptSkk, string>
{
    public const string RegisterSequenceKind = "RegisterSkk";

    public async ValueTask<string> Handle(AcceptSkk command, CancellationToken ct)
    {
        var user = currentUser.User;
        SkkRules.EnsureUserInstitution(user, Institution.Kejaksaan);
        var skk = await SkkRules.LoadForChange(db, command.SkkId, command.Version, ct);
        if (skk.Status != SkkStatus.Diserahkan)
            throw new BusinessRuleException($"Hanya SKK yang diserahkan yang dapat diterima; SKK ini berstatus {DomainLabels.Of(skk.Status)}.");

        var office = skk.KejaksaanOffice!;
        var year = clock.Today(office.TimeZone).Year;
        var sequence = await NumberSequences.Next(db, office.Id, RegisterSequenceKind, year, ct);
        skk.RegisterYear = year;
        skk.RegisterSequence = sequence;
        skk.RegisterNumber = $"REG-{sequence}/{office.LetterCode}/Gp.2/{year}";
        skk.AcceptedAt = clock.UtcNow;
        SkkLifecycle.Transition(skk, SkkStatus.Diterima, user.Actor, clock.UtcNow,
            $"SKK diterima dan dicatat dalam register dengan nomor {skk.RegisterNumber}.");
        return skk.RegisterNumber;
    }
}
