using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Skk;

public class SearchSkkTests
{
    [Fact]
    public async Task Filters_narrow_the_list_and_every_row_matches_them()
    {
        await using var app = await TestApp.StartAsync();
        var kajati = await app.As("kajati.kalsel");
        var all = await app.Send(new SearchSkk { PageSize = 200 }, kajati);
        Assert.NotEmpty(all.Items);
        Assert.DoesNotContain(all.Items, r => r.Status == SkkStatus.Draft);

        var ditangani = await app.Send(new SearchSkk { Statuses = [SkkStatus.Ditangani], PageSize = 200 }, kajati);
        Assert.NotEmpty(ditangani.Items);
        Assert.All(ditangani.Items, r => Assert.Equal(SkkStatus.Ditangani, r.Status));
        Assert.Equal(all.Items.Count(r => r.Status == SkkStatus.Ditangani), ditangani.TotalCount);

        var type = all.Items[0].CaseType;
        var byType = await app.Send(new SearchSkk { CaseType = type, PageSize = 200 }, kajati);
        Assert.All(byType.Items, r => Assert.Equal(type, r.CaseType));

        var hst = await app.OfficeId("KEJARI-HST");
        var byOffice = await app.Send(new SearchSkk { OfficeId = hst, PageSize = 200 }, kajati);
        Assert.All(byOffice.Items, r => Assert.Equal("Kejaksaan Negeri Hulu Sungai Tengah", r.KejaksaanOfficeName));

        var employer = all.Items[0];
        var byName = await app.Send(new SearchSkk { Text = employer.EmployerName[3..12].ToUpperInvariant() }, kajati);
        Assert.Contains(byName.Items, r => r.Id == employer.Id);
        if (employer.Npp is not null)
            Assert.Contains((await app.Send(new SearchSkk { Text = employer.Npp }, kajati)).Items, r => r.Id == employer.Id);

        var cases = await app.Send(new SearchSkk { CasesOnly = true, PageSize = 200 }, kajati);
        Assert.All(cases.Items, r => Assert.NotNull(r.RegisterNumber));
    }

    [Fact]
    public async Task Sorting_and_paging_walk_the_whole_list_once()
    {
        await using var app = await TestApp.StartAsync();
        var bpjs = await app.As("bpjs.bjm");
        var everything = await app.Send(new SearchSkk { Sort = SkkSort.Total, Descending = false, PageSize = 200 }, bpjs);
        Assert.Equal(everything.Items.OrderBy(r => r.TotalArrearsSen).Select(r => r.TotalArrearsSen), everything.Items.Select(r => r.TotalArrearsSen));

        var pages = new List<SkkRow>();
        for (var page = 1; page <= (everything.TotalCount + 4) / 5; page++)
            pages.AddRange((await app.Send(new SearchSkk { Sort = SkkSort.Total, Descending = false, Page = page, PageSize = 5 }, bpjs)).Items);
        Assert.Equal(everything.Items.Select(r => r.Id), pages.Select(r => r.Id));
    }

    [Fact]
    public async Task A_search_text_with_like_wildcards_is_taken_literally()
    {
        await using var app = await TestApp.StartAsync();
        var result = await app.Send(new SearchSkk { Text = "%" }, await app.As("kajati.kalsel"));
        Assert.Empty(result.Items);
    }

    [Fact]
    public async Task A_date_range_that_ends_before_it_starts_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var refused = await Assert.ThrowsAsync<RequestValidationException>(async () => await
            app.Send(new SearchSkk { DateFrom = app.Today, DateTo = app.Today.AddDays(-1) }, await app.As("bpjs.bjm")));
        Assert.Contains("tidak boleh sebelum", refused.Message);
    }

    [Fact]
    public async Task Leadership_of_a_kejati_sees_the_cases_of_its_kejari_but_not_of_another_province()
    {
        await using var app = await TestApp.StartAsync();
        var kajati = await app.As("kajati.kalsel");
        var rows = (await app.Send(new SearchSkk { PageSize = 200 }, kajati)).Items;
        Assert.Contains(rows, r => r.KejaksaanOfficeName == "Kejaksaan Negeri Hulu Sungai Tengah");
        Assert.Contains(rows, r => r.KejaksaanOfficeName == "Kejaksaan Negeri Banjarmasin");
        Assert.DoesNotContain(rows, r => r.KejaksaanOfficeName == "Kejaksaan Negeri Palangka Raya");

        await using var db = app.NewDb();
        var kalselCount = await db.Skks.CountAsync(s => s.Status != SkkStatus.Draft && s.KejaksaanOffice!.Path.StartsWith(
            db.Offices.Single(o => o.Code == "KEJATI-KALSEL").Path));
        Assert.Equal(kalselCount, rows.Count);
    }

    [Fact]
    public async Task The_home_summary_counts_only_what_the_user_may_see()
    {
        await using var app = await TestApp.StartAsync();
        var jpn = await app.As("jpn.hst1");
        var summary = await app.Send(new GetHomeSummary(), jpn);
        var visible = await app.Send(new SearchSkk { PageSize = 200 }, jpn);
        Assert.Equal(visible.TotalCount, summary.CountByStatus.Values.Sum());
        Assert.Equal(0, summary.Count(SkkStatus.Draft));
    }
}
