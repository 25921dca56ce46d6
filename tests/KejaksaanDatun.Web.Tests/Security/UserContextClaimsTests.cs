using System.Security.Claims;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Web.Security;

namespace KejaksaanDatun.Web.Tests.Security;

public sealed class UserContextClaimsTests
{
    [Fact]
    public void The_sign_in_claims_give_the_user_their_office_scope_and_roles()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "u-17"),
            new Claim(ClaimTypes.Name, "jpn.hst"),
            new Claim(ClaimTypes.Role, Roles.Jpn),
            new Claim(DatunClaimTypes.FullName, "Rahmat Hidayat, S.H."),
            new Claim(DatunClaimTypes.OfficeId, "9"),
            new Claim(DatunClaimTypes.OfficePath, "/1/4/9/"),
            new Claim(DatunClaimTypes.OfficeName, "Kejaksaan Negeri Hulu Sungai Tengah"),
            new Claim(DatunClaimTypes.Institution, nameof(Institution.Kejaksaan)),
        ], authenticationType: "Identity.Application"));

        var user = principal.ToUserContext();

        Assert.NotNull(user);
        Assert.Equal("u-17", user.UserId);
        Assert.Equal("Rahmat Hidayat, S.H.", user.Name);
        Assert.Equal(9, user.OfficeId);
        Assert.Equal("/1/4/9/", user.OfficePath);
        Assert.Equal(Institution.Kejaksaan, user.Institution);
        Assert.True(user.IsInRole(Roles.Jpn));
        Assert.False(user.IsAdmin);
        Assert.Equal("Jaksa Pengacara Negara", principal.RoleLabels());
    }

    [Fact]
    public void An_anonymous_visitor_has_no_user_context() =>
        Assert.Null(new ClaimsPrincipal(new ClaimsIdentity()).ToUserContext());

    [Fact]
    public void A_cookie_without_office_claims_has_no_user_context()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "u-17")], authenticationType: "Identity.Application"));

        Assert.Null(principal.ToUserContext());
    }
}
