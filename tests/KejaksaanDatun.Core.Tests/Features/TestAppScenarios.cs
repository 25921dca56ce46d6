using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Tests.Infrastructure;

namespace KejaksaanDatun.Core.Tests.Features;

/// <summary>Cases brought to a given state through the real use cases, as a user would.</summary>
public static class TestAppScenarios
{
    /// <summary>A PWBD case is for an employer without an NPP; every other type for a registered one.</summary>
    public static async Task<int> HandedOverSkk(this TestApp app, string kejaksaanOfficeCode, CaseType caseType = CaseType.PiutangIuran)
    {
        var bpjs = await app.As("bpjs.bjm");
        var employer = Requests.Employer();
        if (caseType == CaseType.Pwbd) employer.Npp = null;
        var employerId = await app.Send(employer, bpjs);
        var skk = Requests.Skk(employerId, await app.OfficeId(kejaksaanOfficeCode), app.Today);
        skk.CaseType = caseType;
        var skkId = await app.Send(skk, bpjs);
        await app.Send(new HandOverSkk(skkId, await app.VersionOf(skkId)), bpjs);
        return skkId;
    }

    public static async Task<(int SkkId, string RegisterNumber)> CaseInHandsOfJpn(this TestApp app, string jpnUserName,
        CaseType caseType = CaseType.PiutangIuran)
    {
        var skkId = await app.HandedOverSkk("KEJARI-HST", caseType);
        var kasi = await app.As("kasidatun.hst");
        var registerNumber = await app.Send(new AcceptSkk(skkId, await app.VersionOf(skkId)), kasi);
        await app.Send(new AppointJpnTeam
        {
            SkkId = skkId, Version = await app.VersionOf(skkId), WarrantNumber = $"PRINT-{skkId}/O.3.14/Gp.2/11/2026",
            WarrantDate = app.Today, LeadJpnId = (await app.As(jpnUserName)).UserId,
        }, kasi);
        return (skkId, registerNumber);
    }
}
