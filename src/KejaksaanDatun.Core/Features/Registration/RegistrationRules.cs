using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Employers;
using KejaksaanDatun.Core.Features.Recovery;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Registration;

/// <summary>Which registration outcomes a case may take, and what a confirmed one changes on the employer.</summary>
internal static class RegistrationRules
{
    public static Task<List<RegistrationOutcome>> Outcomes(DatunDbContext db, int skkId, CancellationToken ct) =>
        db.RegistrationOutcomes.Where(o => o.SkkId == skkId).OrderBy(o => o.Id).ToListAsync(ct);

    /// <summary>
    /// What the case achieved in registration, counted when it closes. Like an unconfirmed payment, an outcome still
    /// waiting for BPJS must be confirmed or reversed first: once the case is closed it could be neither.
    /// </summary>
    public static async Task<RegistrationTotals> CountAtClosing(DatunDbContext db, int skkId, CancellationToken ct)
    {
        var outcomes = await Outcomes(db, skkId, ct);
        var waiting = outcomes.Where(o => o.State == PaymentState.Reported).Select(o => o.Describe()).ToList();
        if (waiting.Count > 0)
            throw new BusinessRuleException($"Masih ada hasil kepesertaan yang dilaporkan dan belum dikonfirmasi BPJS ({string.Join("; ", waiting)}); " +
                "konfirmasi atau batalkan dahulu.");
        return RegistrationTotals.Of(outcomes);
    }

    /// <summary>Loads an outcome of the case for a change, with the version the user saw as the concurrency check.</summary>
    public static async Task<RegistrationOutcome> LoadForChange(DatunDbContext db, int skkId, int outcomeId, long version, CancellationToken ct)
    {
        var outcome = await db.RegistrationOutcomes.SingleOrDefaultAsync(o => o.Id == outcomeId && o.SkkId == skkId, ct)
            ?? throw new NotFoundOrNotAllowedException();
        if (outcome.Version != version) throw new ConcurrencyConflictException();
        db.ExpectVersion(outcome, version);
        return outcome;
    }

    /// <summary>Checks shared by both ways in; returns the new outcome, not yet added.</summary>
    public static async Task<RegistrationOutcome> NewOutcome(DatunDbContext db, Domain.Skk skk, RegistrationOutcomeFields fields,
        PaymentSource source, UserContext user, OfficeClock clock, CancellationToken ct)
    {
        RecoveryRules.EnsureHandled(skk);
        if (!RegistrationText.Fits(skk.CaseType, fields.Kind))
        {
            var fitting = RegistrationText.KindsFor(skk.CaseType);
            throw new BusinessRuleException(
                $"Hasil \"{RegistrationText.Of(fields.Kind)}\" tidak sesuai untuk perkara {DomainLabels.Of(skk.CaseType)}. " +
                (fitting.Count == 0 ? "Perkara jenis ini diukur dari pemulihan iuran saja."
                    : $"Hasil yang dapat dicatat: {string.Join(", ", fitting.Select(RegistrationText.Of))}."));
        }
        if (fields.EffectiveOn!.Value > RecoveryRules.Today(clock, skk))
            throw RequestValidationException.For(nameof(RegistrationOutcomeFields.EffectiveOn), "Tanggal pada catatan BPJS tidak boleh di masa depan.");

        var outcome = fields.ToOutcome();
        if (outcome.Kind == RegistrationOutcomeKind.NppDiterbitkan) await EnsureNppMayBeIssued(db, skk, outcome.Npp!, ct);
        var now = clock.UtcNow;
        outcome.Source = source;
        outcome.State = PaymentState.Reported;
        outcome.MarkReported(user.Actor, now);
        return outcome;
    }

    /// <summary>An employer is registered once: no NPP yet, none reported or confirmed on the case, and the number not someone else's.</summary>
    private static async Task EnsureNppMayBeIssued(DatunDbContext db, Domain.Skk skk, string npp, CancellationToken ct)
    {
        var employer = await db.Employers.AsNoTracking().SingleAsync(e => e.Id == skk.EmployerId, ct);
        if (employer.Npp is not null)
            throw new BusinessRuleException($"{employer.Name} sudah terdaftar dengan NPP {employer.Npp}.");
        var pending = await db.RegistrationOutcomes.Where(o => o.SkkId == skk.Id && o.Kind == RegistrationOutcomeKind.NppDiterbitkan
            && o.State != PaymentState.Reversed).Select(o => o.Npp).FirstOrDefaultAsync(ct);
        if (pending is not null)
            throw new BusinessRuleException($"NPP {pending} sudah dicatat untuk perkara ini; batalkan dahulu bila keliru.");
        await EmployerRules.EnsureNppFree(db, npp, employer.Id, ct);
    }

    /// <summary>Marks the outcome confirmed and brings the employer's record in line with it; returns what changed on the employer.</summary>
    public static async Task<string> Confirm(DatunDbContext db, Domain.Skk skk, RegistrationOutcome outcome, UserContext user, DateTime now,
        CancellationToken ct)
    {
        outcome.MarkConfirmed(user.Actor, now);
        var employer = await db.Employers.SingleAsync(e => e.Id == skk.EmployerId, ct);
        switch (outcome.Kind)
        {
            case RegistrationOutcomeKind.NppDiterbitkan:
                // Checked again: another case may have given the number to another employer since it was reported.
                if (employer.Npp is not null)
                    throw new BusinessRuleException($"{employer.Name} sudah terdaftar dengan NPP {employer.Npp}.");
                await EmployerRules.EnsureNppFree(db, outcome.Npp, employer.Id, ct);
                employer.Npp = outcome.Npp;
                return $" {employer.Name} kini terdaftar dengan NPP {employer.Npp}.";
            case RegistrationOutcomeKind.TenagaKerjaDitambahkan:
                var before = employer.WorkerCount;
                employer.WorkerCount = checked(before + outcome.WorkersAdded!.Value);
                return $" Jumlah tenaga kerja {employer.Name}: {RegistrationText.Count(before)} menjadi {RegistrationText.Count(employer.WorkerCount)} orang.";
            default:
                return "";
        }
    }

    /// <summary>
    /// Undoes on the employer what a confirmed outcome did. The NPP is cleared only while it is still the one issued:
    /// if BPJS has since corrected the employer's NPP by hand, that correction stands.
    /// </summary>
    public static async Task<string> UndoOnEmployer(DatunDbContext db, Domain.Skk skk, RegistrationOutcome outcome, CancellationToken ct)
    {
        var employer = await db.Employers.SingleAsync(e => e.Id == skk.EmployerId, ct);
        switch (outcome.Kind)
        {
            case RegistrationOutcomeKind.NppDiterbitkan when employer.Npp == outcome.Npp:
                employer.Npp = null;
                return $" NPP {outcome.Npp} dihapus dari data {employer.Name}.";
            case RegistrationOutcomeKind.TenagaKerjaDitambahkan:
                var before = employer.WorkerCount;
                employer.WorkerCount = Math.Max(0, before - outcome.WorkersAdded!.Value);
                return $" Jumlah tenaga kerja {employer.Name}: {RegistrationText.Count(before)} menjadi {RegistrationText.Count(employer.WorkerCount)} orang.";
            default:
                return "";
        }
    }
}
