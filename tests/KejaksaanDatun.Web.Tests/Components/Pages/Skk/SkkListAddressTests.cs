using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Features.Offices;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Web.Components.Pages.Skk;

namespace KejaksaanDatun.Web.Tests.Components.Pages.Skk;

/// <summary>The case list reads the office and JPN from its address, as the dashboard links a JPN's row to it.</summary>
public sealed class SkkListAddressTests : PageTestContext
{
    public SkkListAddressTests() : base(Roles.PimpinanKejaksaan, Institution.Kejaksaan)
    {
        Sender.On<ListOffices>(_ => (IReadOnlyList<OfficeOption>)[])
            .On<ListJpn>(_ => (IReadOnlyList<JpnOption>)[new JpnOption("jpn-rina", "Rina Marlina, S.H.", "Jaksa Muda", "1")])
            .On<SearchSkk>(q => new PagedResult<SkkRow>([], 0, q.Page, q.PageSize));
    }

    [Fact]
    public void The_office_and_jpn_of_the_dashboards_link_narrow_the_cases()
    {
        GoTo("/perkara?kantor=6&jpn=jpn-rina");
        var page = Render<SkkList>();

        page.WaitForAssertion(() => Assert.Contains(Sender.SentOf<SearchSkk>(), q => q is { OfficeId: 6, JpnUserId: "jpn-rina", CasesOnly: true }));
        Assert.Equal(6, Assert.Single(Sender.SentOf<ListJpn>()).OfficeId);
        Assert.Empty(page.FindAll("[data-testid=filter-problems]"));
    }

    [Theory]
    [InlineData("HST")]
    [InlineData("-4")]
    [InlineData("6.5")]
    public void An_office_that_is_not_a_number_is_ignored_and_the_page_says_so(string office)
    {
        GoTo($"/perkara?kantor={Uri.EscapeDataString(office)}");
        var page = Render<SkkList>();

        page.WaitForAssertion(() => Assert.Contains($"Kantor \"{office}\" pada alamat tidak dikenal",
            page.Find("[data-testid=filter-problems]").TextContent));
        page.WaitForAssertion(() => Assert.NotEmpty(Sender.SentOf<SearchSkk>()));
        Assert.All(Sender.SentOf<SearchSkk>(), q => Assert.Null(q.OfficeId));
        Assert.Equal(3, Assert.Single(Sender.SentOf<ListJpn>()).OfficeId);
    }
}
