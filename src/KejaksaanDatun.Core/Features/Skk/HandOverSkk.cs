using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Skk;

/// <summary>
/// BPJS hands a draft SKK over to the Kejaksaan it is addressed to. Refused unless an MoU/PKS between the
/// granting BPJS office (or the office above it) and that Kejaksaan office is in force on the SKK date.
/// </summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs)]
public sealed record HandOverSkk(int SkkId, long Version) : ICommand<Unit>, ISkkRequest;

public sealed class HandOverSkkHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<HandOverSkk, Unit>
{
    public async ValueTask<Unit> Handle(HandOverSkk command, CancellationToken ct)
    {
        var user = currentUser.User;
        SkkRules.EnsureUserInstitution(user, Institution.Bpjs);
        var skk = await SkkRules.LoadForChange(db, command.SkkId, command.Version, ct);
        if (skk.Status != SkkStatus.Draft)
            throw new BusinessRuleException($"Hanya draf SKK yang dapat diserahkan; SKK ini berstatus {DomainLabels.Of(skk.Status)}.");
        if (skk.IsExpiredOn(clock.Today(skk.BpjsOffice!.TimeZone)))
            throw new BusinessRuleException($"SKK sudah tidak berlaku sejak {IndonesianFormat.Date(skk.ValidUntil.AddDays(1))}; terbitkan SKK baru.");

        var agreement = await FindAgreementInForce(skk, ct) ?? throw new BusinessRuleException(
            $"SKK tidak dapat diserahkan: tidak ada MoU/PKS antara {skk.BpjsOffice.Name} dan {skk.KejaksaanOffice!.Name} " +
            $"yang berlaku pada tanggal SKK {IndonesianFormat.Date(skk.Date)}.");

        skk.AgreementId = agreement.Id;
        skk.HandedOverAt = clock.UtcNow;
        skk.ReturnReason = null;
        SkkLifecycle.Transition(skk, SkkStatus.Diserahkan, user.Actor, clock.UtcNow,
            $"SKK diserahkan kepada {skk.KejaksaanOffice!.Name} berdasarkan {DomainLabels.Of(agreement.Kind)} {agreement.Number}.");
        return Unit.Value;
    }

    private async Task<Agreement?> FindAgreementInForce(Domain.Skk skk, CancellationToken ct)
    {
        // The granting office's own PKS, or one its parent office signed on its behalf (a KCP works under its Kancab).
        var bpjsPath = skk.BpjsOffice!.Path;
        return await db.Agreements
            .Where(a => a.KejaksaanOfficeId == skk.KejaksaanOfficeId
                && a.ValidFrom <= skk.Date && skk.Date <= a.ValidUntil
                && bpjsPath.StartsWith(a.BpjsOffice!.Path))
            .OrderByDescending(a => a.ValidFrom)
            .FirstOrDefaultAsync(ct);
    }
}
