using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Agreements;

/// <summary>The yearly renewal: a new agreement between the same parties that follows on from the old one.</summary>
[AllowedRoles(Roles.Admin)]
public sealed class RenewAgreement : ICommand<int>, IAgreementRequest, IAgreementTerms
{
    public int AgreementId { get; set; }
    public string Number { get; set; } = "";
    public string? BpjsNumber { get; set; }
    public DateOnly? SignedOn { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }
    /// <summary>Empty keeps the scope of the agreement renewed.</summary>
    public string? Scope { get; set; }

    /// <summary>A renewal proposal: one more year straight after the old one ends.</summary>
    public static RenewAgreement Proposal(Agreement old) => new()
    {
        AgreementId = old.Id,
        ValidFrom = old.ValidUntil.AddDays(1),
        ValidUntil = old.ValidUntil.AddYears(1),
        Scope = old.Scope,
    };
}

public sealed class RenewAgreementValidator : AbstractValidator<RenewAgreement>
{
    public RenewAgreementValidator()
    {
        Include(new AgreementTermsValidator());
    }
}

public sealed class RenewAgreementHandler(DatunDbContext db) : ICommandHandler<RenewAgreement, int>
{
    public async ValueTask<int> Handle(RenewAgreement command, CancellationToken ct)
    {
        var old = await db.Agreements.AsNoTracking().SingleAsync(a => a.Id == command.AgreementId, ct);
        if (command.ValidFrom <= old.ValidFrom)
            throw RequestValidationException.For(nameof(RenewAgreement.ValidFrom),
                "Perpanjangan harus mulai berlaku setelah tanggal mulai kerja sama yang diperpanjang.");
        if (await db.Agreements.AnyAsync(a => a.RenewsAgreementId == old.Id, ct))
            throw new BusinessRuleException("Kerja sama ini sudah pernah diperpanjang; perpanjang versi terbarunya.");

        var fields = new RenewedFields
        {
            Kind = old.Kind, Number = command.Number, BpjsNumber = command.BpjsNumber,
            BpjsOfficeId = old.BpjsOfficeId, KejaksaanOfficeId = old.KejaksaanOfficeId,
            SignedOn = command.SignedOn, ValidFrom = command.ValidFrom, ValidUntil = command.ValidUntil,
            Scope = string.IsNullOrWhiteSpace(command.Scope) ? old.Scope : command.Scope,
        };
        await AgreementRules.EnsureParties(db, fields, exceptId: null, ct);
        var renewal = new Agreement { RenewsAgreementId = old.Id };
        fields.ApplyTo(renewal);
        db.Agreements.Add(renewal);
        await db.SaveChangesAsync(ct);
        return renewal.Id;
    }

    private sealed class RenewedFields : AgreementFields;
}
