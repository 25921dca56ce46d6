using KejaksaanDatun.Web.Security;

namespace KejaksaanDatun.Web.Tests.Security;

public sealed class ReturnUrlsTests
{
    [Theory]
    [InlineData("/perkara-saya", "/perkara-saya")]
    [InlineData("/skk/12?tab=riwayat", "/skk/12?tab=riwayat")]
    [InlineData("/", "/")]
    public void A_local_return_address_is_kept(string returnUrl, string expected) =>
        Assert.Equal(expected, ReturnUrls.LocalOrHome(returnUrl));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://contoh.example/masuk")]
    [InlineData("//contoh.example")]
    [InlineData("/\\contoh.example")]
    [InlineData("perkara")]
    [InlineData("/perkara\r\nSet-Cookie: x")]
    public void Any_other_return_address_goes_to_the_home_page(string? returnUrl) =>
        Assert.Equal("/", ReturnUrls.LocalOrHome(returnUrl));
}
