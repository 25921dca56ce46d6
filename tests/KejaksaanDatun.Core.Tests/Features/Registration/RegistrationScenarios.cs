using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Registration;
using KejaksaanDatun.Core.Tests.Features.Recovery;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Registration;

/// <summary>Requests and look-ups for the registration outcome tests.</summary>
public static class RegistrationScenarios
{
    public static ReportRegistrationOutcome ReportNpp(int skkId, DateOnly on, string npp) => new()
    {
        SkkId = skkId, Kind = RegistrationOutcomeKind.NppDiterbitkan, EffectiveOn = on, Npp = npp,
        Note = "Sertifikat kepesertaan BPJS Ketenagakerjaan",
    };

    public static ReportRegistrationOutcome ReportWorkers(int skkId, DateOnly on, int workers) => new()
    {
        SkkId = skkId, Kind = RegistrationOutcomeKind.TenagaKerjaDitambahkan, EffectiveOn = on, WorkersAdded = workers,
        Note = "Daftar tenaga kerja baru dari SIPP",
    };

    public static async Task<long> OutcomeVersion(this TestApp app, int outcomeId)
    {
        await using var db = app.NewDb();
        return await db.RegistrationOutcomes.Where(o => o.Id == outcomeId).Select(o => o.Version).SingleAsync();
    }

    public static async Task<ConfirmRegistrationOutcome> ConfirmOutcome(this TestApp app, int skkId, int outcomeId) =>
        new(skkId, outcomeId, await app.OutcomeVersion(outcomeId));

    public static async Task<ReverseRegistrationOutcome> ReverseOutcome(this TestApp app, int skkId, int outcomeId) => new()
    {
        SkkId = skkId, OutcomeId = outcomeId, Version = await app.OutcomeVersion(outcomeId),
        Reason = "Salah input, NPP milik badan usaha lain.",
    };

    public static async Task<Employer> EmployerOf(this TestApp app, int skkId)
    {
        await using var db = app.NewDb();
        return await db.Employers.AsNoTracking().SingleAsync(e => db.Skks.Any(s => s.Id == skkId && s.EmployerId == e.Id));
    }

    /// <summary>Everything a refused request could have changed: the case, its outcomes and its employer.</summary>
    public static async Task<string> RegistrationStateOf(this TestApp app, int skkId)
    {
        await using var db = app.NewDb();
        var outcomes = await db.RegistrationOutcomes.AsNoTracking().Where(o => o.SkkId == skkId).OrderBy(o => o.Id)
            .Select(o => $"{o.Id}:{o.Kind}:{o.State}:{o.Version}").ToListAsync();
        var employer = await app.EmployerOf(skkId);
        return $"{await app.StateOf(skkId)}|{string.Join(",", outcomes)}|{employer.Npp}:{employer.WorkerCount}:{employer.Version}";
    }
}
