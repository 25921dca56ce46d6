using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Features.Skk;
using Mediator;

namespace KejaksaanDatun.Core.Features.Registration;

/// <summary>
/// The BPJS officer of the granting office enters a registration outcome from BPJS's own records: it is confirmed at
/// once and the employer's record follows it. Returns the outcome's id.
/// </summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs)]
public sealed class RecordConfirmedRegistrationOutcome : RegistrationOutcomeFields, ICommand<int>, ISkkRequest;

public sealed class RecordConfirmedRegistrationOutcomeValidator : AbstractValidator<RecordConfirmedRegistrationOutcome>
{
    public RecordConfirmedRegistrationOutcomeValidator() => RegistrationOutcomeFieldRules.Apply(this);
}

public sealed class RecordConfirmedRegistrationOutcomeHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock)
    : ICommandHandler<RecordConfirmedRegistrationOutcome, int>
{
    public async ValueTask<int> Handle(RecordConfirmedRegistrationOutcome command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await SkkRules.LoadForChange(db, command.SkkId, null, ct);
        RecoveryRules.EnsureGrantingBpjsOfficer(skk, user, "mencatat hasil kepesertaan");
        var outcome = await RegistrationRules.NewOutcome(db, skk, command, PaymentSource.Bpjs, user, clock, ct);
        var employerChange = await RegistrationRules.Confirm(db, skk, outcome, user, outcome.ReportedAt, ct);
        db.RegistrationOutcomes.Add(outcome);
        skk.Events.Add(RecoveryRules.Event(CaseEventKind.RegistrationConfirmed, user, outcome.ReportedAt,
            $"Hasil kepesertaan dicatat dan dikonfirmasi BPJS: {outcome.Describe()} " +
            $"(tanggal {IndonesianFormat.Date(outcome.EffectiveOn)}).{employerChange}"));
        await db.SaveChangesAsync(ct);
        return outcome.Id;
    }
}
