using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;

namespace KejaksaanDatun.Core.Features.Agreements;

[AllowedRoles(Roles.Admin)]
public sealed class CreateAgreement : AgreementFields, ICommand<int>;

public sealed class CreateAgreementValidator : AgreementFieldsValidator<CreateAgreement>;

public sealed class CreateAgreementHandler(DatunDbContext db) : ICommandHandler<CreateAgreement, int>
{
    public async ValueTask<int> Handle(CreateAgreement command, CancellationToken ct)
    {
        await AgreementRules.EnsureParties(db, command, exceptId: null, ct);
        var agreement = new Agreement();
        command.ApplyTo(agreement);
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(ct);
        return agreement.Id;
    }
}
