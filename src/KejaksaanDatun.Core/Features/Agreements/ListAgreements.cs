using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Agreements;

public enum AgreementState { BelumBerlaku, Berlaku, Kedaluwarsa }

[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record ListAgreements(bool InForceOnly = false) : IQuery<IReadOnlyList<AgreementRow>>;

public sealed record AgreementRow(
    int Id, AgreementKind Kind, string Number, string? BpjsNumber, string BpjsOfficeName, string KejaksaanOfficeName,
    DateOnly SignedOn, DateOnly ValidFrom, DateOnly ValidUntil, AgreementState State, int? RenewsAgreementId, bool IsRenewed);

public sealed class ListAgreementsHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock)
    : IQueryHandler<ListAgreements, IReadOnlyList<AgreementRow>>
{
    public async ValueTask<IReadOnlyList<AgreementRow>> Handle(ListAgreements query, CancellationToken ct)
    {
        var zone = await db.Offices.Where(o => o.Id == currentUser.User.OfficeId).Select(o => o.TimeZone).SingleAsync(ct);
        var today = clock.Today(zone);
        var agreements = db.Agreements.VisibleTo(currentUser.User);
        if (query.InForceOnly) agreements = agreements.Where(a => a.ValidFrom <= today && today <= a.ValidUntil);
        var rows = await agreements
            .OrderByDescending(a => a.ValidUntil).ThenBy(a => a.Number)
            .Select(a => new
            {
                a.Id, a.Kind, a.Number, a.BpjsNumber, Bpjs = a.BpjsOffice!.Name, Kejaksaan = a.KejaksaanOffice!.Name,
                a.SignedOn, a.ValidFrom, a.ValidUntil, a.RenewsAgreementId,
                IsRenewed = db.Agreements.Any(r => r.RenewsAgreementId == a.Id),
            })
            .ToListAsync(ct);
        return rows.Select(a => new AgreementRow(a.Id, a.Kind, a.Number, a.BpjsNumber, a.Bpjs, a.Kejaksaan, a.SignedOn,
                a.ValidFrom, a.ValidUntil,
                today < a.ValidFrom ? AgreementState.BelumBerlaku : today > a.ValidUntil ? AgreementState.Kedaluwarsa : AgreementState.Berlaku,
                a.RenewsAgreementId, a.IsRenewed))
            .ToList();
    }
}
