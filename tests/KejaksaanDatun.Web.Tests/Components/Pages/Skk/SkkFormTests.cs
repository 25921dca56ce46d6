using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Employers;
using KejaksaanDatun.Core.Features.Offices;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Web.Components.Pages.Skk;
using KejaksaanDatun.Web.Components.Shared;
using MudBlazor;

namespace KejaksaanDatun.Web.Tests.Components.Pages.Skk;

public sealed class SkkFormTests : PageTestContext
{
    private static readonly Employer Murakata = new()
    {
        Id = 7, Name = "PT Murakata Sawit Lestari", Npp = "40490807", Address = "Jl. Raya Barabai–Birayang Km. 9",
        District = "Batang Alai Selatan", Sector = "Perkebunan kelapa sawit", WorkerCount = 145,
    };

    public SkkFormTests() : base(Roles.StafBpjs, Institution.Bpjs)
    {
        Sender.On<ListOffices>(_ => new List<OfficeOption>
        {
            new(3, "BPJS-BJM", "BPJS Ketenagakerjaan Cabang Banjarmasin", OfficeKind.BpjsKancab, 2, "/1/2/3/", OfficeTimeZone.WITA,
                "Ahmad Fauzan Noor", "Kepala BPJS Ketenagakerjaan Cabang Banjarmasin"),
            new(12, "KEJARI-HST", "Kejaksaan Negeri Hulu Sungai Tengah", OfficeKind.Kejari, 10, "/9/10/12/", OfficeTimeZone.WITA, "Trimo, S.H., M.H.", ""),
        });
        Sender.On<GetEmployer>(_ => new EmployerDetails(Murakata, "BPJS Ketenagakerjaan Cabang Banjarmasin", 0));
        GoTo("skk/baru?badanUsaha=7");
    }

    [Fact]
    public void A_new_skk_starts_with_the_employer_the_signing_head_and_the_last_twelve_months()
    {
        var cut = Render<SkkForm>();
        cut.WaitForAssertion(() => Assert.Contains("PT Murakata Sawit Lestari", cut.Find("[data-testid=skk-employer]").GetAttribute("value")));
        cut.WaitForAssertion(() => Assert.Contains("Ahmad Fauzan Noor", cut.Markup));
        var picker = cut.FindComponents<DateOnlyPicker>().Single(p => p.Instance.Label == "Periode akhir");
        var periodTo = picker.Instance.Value!.Value;
        var periodFrom = cut.FindComponents<DateOnlyPicker>().Single(p => p.Instance.Label == "Periode awal").Instance.Value!.Value;
        Assert.Equal(periodTo.AddMonths(-11), periodFrom);
    }

    [Fact]
    public void Filling_the_lines_from_monthly_contributions_gives_one_line_per_month_and_program_and_exact_totals()
    {
        var cut = Render<SkkForm>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=monthly-Jkk]"));
        cut.Find("[data-testid=monthly-Jkk]").Change("45.900");
        cut.Find("[data-testid=monthly-Jht]").Change("484.500");

        cut.Find("button[data-testid=fill-lines]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Jumlah (24 baris)", cut.Markup));
        cut.WaitForAssertion(() => Assert.Equal("Rp6.364.800", cut.Find("[data-testid=total-iuran]").TextContent.Trim()));
    }

    [Fact]
    public void A_monthly_contribution_that_is_not_an_amount_is_reported_and_no_lines_are_made()
    {
        var cut = Render<SkkForm>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=monthly-Jkk]"));
        cut.Find("[data-testid=monthly-Jkk]").Change("empat puluh ribu");

        cut.Find("button[data-testid=fill-lines]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Iuran JKK bukan angka rupiah yang benar.", cut.Markup));
        Assert.Contains("Jumlah (0 baris)", cut.Markup);
    }

    [Fact]
    public async Task A_negative_line_is_refused_on_its_field_and_a_corrected_draft_is_sent_with_all_lines()
    {
        Sender.On<DraftSkk>(_ => 55);
        var cut = Render<SkkForm>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=monthly-Jkk]"));
        cut.Find("[data-testid=skk-number]").Change("SKK.101/KC-BJM/HK/112026");
        var office = cut.FindComponents<MudSelect<int>>().Single(s => s.Instance.Label == "Kejaksaan tujuan");
        await cut.InvokeAsync(() => office.Instance.ValueChanged.InvokeAsync(12));
        cut.Find("[data-testid=monthly-Jkk]").Change("45.900");
        cut.Find("button[data-testid=fill-lines]").Click();
        cut.WaitForElements("input[aria-label=Iuran]", 12)[2].Change("-45.900");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Iuran tidak boleh negatif.", cut.Markup));
        Assert.Empty(Sender.SentOf<DraftSkk>());

        cut.FindAll("input[aria-label=Iuran]")[2].Change("45.900");
        cut.Find("form").Submit();

        var sent = cut.WaitFor(() => Assert.Single(Sender.SentOf<DraftSkk>()));
        Assert.Equal((7, 12, 12), (sent.EmployerId, sent.KejaksaanOfficeId, sent.Lines.Count));
        Assert.Equal(Money.FromRupiah(12L * 45_900), sent.TotalIuran);
        cut.WaitForAssertion(() => Assert.Equal("/skk/55", CurrentPath));
    }
}
