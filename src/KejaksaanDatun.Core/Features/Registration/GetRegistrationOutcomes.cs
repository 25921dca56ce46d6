using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Registration;

/// <summary>The registration outcomes of a case, newest last, with what the confirmed ones add up to.</summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record GetRegistrationOutcomes(int SkkId) : IQuery<CaseRegistration>, ISkkRequest;

public sealed record CaseRegistration(
    CaseType CaseType,
    /// <summary>The kinds this case type can record, in the order the form offers them.</summary>
    IReadOnlyList<RegistrationOutcomeKind> Kinds,
    RegistrationTotals Confirmed,
    /// <summary>Reported and waiting for BPJS's confirmation.</summary>
    int AwaitingConfirmation,
    IReadOnlyList<RegistrationOutcomeView> Outcomes);

public sealed record RegistrationOutcomeView(int Id, RegistrationOutcomeKind Kind, DateOnly EffectiveOn, string Description, string Note,
    PaymentSource Source, PaymentState State, string ReportedByName, DateTime ReportedAt, string? ConfirmedByName, DateTime? ConfirmedAt,
    string? ReversalReason, long Version);

public sealed class GetRegistrationOutcomesHandler(DatunDbContext db) : IQueryHandler<GetRegistrationOutcomes, CaseRegistration>
{
    public async ValueTask<CaseRegistration> Handle(GetRegistrationOutcomes query, CancellationToken ct)
    {
        var caseType = await db.Skks.Where(s => s.Id == query.SkkId).Select(s => s.CaseType).SingleAsync(ct);
        var outcomes = await db.RegistrationOutcomes.AsNoTracking().Where(o => o.SkkId == query.SkkId).OrderBy(o => o.Id).ToListAsync(ct);
        return new CaseRegistration(
            caseType,
            RegistrationText.KindsFor(caseType),
            RegistrationTotals.Of(outcomes),
            outcomes.Count(o => o.State == PaymentState.Reported),
            outcomes.Select(o => new RegistrationOutcomeView(o.Id, o.Kind, o.EffectiveOn, o.Describe(), o.Note, o.Source, o.State,
                o.ReportedByName, o.ReportedAt, o.ConfirmedByName, o.ConfirmedAt, o.ReversalReason, o.Version)).ToList());
    }
}
