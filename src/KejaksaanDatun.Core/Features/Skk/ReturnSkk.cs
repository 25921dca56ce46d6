using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using Mediator;

namespace KejaksaanDatun.Core.Features.Skk;

/// <summary>The Kejaksaan returns an SKK handed to it as incomplete, saying what is missing.</summary>
[AllowedRoles(Roles.PimpinanKejaksaan)]
public sealed class ReturnSkk : ICommand<Unit>, ISkkRequest, IReasonedCommand
{
    public int SkkId { get; set; }
    public long Version { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class ReturnSkkValidator : AbstractValidator<ReturnSkk>
{
    public ReturnSkkValidator()
    {
        RuleFor(x => x.Reason).RequiredText("Alasan pengembalian", 4000)
            .MinimumLength(10).WithMessage("Alasan pengembalian paling sedikit 10 karakter, agar BPJS tahu apa yang harus dilengkapi.");
    }
}

public sealed class ReturnSkkHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<ReturnSkk, Unit>
{
    public async ValueTask<Unit> Handle(ReturnSkk command, CancellationToken ct)
    {
        var user = currentUser.User;
        SkkRules.EnsureUserInstitution(user, Institution.Kejaksaan);
        var skk = await SkkRules.LoadForChange(db, command.SkkId, command.Version, ct);
        if (skk.Status != SkkStatus.Diserahkan)
            throw new BusinessRuleException($"Hanya SKK yang diserahkan yang dapat dikembalikan; SKK ini berstatus {DomainLabels.Of(skk.Status)}.");
        skk.ReturnReason = command.Reason.Trim();
        SkkLifecycle.Transition(skk, SkkStatus.Dikembalikan, user.Actor, clock.UtcNow,
            $"SKK dikembalikan kepada {skk.BpjsOffice!.Name}. Alasan: {skk.ReturnReason}");
        return Unit.Value;
    }
}
