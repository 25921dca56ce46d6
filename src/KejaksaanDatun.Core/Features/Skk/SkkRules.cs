using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Skk;

/// <summary>Checks on an SKK draft that need the database.</summary>
internal static class SkkRules
{
    public static async Task EnsureDraftIsConsistent(DatunDbContext db, SkkFields fields, int bpjsOfficeId, int? exceptSkkId, UserContext user, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var employer = await db.Employers.VisibleTo(db.Skks, user).AsNoTracking()
            .SingleOrDefaultAsync(e => e.Id == fields.EmployerId, ct);
        if (employer is null)
            errors.Add(new(nameof(SkkFields.EmployerId), "Badan usaha tidak ditemukan di kantor Anda."));
        else if (fields.CaseType == CaseType.Pwbd && employer.Npp is not null)
            errors.Add(new(nameof(SkkFields.CaseType), $"{employer.Name} sudah terdaftar (NPP {employer.Npp}); pilih jenis piutang iuran atau PDS, bukan PWBD."));
        else if (fields.CaseType != CaseType.Pwbd && employer.Npp is null)
            errors.Add(new(nameof(SkkFields.CaseType), $"{employer.Name} belum memiliki NPP; badan usaha yang belum terdaftar diajukan sebagai PWBD."));

        var office = await db.Offices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == fields.KejaksaanOfficeId, ct);
        if (office is null || !OfficeKinds.CanReceiveSkk(office.Kind))
            errors.Add(new(nameof(SkkFields.KejaksaanOfficeId), "Kejaksaan tujuan harus Kejaksaan Negeri, Cabang Kejaksaan Negeri atau Kejaksaan Tinggi."));

        var number = fields.Number.Trim();
        if (await IsNumberTaken(db, bpjsOfficeId, number, exceptSkkId, ct))
            errors.Add(new(nameof(SkkFields.Number), $"Nomor SKK {number} sudah dipakai di kantor BPJS ini."));

        if (errors.Count > 0) throw new RequestValidationException(errors);
    }

    /// <summary>
    /// An SKK number is unique within the BPJS office that issues it, whether it opened a case or extended one.
    /// The SKK being edited (<paramref name="exceptSkkId"/>) may keep its own number.
    /// </summary>
    public static async Task<bool> IsNumberTaken(DatunDbContext db, int bpjsOfficeId, string number, int? exceptSkkId, CancellationToken ct) =>
        await db.Skks.AnyAsync(s => s.BpjsOfficeId == bpjsOfficeId && s.Number == number && s.Id != exceptSkkId, ct)
        || await db.SkkExtensions.AnyAsync(e => e.BpjsOfficeId == bpjsOfficeId && e.Number == number, ct);

    /// <summary>Loads an SKK for a change, with the version the user saw as the concurrency check.</summary>
    public static async Task<Domain.Skk> LoadForChange(DatunDbContext db, int skkId, long? expectedVersion, CancellationToken ct)
    {
        var skk = await db.Skks.Include(s => s.KejaksaanOffice).Include(s => s.BpjsOffice)
            .SingleAsync(s => s.Id == skkId, ct);
        if (expectedVersion is { } version)
        {
            // Someone else changed it since the user saw it: say so, rather than judge the request on a state the user never saw.
            if (skk.Version != version) throw new ConcurrencyConflictException();
            db.ExpectVersion(skk, version);
        }
        db.MarkChanged(skk);
        return skk;
    }

    public static void EnsureUserInstitution(UserContext user, Institution institution)
    {
        // The administrator manages the system, not cases: the work on a case is done by its two institutions.
        if (user.Institution != institution) throw new NotAllowedException();
    }
}
