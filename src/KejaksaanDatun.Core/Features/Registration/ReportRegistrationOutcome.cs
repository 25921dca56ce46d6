using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Features.Summons;
using Mediator;

namespace KejaksaanDatun.Core.Features.Registration;

/// <summary>
/// The JPN reports a registration result the employer achieved (NPP issued, workers added, wages corrected, programs
/// added), with what shows it. It counts only once BPJS confirms it against its own records. Returns the outcome's id.
/// </summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan)]
public sealed class ReportRegistrationOutcome : RegistrationOutcomeFields, ICommand<int>, ISkkRequest;

public sealed class ReportRegistrationOutcomeValidator : AbstractValidator<ReportRegistrationOutcome>
{
    public ReportRegistrationOutcomeValidator()
    {
        RegistrationOutcomeFieldRules.Apply(this);
        RuleFor(x => x.Note).Must(n => !string.IsNullOrWhiteSpace(n))
            .WithMessage("Keterangan atau bukti wajib disebutkan agar BPJS dapat mencocokkannya.");
    }
}

public sealed class ReportRegistrationOutcomeHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock)
    : ICommandHandler<ReportRegistrationOutcome, int>
{
    public async ValueTask<int> Handle(ReportRegistrationOutcome command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await SkkRules.LoadForChange(db, command.SkkId, null, ct);
        await RecoveryRules.EnsureTeamOrLeadership(db, skk, user, ct);
        // A report is new work under the power of attorney; BPJS entering its own records is not (as with payments).
        CaseWorkRules.EnsureSkkValid(skk, clock);
        var outcome = await RegistrationRules.NewOutcome(db, skk, command, PaymentSource.Kejaksaan, user, clock, ct);
        db.RegistrationOutcomes.Add(outcome);
        skk.Events.Add(RecoveryRules.Event(CaseEventKind.RegistrationReported, user, outcome.ReportedAt,
            $"Hasil kepesertaan dilaporkan, menunggu konfirmasi BPJS: {outcome.Describe()} " +
            $"(tanggal {IndonesianFormat.Date(outcome.EffectiveOn)}). Keterangan: {outcome.Note}"));
        await db.SaveChangesAsync(ct);
        return outcome.Id;
    }
}
