using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Agreements;

[AllowedRoles(Roles.Admin)]
public sealed class EditAgreement : AgreementFields, ICommand<Unit>, IAgreementRequest
{
    public int AgreementId { get; set; }
    public long Version { get; set; }

    public static EditAgreement From(Agreement a) => new()
    {
        AgreementId = a.Id, Version = a.Version, Kind = a.Kind, Number = a.Number, BpjsNumber = a.BpjsNumber,
        BpjsOfficeId = a.BpjsOfficeId, KejaksaanOfficeId = a.KejaksaanOfficeId, SignedOn = a.SignedOn,
        ValidFrom = a.ValidFrom, ValidUntil = a.ValidUntil, Scope = a.Scope,
    };
}

public sealed class EditAgreementValidator : AgreementFieldsValidator<EditAgreement>;

public sealed class EditAgreementHandler(DatunDbContext db) : ICommandHandler<EditAgreement, Unit>
{
    public async ValueTask<Unit> Handle(EditAgreement command, CancellationToken ct)
    {
        var agreement = await db.Agreements.SingleAsync(a => a.Id == command.AgreementId, ct);
        await AgreementRules.EnsureParties(db, command, agreement.Id, ct);
        db.ExpectVersion(agreement, command.Version);
        command.ApplyTo(agreement);
        db.MarkChanged(agreement);
        return Unit.Value;
    }
}
