using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Agreements;

[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record GetAgreement(int AgreementId) : IQuery<Agreement>, IAgreementRequest;

public sealed class GetAgreementHandler(DatunDbContext db) : IQueryHandler<GetAgreement, Agreement>
{
    public async ValueTask<Agreement> Handle(GetAgreement query, CancellationToken ct) =>
        await db.Agreements.AsNoTracking().Include(a => a.BpjsOffice).Include(a => a.KejaksaanOffice)
            .SingleAsync(a => a.Id == query.AgreementId, ct);
}
