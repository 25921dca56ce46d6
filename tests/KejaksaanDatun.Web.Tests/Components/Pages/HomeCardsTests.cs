using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Web.Components.Pages;

namespace KejaksaanDatun.Web.Tests.Components.Pages;

public sealed class HomeCardsTests
{
    private static readonly HomeSummary Summary = new(
        new Dictionary<SkkStatus, int>
        {
            [SkkStatus.Draft] = 3, [SkkStatus.Diserahkan] = 5, [SkkStatus.Dikembalikan] = 2, [SkkStatus.Diterima] = 4,
            [SkkStatus.Ditangani] = 1200, [SkkStatus.Selesai] = 3,
        },
        OpenArrearsSen: 108_137_709_00, MyOpenCases: 4);

    [Fact]
    public void Bpjs_staff_see_their_drafts_and_returned_skk_linked_to_the_skk_list_by_status()
    {
        var cards = HomeCards.For(User(Institution.Bpjs, Roles.StafBpjs), Summary);

        Assert.Contains(new("Draf", "3", "/skk?status=Draft"), Summaries(cards));
        Assert.Contains(new("Dikembalikan", "2", "/skk?status=Dikembalikan"), Summaries(cards));
        Assert.DoesNotContain(cards, c => c.Title == "Perkara saya (aktif)");
    }

    [Fact]
    public void A_kejaksaan_head_sees_the_skk_waiting_in_the_inbox_linked_to_the_inbox()
    {
        var cards = HomeCards.For(User(Institution.Kejaksaan, Roles.PimpinanKejaksaan), Summary);

        var inbox = Assert.Single(cards, c => c.Title == "Diserahkan");
        Assert.Equal(("5", "menunggu di kotak masuk", HomeCards.InboxHref), (inbox.Value, inbox.Caption, inbox.Href));
        Assert.DoesNotContain(cards, c => c.Title == "Draf");
    }

    [Fact]
    public void A_jpn_sees_their_own_active_cases_and_not_the_leaderships_inbox()
    {
        var cards = HomeCards.For(User(Institution.Kejaksaan, Roles.Jpn), Summary);

        Assert.Contains(new("Perkara saya (aktif)", "4", HomeCards.MyCasesHref), Summaries(cards));
        Assert.Contains(new("Ditangani", "1.200", "/skk?status=Ditangani"), Summaries(cards));
        Assert.DoesNotContain(cards, c => c.Title is "Diserahkan" or "Diterima");
    }

    [Fact]
    public void Everyone_sees_the_arrears_in_handling_in_rupiah_first()
    {
        var cards = HomeCards.For(User(Institution.Kejaksaan, Roles.Admin), Summary);

        Assert.Equal(("Tunggakan dalam penanganan", "Rp108.137.709"), (cards[0].Title, cards[0].Value));
        Assert.Equal(Enum.GetValues<SkkStatus>().Length + 1, cards.Count);
    }

    private static UserContext User(Institution institution, string role) =>
        new("user-1", "Pengguna Uji", 3, "/1/2/3/", institution, new HashSet<string> { role });

    private static IEnumerable<(string Title, string Value, string Href)> Summaries(IEnumerable<HomeCard> cards) =>
        cards.Select(c => (c.Title, c.Value, c.Href));
}
