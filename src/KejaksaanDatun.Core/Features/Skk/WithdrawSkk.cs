using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using Mediator;

namespace KejaksaanDatun.Core.Features.Skk;

/// <summary>BPJS withdraws (mencabut) an SKK that is still open, e.g. because the employer paid BPJS directly.</summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs)]
public sealed class WithdrawSkk : ICommand<Unit>, ISkkRequest, IReasonedCommand
{
    public int SkkId { get; set; }
    public long Version { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class WithdrawSkkValidator : AbstractValidator<WithdrawSkk>
{
    public WithdrawSkkValidator()
    {
        RuleFor(x => x.Reason).RequiredText("Alasan pencabutan", 4000)
            .MinimumLength(10).WithMessage("Alasan pencabutan paling sedikit 10 karakter.");
    }
}

public sealed class WithdrawSkkHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<WithdrawSkk, Unit>
{
    public async ValueTask<Unit> Handle(WithdrawSkk command, CancellationToken ct)
    {
        var user = currentUser.User;
        SkkRules.EnsureUserInstitution(user, Institution.Bpjs);
        var skk = await SkkRules.LoadForChange(db, command.SkkId, command.Version, ct);
        if (!SkkLifecycle.IsOpen(skk.Status))
            throw new BusinessRuleException($"SKK berstatus {DomainLabels.Of(skk.Status)} sudah selesai dan tidak dapat dicabut.");
        skk.WithdrawReason = command.Reason.Trim();
        skk.ClosedAt = clock.UtcNow;
        foreach (var team in db.JpnTeams.Where(t => t.SkkId == skk.Id && t.IsActive)) team.IsActive = false;
        SkkLifecycle.Transition(skk, SkkStatus.Dicabut, user.Actor, clock.UtcNow, $"SKK dicabut oleh {skk.BpjsOffice!.Name}. Alasan: {skk.WithdrawReason}");
        return Unit.Value;
    }
}
