using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;

namespace KejaksaanDatun.Core.Features.Recovery;

/// <summary>
/// Puts on the case's timeline each installment of the current plan that is past its due date (in the
/// office's time zone) and not fully paid: once per installment. Returns how many were newly recorded.
/// </summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan, Roles.StafBpjs, Roles.PimpinanBpjs)]
public sealed record MarkBrokenPromises(int SkkId) : ICommand<int>, ISkkRequest;

public sealed class MarkBrokenPromisesHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<MarkBrokenPromises, int>
{
    public ValueTask<int> Handle(MarkBrokenPromises command, CancellationToken ct) =>
        new(BrokenPromises.RecordAsync(db, command.SkkId, currentUser.User.Actor, clock, ct));
}
