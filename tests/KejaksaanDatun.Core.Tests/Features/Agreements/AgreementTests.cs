using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Agreements;
using KejaksaanDatun.Core.Tests.Infrastructure;

namespace KejaksaanDatun.Core.Tests.Features.Agreements;

public class AgreementTests
{
    private static async Task<CreateAgreement> Pks(TestApp app, string bpjs = "BPJS-PLK", string kejaksaan = "KEJARI-PLK") => new()
    {
        Kind = AgreementKind.Pks,
        Number = "B-" + Random.Shared.Next(1000, 9999) + "/O.16.10/Gp.2/11/2026",
        BpjsNumber = "PKS/77/112026",
        BpjsOfficeId = await app.OfficeId(bpjs),
        KejaksaanOfficeId = await app.OfficeId(kejaksaan),
        SignedOn = app.Today,
        ValidFrom = app.Today,
        ValidUntil = app.Today.AddYears(1).AddDays(-1),
        Scope = "Penanganan masalah hukum perdata dan tata usaha negara di bidang jaminan sosial ketenagakerjaan.",
    };

    [Fact]
    public async Task A_new_pks_lets_an_office_hand_over_where_it_could_not_before()
    {
        await using var app = await TestApp.StartAsync();
        var bpjs = await app.As("bpjs.plk");
        var employerId = await app.Send(Requests.Employer(), bpjs);
        var skkId = await app.Send(Requests.Skk(employerId, await app.OfficeId("KEJARI-PLK"), app.Today), bpjs);
        await Assert.ThrowsAsync<BusinessRuleException>(() => app.Send(new KejaksaanDatun.Core.Features.Skk.HandOverSkk(skkId, 0), bpjs));

        await app.Send(await Pks(app), await app.As("admin"));
        await app.Send(new KejaksaanDatun.Core.Features.Skk.HandOverSkk(skkId, await app.VersionOf(skkId)), bpjs);
    }

    [Fact]
    public async Task An_agreement_that_ends_before_it_starts_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var pks = await Pks(app);
        pks.ValidUntil = pks.ValidFrom!.Value.AddDays(-1);
        var refused = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.Send(pks, await app.As("admin")));
        Assert.Contains(refused.Errors, e => e.Field == "ValidUntil");
    }

    [Fact]
    public async Task A_pks_must_join_a_kancab_and_a_kejari()
    {
        await using var app = await TestApp.StartAsync();
        var wrong = await Pks(app, "BPJS-KANWIL-KAL", "KEJATI-KALSEL");
        var refused = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.Send(wrong, await app.As("admin")));
        Assert.Contains(refused.Errors, e => e.Field == "Kind" && e.Message.Contains("PKS dibuat antara"));

        var swapped = await Pks(app, "KEJARI-PLK", "BPJS-PLK");
        refused = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.Send(swapped, await app.As("admin")));
        Assert.Contains(refused.Errors, e => e.Field == "BpjsOfficeId");
    }

    [Fact]
    public async Task Renewing_chains_the_new_agreement_to_the_old_one_and_only_once()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.As("admin");
        var oldId = await app.Send(await Pks(app), admin);
        var old = await app.Send(new GetAgreement(oldId), admin);
        var renewal = RenewAgreement.Proposal(old);
        renewal.Number = "B-9999/O.16.10/Gp.2/11/2027";
        renewal.SignedOn = old.ValidUntil;
        var newId = await app.Send(renewal, admin);

        var renewed = await app.Send(new GetAgreement(newId), admin);
        Assert.Equal(oldId, renewed.RenewsAgreementId);
        Assert.Equal(old.ValidUntil.AddDays(1), renewed.ValidFrom);
        Assert.Equal((old.BpjsOfficeId, old.KejaksaanOfficeId, old.Scope), (renewed.BpjsOfficeId, renewed.KejaksaanOfficeId, renewed.Scope));
        var list = await app.Send(new ListAgreements(), admin);
        Assert.True(list.Single(a => a.Id == oldId).IsRenewed);

        renewal.Number = "B-9998/O.16.10/Gp.2/11/2027";
        await Assert.ThrowsAsync<BusinessRuleException>(() => app.Send(renewal, admin));
    }

    [Fact]
    public async Task Editing_an_agreement_with_a_stale_version_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.As("admin");
        var id = await app.Send(await Pks(app), admin);
        var loaded = await app.Send(new GetAgreement(id), admin);
        var first = EditAgreement.From(loaded);
        first.Scope = "Ruang lingkup baru";
        await app.Send(first, admin);
        var stale = EditAgreement.From(loaded);
        stale.Scope = "Ruang lingkup lain";
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => app.Send(stale, admin));
        Assert.Equal("Ruang lingkup baru", (await app.Send(new GetAgreement(id), admin)).Scope);
    }

    [Theory]
    [InlineData("kasidatun.hst")]
    [InlineData("bpjs.bjm")]
    public async Task Only_the_administrator_records_agreements(string userName)
    {
        await using var app = await TestApp.StartAsync();
        await Assert.ThrowsAsync<NotAllowedException>(async () => await app.Send(await Pks(app), await app.As(userName)));
    }

    [Fact]
    public async Task Users_see_the_agreements_of_their_offices_only()
    {
        await using var app = await TestApp.StartAsync();
        var hst = await app.Send(new ListAgreements(), await app.As("jpn.hst1"));
        Assert.NotEmpty(hst);
        Assert.All(hst, a => Assert.True(a.KejaksaanOfficeName.Contains("Hulu Sungai Tengah") || a.KejaksaanOfficeName.Contains("Kalimantan Selatan")));
        Assert.Contains(hst, a => a.State == AgreementState.Berlaku);
    }
}
