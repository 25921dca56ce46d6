using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Features.Skk;
using Mediator;

namespace KejaksaanDatun.Core.Features.Registration;

/// <summary>
/// Corrects a mistaken registration outcome by reversing it with its reason, never by deleting. Reversing a confirmed
/// outcome undoes what it did to the employer (see <see cref="RegistrationRules.UndoOnEmployer"/>). A confirmed outcome
/// is reversed by BPJS (the granting office); one only reported also by the Kejaksaan team.
/// </summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan)]
public sealed class ReverseRegistrationOutcome : ICommand<Unit>, ISkkRequest, IReasonedCommand
{
    public int SkkId { get; set; }
    public int OutcomeId { get; set; }
    public long Version { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class ReverseRegistrationOutcomeValidator : AbstractValidator<ReverseRegistrationOutcome>
{
    public ReverseRegistrationOutcomeValidator()
    {
        RuleFor(x => x.Reason).RequiredText("Alasan pembatalan", 4000)
            .MinimumLength(10).WithMessage("Alasan pembatalan paling sedikit 10 karakter.");
    }
}

public sealed class ReverseRegistrationOutcomeHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock)
    : ICommandHandler<ReverseRegistrationOutcome, Unit>
{
    public async ValueTask<Unit> Handle(ReverseRegistrationOutcome command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await SkkRules.LoadForChange(db, command.SkkId, null, ct);
        var outcome = await RegistrationRules.LoadForChange(db, skk.Id, command.OutcomeId, command.Version, ct);
        if (outcome.State == PaymentState.Confirmed || user.Institution == Institution.Bpjs)
            RecoveryRules.EnsureGrantingBpjsOfficer(skk, user, "mengoreksi hasil kepesertaan");
        else
            await RecoveryRules.EnsureTeamOrLeadership(db, skk, user, ct);
        if (outcome.State == PaymentState.Reversed)
            throw new BusinessRuleException("Hasil kepesertaan ini sudah dibatalkan.");
        RecoveryRules.EnsureHandled(skk);

        var now = clock.UtcNow;
        var reason = command.Reason.Trim();
        var wasConfirmed = outcome.State == PaymentState.Confirmed;
        var employerChange = wasConfirmed ? await RegistrationRules.UndoOnEmployer(db, skk, outcome, ct) : "";
        outcome.MarkReversed(reason, user.Actor, now);
        skk.Events.Add(RecoveryRules.Event(CaseEventKind.RegistrationReversed, user, now,
            $"Hasil kepesertaan ({(wasConfirmed ? "sudah dikonfirmasi" : "dilaporkan")}) dibatalkan: {outcome.Describe()}. " +
            $"Alasan: {reason}{employerChange}"));
        return Unit.Value;
    }
}
