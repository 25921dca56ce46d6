using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Features.Recovery;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Skk;

/// <summary>
/// The BPJS office that granted the SKK extends it with a new SKK while the case is open, also once it has expired:
/// an expired SKK's case can take no new action until it is extended. The case keeps its original SKK number; the
/// new SKK is kept in the case's extension history and its validity becomes the case's.
/// </summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs)]
public sealed class ExtendSkk : ICommand<Unit>, ISkkRequest
{
    public int SkkId { get; set; }
    public long Version { get; set; }
    public string Number { get; set; } = "";
    public DateOnly? Date { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public string GrantorName { get; set; } = "";
    public string GrantorTitle { get; set; } = "";
}

public sealed class ExtendSkkValidator : AbstractValidator<ExtendSkk>
{
    public ExtendSkkValidator()
    {
        RuleFor(x => x.Number).RequiredText("Nomor SKK baru", 120);
        RuleFor(x => x.Date).RequiredDate("Tanggal SKK baru");
        RuleFor(x => x.ValidUntil).RequiredDate("Berlaku sampai");
        RuleFor(x => x.ValidUntil).GreaterThan(x => x.Date)
            .When(x => x.Date is not null && x.ValidUntil is not null)
            .WithMessage("Masa berlaku SKK baru harus berakhir setelah tanggal SKK baru.");
        RuleFor(x => x.GrantorName).RequiredText("Nama pemberi kuasa", 120);
        RuleFor(x => x.GrantorTitle).RequiredText("Jabatan pemberi kuasa", 200);
    }
}

public sealed class ExtendSkkHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<ExtendSkk, Unit>
{
    public async ValueTask<Unit> Handle(ExtendSkk command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await SkkRules.LoadForChange(db, command.SkkId, command.Version, ct);
        RecoveryRules.EnsureGrantingBpjsOfficer(skk, user, "memperpanjang SKK");
        if (skk.Status is not (SkkStatus.Diterima or SkkStatus.Ditangani))
            throw new BusinessRuleException(
                $"SKK hanya dapat diperpanjang selama perkara berstatus Diterima atau Ditangani; perkara ini berstatus {DomainLabels.Of(skk.Status)}.");

        var latest = await db.SkkExtensions.Where(e => e.SkkId == skk.Id).OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        var currentNumber = latest?.Number ?? skk.Number;
        var currentDate = latest?.Date ?? skk.Date;
        var number = command.Number.Trim();
        var date = command.Date!.Value;
        var validUntil = command.ValidUntil!.Value;

        var errors = new List<FieldError>();
        if (number == skk.Number || number == currentNumber)
            errors.Add(new(nameof(ExtendSkk.Number), $"Nomor SKK baru harus berbeda dari nomor SKK yang diperpanjang ({currentNumber})."));
        else if (await SkkRules.IsNumberTaken(db, skk.BpjsOfficeId, number, exceptSkkId: null, ct))
            errors.Add(new(nameof(ExtendSkk.Number), $"Nomor SKK {number} sudah dipakai di kantor BPJS ini."));
        if (date < currentDate)
            errors.Add(new(nameof(ExtendSkk.Date),
                $"Tanggal SKK baru tidak boleh sebelum tanggal SKK {currentNumber} ({IndonesianFormat.Date(currentDate)})."));
        else if (date > clock.Today(skk.BpjsOffice!.TimeZone))
            errors.Add(new(nameof(ExtendSkk.Date), "Tanggal SKK baru tidak boleh di masa depan."));
        if (validUntil <= skk.ValidUntil)
            errors.Add(new(nameof(ExtendSkk.ValidUntil),
                $"Masa berlaku SKK baru harus melewati masa berlaku sekarang ({IndonesianFormat.Date(skk.ValidUntil)})."));
        if (errors.Count > 0) throw new RequestValidationException(errors);

        var now = clock.UtcNow;
        db.SkkExtensions.Add(new SkkExtension
        {
            SkkId = skk.Id, BpjsOfficeId = skk.BpjsOfficeId, PreviousNumber = currentNumber, PreviousValidUntil = skk.ValidUntil,
            Number = number, Date = date, ValidUntil = validUntil,
            GrantorName = command.GrantorName.Trim(), GrantorTitle = command.GrantorTitle.Trim(),
            RecordedAt = now, RecordedById = user.UserId, RecordedByName = user.Name,
        });
        skk.Events.Add(RecoveryRules.Event(CaseEventKind.SkkExtended, user, now,
            $"SKK diperpanjang dengan SKK No. {number} tanggal {IndonesianFormat.Date(date)}, berlaku s.d. {IndonesianFormat.Date(validUntil)} " +
            $"(sebelumnya SKK No. {currentNumber} s.d. {IndonesianFormat.Date(skk.ValidUntil)})."));
        skk.ValidUntil = validUntil;
        return Unit.Value;
    }
}
