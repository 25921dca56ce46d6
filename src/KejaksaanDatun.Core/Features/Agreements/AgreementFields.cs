using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Agreements;

/// <summary>What every new or changed agreement states: its numbers, signing date, validity and scope.</summary>
public interface IAgreementTerms
{
    string Number { get; }
    string? BpjsNumber { get; }
    DateOnly? SignedOn { get; }
    DateOnly? ValidFrom { get; }
    DateOnly? ValidUntil { get; }
    string? Scope { get; }
}

public sealed class AgreementTermsValidator : AbstractValidator<IAgreementTerms>
{
    public AgreementTermsValidator()
    {
        RuleFor(x => x.Number).RequiredText("Nomor", 120);
        RuleFor(x => x.BpjsNumber).OptionalText("Nomor BPJS", 120);
        RuleFor(x => x.SignedOn).RequiredDate("Tanggal penandatanganan");
        RuleFor(x => x.ValidFrom).RequiredDate("Berlaku mulai");
        RuleFor(x => x.ValidUntil).RequiredDate("Berlaku sampai");
        RuleFor(x => x.ValidUntil).GreaterThanOrEqualTo(x => x.ValidFrom)
            .When(x => x.ValidFrom is not null && x.ValidUntil is not null)
            .WithMessage("Tanggal akhir berlaku tidak boleh sebelum tanggal mulai berlaku.");
        RuleFor(x => x.SignedOn).LessThanOrEqualTo(x => x.ValidUntil)
            .When(x => x.SignedOn is not null && x.ValidUntil is not null)
            .WithMessage("Tanggal penandatanganan tidak boleh setelah masa berlaku berakhir.");
        RuleFor(x => x.Scope).OptionalText("Ruang lingkup", 2000);
    }
}

/// <summary>An MoU/PKS as a form edits it; shared by creating and editing.</summary>
public abstract class AgreementFields : IAgreementTerms
{
    public AgreementKind Kind { get; set; } = AgreementKind.Pks;
    public string Number { get; set; } = "";
    public string? BpjsNumber { get; set; }
    public int BpjsOfficeId { get; set; }
    public int KejaksaanOfficeId { get; set; }
    public DateOnly? SignedOn { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public string Scope { get; set; } = "";

    internal void ApplyTo(Agreement agreement)
    {
        agreement.Kind = Kind;
        agreement.Number = Number.Trim();
        agreement.BpjsNumber = string.IsNullOrWhiteSpace(BpjsNumber) ? null : BpjsNumber.Trim();
        agreement.BpjsOfficeId = BpjsOfficeId;
        agreement.KejaksaanOfficeId = KejaksaanOfficeId;
        agreement.SignedOn = SignedOn!.Value;
        agreement.ValidFrom = ValidFrom!.Value;
        agreement.ValidUntil = ValidUntil!.Value;
        agreement.Scope = Scope.Trim();
    }
}

public abstract class AgreementFieldsValidator<T> : AbstractValidator<T> where T : AgreementFields
{
    protected AgreementFieldsValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Jenis kerja sama tidak dikenal.");
        RuleFor(x => x.BpjsOfficeId).GreaterThan(0).WithMessage("Kantor BPJS wajib dipilih.");
        RuleFor(x => x.KejaksaanOfficeId).GreaterThan(0).WithMessage("Kantor Kejaksaan wajib dipilih.");
        Include(new AgreementTermsValidator());
    }
}

internal static class AgreementRules
{
    /// <summary>The parties must be a BPJS office and a Kejaksaan office of the level the kind of agreement joins.</summary>
    public static async Task EnsureParties(DatunDbContext db, AgreementFields fields, int? exceptId, CancellationToken ct)
    {
        var bpjs = await db.Offices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == fields.BpjsOfficeId, ct);
        var kejaksaan = await db.Offices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == fields.KejaksaanOfficeId, ct);
        var errors = new List<FieldError>();
        if (bpjs is null || bpjs.Institution != Institution.Bpjs)
            errors.Add(new(nameof(AgreementFields.BpjsOfficeId), "Pihak BPJS harus kantor BPJS Ketenagakerjaan."));
        if (kejaksaan is null || kejaksaan.Institution != Institution.Kejaksaan)
            errors.Add(new(nameof(AgreementFields.KejaksaanOfficeId), "Pihak Kejaksaan harus kantor Kejaksaan."));
        if (errors.Count == 0)
        {
            var fits = fields.Kind == AgreementKind.MoU
                ? bpjs!.Kind is OfficeKind.BpjsKanwil or OfficeKind.BpjsKantorPusat
                  && kejaksaan!.Kind is OfficeKind.Kejati or OfficeKind.KejaksaanAgung
                : bpjs!.Kind is OfficeKind.BpjsKancab or OfficeKind.BpjsKcp
                  && kejaksaan!.Kind is OfficeKind.Kejari or OfficeKind.Cabjari;
            if (!fits)
                errors.Add(new(nameof(AgreementFields.Kind), fields.Kind == AgreementKind.MoU
                    ? "MoU dibuat antara Kantor Wilayah BPJS dan Kejaksaan Tinggi (atau Kantor Pusat dan Kejaksaan Agung)."
                    : "PKS dibuat antara Kantor Cabang BPJS dan Kejaksaan Negeri."));
        }
        var number = fields.Number.Trim();
        if (await db.Agreements.AnyAsync(a => a.KejaksaanOfficeId == fields.KejaksaanOfficeId && a.Number == number && a.Id != exceptId, ct))
            errors.Add(new(nameof(AgreementFields.Number), $"Nomor {number} sudah dipakai untuk kerja sama lain di kantor Kejaksaan ini."));
        if (errors.Count > 0) throw new RequestValidationException(errors);
    }
}
