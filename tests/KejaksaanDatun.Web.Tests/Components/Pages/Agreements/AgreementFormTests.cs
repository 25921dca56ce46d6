using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Agreements;
using KejaksaanDatun.Core.Features.Offices;
using KejaksaanDatun.Web.Components.Pages.Agreements;
using KejaksaanDatun.Web.Components.Shared;
using Mediator;
using MudBlazor;

namespace KejaksaanDatun.Web.Tests.Components.Pages.Agreements;

public sealed class AgreementFormTests : PageTestContext
{
    private static readonly Office PalangkaRayaBpjs = new() { Id = 6, Name = "BPJS Ketenagakerjaan Cabang Palangka Raya", Kind = OfficeKind.BpjsKancab };
    private static readonly Office PalangkaRayaKejari = new() { Id = 12, Name = "Kejaksaan Negeri Palangka Raya", Kind = OfficeKind.Kejari };

    private static readonly Agreement Pks2025 = new()
    {
        Id = 5, Kind = AgreementKind.Pks, Number = "B-61/O.16.10/Gp.2/07/2025", BpjsOfficeId = 6, BpjsOffice = PalangkaRayaBpjs,
        KejaksaanOfficeId = 12, KejaksaanOffice = PalangkaRayaKejari, SignedOn = new(2025, 7, 25), ValidFrom = new(2025, 8, 1),
        ValidUntil = new(2026, 7, 31), Scope = "Penagihan piutang iuran.", Version = 2,
    };

    public AgreementFormTests() : base(Roles.Admin, Institution.Kejaksaan)
    {
        Sender.On<ListOffices>(_ => new List<OfficeOption>
        {
            new(6, "BPJS-PLK", PalangkaRayaBpjs.Name, OfficeKind.BpjsKancab, 2, "/1/2/6/", OfficeTimeZone.WIB, "Budi Wahyudi", "Kepala Kantor Cabang Palangka Raya"),
            new(12, "KEJARI-PLK", PalangkaRayaKejari.Name, OfficeKind.Kejari, 10, "/9/10/12/", OfficeTimeZone.WIB, "", ""),
        });
    }

    [Fact]
    public void Submitting_an_empty_agreement_names_each_missing_field_and_sends_nothing()
    {
        var cut = Render<AgreementForm>();
        cut.WaitForElement("form");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("Kantor BPJS wajib dipilih.", OfficeField(cut, "Pihak BPJS").GetErrorText()));
        cut.WaitForAssertion(() => Assert.Equal("Kantor Kejaksaan wajib dipilih.", OfficeField(cut, "Pihak Kejaksaan").GetErrorText()));
        cut.WaitForAssertion(() => Assert.Contains("Tanggal penandatanganan wajib diisi.", DateField(cut, "Tanggal penandatanganan").Markup));
        cut.WaitForAssertion(() => Assert.Contains("Berlaku sampai wajib diisi.", DateField(cut, "Berlaku sampai").Markup));
        Assert.Empty(Sender.SentOf<CreateAgreement>());
    }

    [Fact]
    public async Task Picking_a_date_clears_that_fields_message_only()
    {
        var cut = Render<AgreementForm>();
        cut.WaitForElement("form");
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Contains("Tanggal penandatanganan wajib diisi.", DateField(cut, "Tanggal penandatanganan").Markup));

        await PickDate(cut, "Tanggal penandatanganan", new DateOnly(2026, 1, 25));

        cut.WaitForAssertion(() => Assert.DoesNotContain("wajib diisi", DateField(cut, "Tanggal penandatanganan").Markup));
        Assert.Contains("Berlaku mulai wajib diisi.", DateField(cut, "Berlaku mulai").Markup);
    }

    [Fact]
    public void An_end_date_before_the_start_is_shown_on_the_end_date_and_nothing_is_sent()
    {
        Sender.On<GetAgreement>(_ => new Agreement
        {
            Id = 5, Kind = AgreementKind.Pks, Number = Pks2025.Number, BpjsOfficeId = 6, KejaksaanOfficeId = 12,
            SignedOn = new(2025, 7, 25), ValidFrom = new(2026, 7, 31), ValidUntil = new(2025, 8, 1), Version = 2,
        });
        var cut = Render<AgreementForm>(p => p.Add(f => f.AgreementId, 5));
        cut.WaitForElement("form");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Tanggal akhir berlaku tidak boleh sebelum tanggal mulai berlaku.", DateField(cut, "Berlaku sampai").Markup));
        Assert.Empty(Sender.SentOf<EditAgreement>());
    }

    [Fact]
    public async Task A_renewal_proposes_the_year_after_the_old_one_and_sends_the_new_terms()
    {
        Sender.On<GetAgreement>(_ => Pks2025).On<RenewAgreement>(_ => 8);
        GoTo("/kerja-sama/5/perpanjang");
        var cut = Render<AgreementForm>(p => p.Add(f => f.AgreementId, 5));
        cut.WaitForAssertion(() => Assert.Contains("Kejaksaan Negeri Palangka Raya", cut.Markup));
        Assert.Equal("1 Agustus 2026", DateField(cut, "Berlaku mulai").Find("input").GetAttribute("value"));
        Assert.Equal("31 Juli 2027", DateField(cut, "Berlaku sampai").Find("input").GetAttribute("value"));

        cut.Find(".field-number input").Change(" B-77/O.16.10/Gp.2/07/2026 ");
        await PickDate(cut, "Tanggal penandatanganan", new DateOnly(2026, 7, 20));
        cut.Find("form").Submit();

        var sent = cut.WaitFor(() => Assert.Single(Sender.SentOf<RenewAgreement>()));
        Assert.Equal(5, sent.AgreementId);
        Assert.Equal("B-77/O.16.10/Gp.2/07/2026", sent.Number);
        Assert.Equal((new DateOnly(2026, 7, 20), new DateOnly(2026, 8, 1), new DateOnly(2027, 7, 31)),
            (sent.SignedOn, sent.ValidFrom, sent.ValidUntil));
        cut.WaitForAssertion(() => Assert.Equal("/kerja-sama", CurrentPath));
    }

    [Fact]
    public void Editing_sends_the_changed_agreement_with_the_version_that_was_loaded()
    {
        Sender.On<GetAgreement>(_ => Pks2025).On<EditAgreement>(_ => Unit.Value);
        GoTo("/kerja-sama/5/ubah");
        var cut = Render<AgreementForm>(p => p.Add(f => f.AgreementId, 5));
        cut.WaitForElement(".field-bpjs-number input");

        cut.Find(".field-bpjs-number input").Change("PKS/4/072025");
        cut.Find("form").Submit();

        var sent = cut.WaitFor(() => Assert.Single(Sender.SentOf<EditAgreement>()));
        Assert.Equal((5, 2L, "PKS/4/072025", 6, 12), (sent.AgreementId, sent.Version, sent.BpjsNumber, sent.BpjsOfficeId, sent.KejaksaanOfficeId));
        Assert.Empty(Sender.SentOf<RenewAgreement>());
    }

    private static MudSelect<int> OfficeField(IRenderedComponent<AgreementForm> cut, string label) =>
        cut.FindComponents<MudSelect<int>>().Single(f => f.Instance.Label == label).Instance;

    private static IRenderedComponent<DateOnlyPicker> DateField(IRenderedComponent<AgreementForm> cut, string label) =>
        cut.FindComponents<DateOnlyPicker>().Single(f => f.Instance.Label == label);

    /// <summary>What choosing a day in the calendar does: the picker reports the date it was given.</summary>
    private static Task PickDate(IRenderedComponent<AgreementForm> cut, string label, DateOnly date)
    {
        var picker = DateField(cut, label).FindComponent<MudDatePicker>();
        return cut.InvokeAsync(() => picker.Instance.DateChanged.InvokeAsync(date.ToDateTime(TimeOnly.MinValue)));
    }
}
