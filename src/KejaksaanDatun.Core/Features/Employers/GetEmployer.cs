using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Employers;

[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record GetEmployer(int EmployerId) : IQuery<EmployerDetails>, IEmployerRequest;

public sealed record EmployerDetails(Employer Employer, string BpjsOfficeName, int SkkCount)
{
    public int Id => Employer.Id;
    public long Version => Employer.Version;
}

public sealed class GetEmployerHandler(DatunDbContext db, CurrentUser currentUser) : IQueryHandler<GetEmployer, EmployerDetails>
{
    public async ValueTask<EmployerDetails> Handle(GetEmployer query, CancellationToken ct)
    {
        var employer = await db.Employers.AsNoTracking().Include(e => e.BpjsOffice)
            .SingleAsync(e => e.Id == query.EmployerId, ct);
        var skkCount = await db.Skks.VisibleTo(currentUser.User).CountAsync(s => s.EmployerId == employer.Id, ct);
        return new EmployerDetails(employer, employer.BpjsOffice!.Name, skkCount);
    }
}
