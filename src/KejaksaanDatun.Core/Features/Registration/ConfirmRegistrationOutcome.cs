using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Features.Skk;
using Mediator;

namespace KejaksaanDatun.Core.Features.Registration;

/// <summary>
/// The BPJS officer of the granting office confirms a reported registration outcome against BPJS's records. From then
/// on it counts, and the employer's record follows it: an issued NPP is set, added workers raise the worker count.
/// </summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs)]
public sealed record ConfirmRegistrationOutcome(int SkkId, int OutcomeId, long Version) : ICommand<Unit>, ISkkRequest;

public sealed class ConfirmRegistrationOutcomeHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock)
    : ICommandHandler<ConfirmRegistrationOutcome, Unit>
{
    public async ValueTask<Unit> Handle(ConfirmRegistrationOutcome command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await SkkRules.LoadForChange(db, command.SkkId, null, ct);
        RecoveryRules.EnsureGrantingBpjsOfficer(skk, user, "mengonfirmasi hasil kepesertaan");
        var outcome = await RegistrationRules.LoadForChange(db, skk.Id, command.OutcomeId, command.Version, ct);
        if (outcome.State != PaymentState.Reported)
            throw new BusinessRuleException($"Hanya hasil kepesertaan yang dilaporkan yang dapat dikonfirmasi; hasil ini berstatus {DomainLabels.Of(outcome.State)}.");
        RecoveryRules.EnsureHandled(skk);

        var now = clock.UtcNow;
        var employerChange = await RegistrationRules.Confirm(db, skk, outcome, user, now, ct);
        skk.Events.Add(RecoveryRules.Event(CaseEventKind.RegistrationConfirmed, user, now,
            $"Hasil kepesertaan dikonfirmasi BPJS sesuai catatan BPJS: {outcome.Describe()} " +
            $"(tanggal {IndonesianFormat.Date(outcome.EffectiveOn)}).{employerChange}"));
        return Unit.Value;
    }
}
