using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using Mediator;

namespace KejaksaanDatun.Core.Features.Summons;

/// <summary>Records the tanda terima of a summons: the day it was delivered and who received it.</summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan)]
public sealed class RecordSummonsDelivery : ICommand<Unit>, ISkkRequest
{
    public int SkkId { get; set; }
    public int SummonsId { get; set; }
    public long Version { get; set; }
    public DateOnly? DeliveredOn { get; set; }
    /// <summary>Who received it, e.g. "Diterima oleh Sdri. Nurul (bagian umum)".</summary>
    public string ReceivedBy { get; set; } = "";
}

public sealed class RecordSummonsDeliveryValidator : AbstractValidator<RecordSummonsDelivery>
{
    public RecordSummonsDeliveryValidator()
    {
        RuleFor(x => x.DeliveredOn).RequiredDate("Tanggal diterima");
        RuleFor(x => x.ReceivedBy).RequiredText("Penerima (tanda terima)", 1000);
    }
}

public sealed class RecordSummonsDeliveryHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<RecordSummonsDelivery, Unit>
{
    public async ValueTask<Unit> Handle(RecordSummonsDelivery command, CancellationToken ct)
    {
        var user = currentUser.User;
        // Recording what already happened is not a new action: allowed after the SKK expired.
        var skk = await CaseWorkRules.LoadForWork(db, user, clock, command.SkkId, newAction: false, ct);
        var summons = await CaseWorkRules.LoadSummonsForChange(db, skk.Id, command.SummonsId, command.Version, ct);
        var zone = skk.KejaksaanOffice!.TimeZone;
        var delivered = command.DeliveredOn!.Value;
        if (delivered > clock.Today(zone))
            throw RequestValidationException.For(nameof(RecordSummonsDelivery.DeliveredOn), "Tanggal diterima tidak boleh di masa depan.");
        if (delivered < DateOnly.FromDateTime(OfficeClock.ToLocal(summons.CreatedAt, zone)))
            throw RequestValidationException.For(nameof(RecordSummonsDelivery.DeliveredOn), "Tanggal diterima tidak boleh sebelum undangan dibuat.");

        summons.DeliveredOn = delivered;
        summons.DeliveryNote = command.ReceivedBy.Trim();
        CaseWorkRules.AddEvent(db, skk, CaseEventKind.SummonsDelivered,
            $"{summons.Title} diterima pada {IndonesianFormat.Date(delivered)} oleh {summons.DeliveryNote}.", user, clock.UtcNow);
        return Unit.Value;
    }
}
