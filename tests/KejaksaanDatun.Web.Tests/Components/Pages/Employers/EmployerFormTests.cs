using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Employers;
using KejaksaanDatun.Web.Components.Pages.Employers;
using Mediator;
using MudBlazor;

namespace KejaksaanDatun.Web.Tests.Components.Pages.Employers;

public sealed class EmployerFormTests : PageTestContext
{
    private static readonly Employer Murakata = new()
    {
        Id = 7, Name = "PT Murakata Sawit Lestari", Npp = "40490807", Address = "Jl. Raya Barabai–Birayang Km. 9",
        District = "Batang Alai Selatan", Sector = "Perkebunan kelapa sawit", WorkerCount = 145, Version = 4,
        BpjsOffice = new Office { Name = "BPJS Ketenagakerjaan Cabang Banjarmasin" },
    };

    public EmployerFormTests() : base(Roles.StafBpjs, Institution.Bpjs)
    {
    }

    [Fact]
    public void An_npp_that_is_not_eight_digits_shows_the_Indonesian_message_and_sends_nothing()
    {
        var cut = Render<EmployerForm>();
        FillRequiredFields(cut);

        cut.Find(".field-npp input").Change("1234");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal(Npp.ShapeMessage, NppField(cut).GetErrorText()));
        Assert.Empty(Sender.Sent);
    }

    [Fact]
    public void A_valid_employer_is_registered_with_trimmed_values_and_its_page_opens()
    {
        Sender.On<RegisterEmployer>(_ => 41);
        var cut = Render<EmployerForm>();
        FillRequiredFields(cut);
        cut.Find(".field-name input").Change("  PT Sinar Banua  ");
        cut.Find(".field-npp input").Change(" 12345678 ");

        cut.Find("form").Submit();

        var sent = cut.WaitFor(() => Assert.Single(Sender.SentOf<RegisterEmployer>()));
        Assert.Equal("PT Sinar Banua", sent.Name);
        Assert.Equal("12345678", sent.Npp);
        Assert.Equal("Banjarmasin Tengah", sent.District);
        cut.WaitForAssertion(() => Assert.Equal("/badan-usaha/41", CurrentPath));
        cut.WaitForAssertion(() => Assert.Contains("Data badan usaha disimpan.", Snackbars));
    }

    [Fact]
    public void An_employer_without_npp_is_registered_as_pwbd()
    {
        Sender.On<RegisterEmployer>(_ => 42);
        var cut = Render<EmployerForm>();
        FillRequiredFields(cut);

        cut.Find(".field-npp input").Change("   ");
        cut.Find("form").Submit();

        Assert.True(string.IsNullOrEmpty(cut.WaitFor(() => Assert.Single(Sender.SentOf<RegisterEmployer>())).Npp));
    }

    [Fact]
    public void An_npp_the_server_finds_taken_is_shown_on_the_npp_field_and_the_form_stays()
    {
        Sender.On<RegisterEmployer>(_ => throw RequestValidationException.For(nameof(EmployerFields.Npp),
            "NPP 40490807 sudah terdaftar untuk badan usaha lain."));
        GoTo("/badan-usaha/baru");
        var cut = Render<EmployerForm>();
        FillRequiredFields(cut);
        cut.Find(".field-npp input").Change("40490807");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("NPP 40490807 sudah terdaftar untuk badan usaha lain.", NppField(cut).GetErrorText()));
        Assert.Equal("/badan-usaha/baru", CurrentPath);
        Assert.Equal("PT Sinar Banua", cut.Find(".field-name input").GetAttribute("value"));
    }

    [Fact]
    public void Editing_prefills_the_employer_and_sends_the_version_that_was_loaded()
    {
        Sender.On<GetEmployer>(_ => new EmployerDetails(Murakata, "BPJS Ketenagakerjaan Cabang Banjarmasin", 1))
            .On<EditEmployer>(_ => Unit.Value);
        var cut = Render<EmployerForm>(p => p.Add(f => f.EmployerId, Murakata.Id));
        cut.WaitForAssertion(() => Assert.Equal("PT Murakata Sawit Lestari", cut.Find(".field-name input").GetAttribute("value")));

        cut.Find(".field-workers input").Change("150");
        cut.Find("form").Submit();

        var sent = cut.WaitFor(() => Assert.Single(Sender.SentOf<EditEmployer>()));
        Assert.Equal((7, 4L, 150, "40490807"), (sent.EmployerId, sent.Version, sent.WorkerCount, sent.Npp));
        cut.WaitForAssertion(() => Assert.Equal("/badan-usaha/7", CurrentPath));
    }

    [Fact]
    public void A_concurrency_conflict_explains_itself_and_keeps_what_was_typed()
    {
        Sender.On<GetEmployer>(_ => new EmployerDetails(Murakata, "BPJS Ketenagakerjaan Cabang Banjarmasin", 1))
            .On<EditEmployer>(_ => throw new ConcurrencyConflictException());
        GoTo("/badan-usaha/7/ubah");
        var cut = Render<EmployerForm>(p => p.Add(f => f.EmployerId, Murakata.Id));
        cut.WaitForElement(".field-workers input");

        cut.Find(".field-workers input").Change("150");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains(new ConcurrencyConflictException().Message, Snackbars));
        cut.WaitForAssertion(() => Assert.False(cut.Find("button[type=submit]").HasAttribute("disabled")));
        Assert.Equal("/badan-usaha/7/ubah", CurrentPath);
        Assert.Equal("150", cut.Find(".field-workers input").GetAttribute("value"));
    }

    [Fact]
    public void Editing_an_employer_outside_the_users_scope_says_so_instead_of_showing_a_form()
    {
        Sender.On<GetEmployer>(_ => throw new NotFoundOrNotAllowedException());

        var cut = Render<EmployerForm>(p => p.Add(f => f.EmployerId, 99));

        cut.WaitForAssertion(() => Assert.Contains("Badan usaha tidak ditemukan atau Anda tidak berwenang melihatnya.", cut.Markup));
        Assert.Empty(cut.FindAll("form"));
    }

    private static void FillRequiredFields(IRenderedComponent<EmployerForm> cut)
    {
        cut.Find(".field-name input").Change("PT Sinar Banua");
        cut.Find(".field-address textarea").Change("Jl. Lambung Mangkurat No. 12");
        cut.Find(".field-district input").Change("Banjarmasin Tengah");
        cut.Find(".field-sector input").Change("Perdagangan");
    }

    private static MudTextField<string?> NppField(IRenderedComponent<EmployerForm> cut) =>
        cut.FindComponents<MudTextField<string?>>().Single(f => f.Instance.Label == "NPP").Instance;
}
