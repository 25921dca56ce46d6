using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Tests.Infrastructure;

namespace KejaksaanDatun.Core.Tests.Features;

/// <summary>Cases brought to a given state through the real use cases, as a user would.</summary>
public static class TestAppScenarios
{
    public static async Task<int> HandedOverSkk(this TestApp app, string kejaksaanOfficeCode)
    {
        var bpjs = await app.As("bpjs.bjm");
        var employerId = await app.Send(Requests.Employer(), bpjs);
        var skkId = await app.Send(Requests.Skk(employerId, await app.OfficeId(kejaksaanOfficeCode), app.Today), bpjs);
        await app.Send(new HandOverSkk(skkId, await app.VersionOf(skkId)), bpjs);
        return skkId;
    }

    public static async Task<(int SkkId, string RegisterNumber)> CaseInHandsOfJpn(this TestApp app, string jpnUserName)
    {
        var skkId = await app.HandedOverSkk("KEJARI-HST");
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
