namespace KejaksaanDatun.Web.Security;

public static class ReturnUrls
{
    /// <summary>
    /// The address to go to after signing in: the requested one when it stays on this site, else the home page.
    /// Anything else would let a crafted sign-in link send the user to another site.
    /// </summary>
    public static string LocalOrHome(string? returnUrl) => IsLocal(returnUrl) ? returnUrl! : "/";

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
