using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Web.Components.Pages.Skk;

namespace KejaksaanDatun.Web.Tests.Components.Pages.Skk;

public sealed class SkkValidityTests : MudTestContext
{
    private static readonly Core.Domain.Skk Extended = new() { Number = "SKK.17/KC-BJM/112025", ValidUntil = new(2027, 11, 19) };

    [Fact]
    public void An_extended_skk_names_the_new_skk_and_lists_its_extensions_as_text()
    {
        var cut = Render<SkkValidity>(p => p.Add(v => v.Skk, Extended).Add(v => v.Extensions, [
            new SkkExtension
            {
                PreviousNumber = "SKK.17/KC-BJM/112025", PreviousValidUntil = new(2026, 11, 2), Number = "SKK.<b>88</b>/KC-BJM",
                Date = new(2026, 11, 20), ValidUntil = new(2027, 11, 19), GrantorName = "Ahmad Fauzan Noor", RecordedByName = "Rizky",
            },
        ]));

        Assert.Equal("19 November 2027 (diperpanjang dengan SKK No. SKK.<b>88</b>/KC-BJM tanggal 20 November 2026)",
            Normalize(cut.Find("[data-testid=skk-valid-until]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=skk-valid-until] b"));
        Assert.Contains("SKK No. SKK.17/KC-BJM/112025 s.d. 2 November 2026 diperpanjang", Normalize(cut.Find("[data-testid=skk-extension]").TextContent));
    }

    [Fact]
    public void An_skk_never_extended_shows_only_its_date()
    {
        var cut = Render<SkkValidity>(p => p.Add(v => v.Skk, Extended));

        Assert.Equal("19 November 2027", Normalize(cut.Find("[data-testid=skk-valid-until]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=skk-extension]"));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
