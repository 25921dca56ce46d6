using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Employers;
using KejaksaanDatun.Web.Components.Pages.Employers;

namespace KejaksaanDatun.Web.Tests.Components.Pages.Employers;

public abstract class EmployerDetailTests(string role, Institution institution) : PageTestContext(role, institution)
{
    protected static readonly Employer Pandawan = new()
    {
        Id = 9, Name = "CV Pandawan <b>Mitra</b> Usaha", Npp = null, Address = "Jl. Pandawan RT 3", District = "Pandawan",
        Sector = "Perdagangan eceran", WorkerCount = 1250, CreatedAt = new DateTime(2026, 1, 16, 17, 30, 0, DateTimeKind.Utc),
        BpjsOffice = new Office { Name = "BPJS Ketenagakerjaan Cabang Banjarmasin", TimeZone = OfficeTimeZone.WITA },
    };

    protected IRenderedComponent<EmployerDetail> RenderPandawan()
    {
        Sender.On<GetEmployer>(_ => new EmployerDetails(Pandawan, "BPJS Ketenagakerjaan Cabang Banjarmasin", 2));
        var cut = Render<EmployerDetail>(p => p.Add(d => d.EmployerId, Pandawan.Id));
        cut.WaitForAssertion(() => Assert.Contains("Jl. Pandawan RT 3", cut.Markup));
        return cut;
    }
}

public sealed class EmployerDetailForBpjsStaffTests() : EmployerDetailTests(Roles.StafBpjs, Institution.Bpjs)
{
    [Fact]
    public void Bpjs_staff_can_edit_the_employer_and_draft_an_skk_for_it()
    {
        var cut = RenderPandawan();

        Assert.Equal("/badan-usaha/9/ubah", cut.Find("a:contains('Ubah')").GetAttribute("href"));
        Assert.Equal("/skk/baru?badanUsaha=9", cut.Find("a:contains('Buat SKK')").GetAttribute("href"));
    }

    [Fact]
    public void An_employer_without_npp_is_marked_pwbd_and_its_name_is_shown_as_text()
    {
        var cut = RenderPandawan();

        Assert.Contains("PWBD", cut.Markup);
        Assert.Contains("CV Pandawan &lt;b&gt;Mitra&lt;/b&gt; Usaha", cut.Markup);
        Assert.Empty(cut.FindAll("h1 b"));
    }

    [Fact]
    public void Counts_and_dates_are_written_the_Indonesian_way_in_the_offices_time_zone()
    {
        var cut = RenderPandawan();

        Assert.Contains("1.250", cut.Markup);
        // 17:30 UTC is already the next morning in WITA.
        Assert.Contains("17 Januari 2026", cut.Markup);
    }

    [Fact]
    public void An_employer_outside_the_users_scope_shows_a_friendly_message_instead_of_details()
    {
        Sender.On<GetEmployer>(_ => throw new NotFoundOrNotAllowedException());

        var cut = Render<EmployerDetail>(p => p.Add(d => d.EmployerId, 404));

        cut.WaitForAssertion(() => Assert.Contains("Badan usaha tidak ditemukan atau Anda tidak berwenang melihatnya.", cut.Markup));
        Assert.Contains(new NotFoundOrNotAllowedException().Message, Snackbars);
        Assert.Empty(cut.FindAll("a:contains('Buat SKK')"));
    }
}

public sealed class EmployerDetailForJpnTests() : EmployerDetailTests(Roles.Jpn, Institution.Kejaksaan)
{
    [Fact]
    public void A_jpn_reads_the_employer_but_cannot_edit_it_or_draft_an_skk()
    {
        var cut = RenderPandawan();

        Assert.Contains("Perdagangan eceran", cut.Markup);
        Assert.Empty(cut.FindAll("a:contains('Ubah')"));
        Assert.Empty(cut.FindAll("a:contains('Buat SKK')"));
    }
}
