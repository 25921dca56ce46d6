using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Web.Security;

/// <summary>
/// Groups of roles as the comma-separated lists that <c>[Authorize(Roles = …)]</c> and <c>AuthorizeView</c> take
/// (anyone holding one of them is let in), and the same groups as checks on a <see cref="UserContext"/>.
/// </summary>
public static class RoleGroups
{
    public const string Bpjs = Roles.StafBpjs + "," + Roles.PimpinanBpjs;
    public const string BpjsAndAdmin = Bpjs + "," + Roles.Admin;
    public const string KejaksaanAndAdmin = Roles.Jpn + "," + Roles.PimpinanKejaksaan + "," + Roles.Admin;
    /// <summary>Kasi Datun, Kajari, Kajati, Asdatun and the administrator: they issue the monthly report.</summary>
    public const string KejaksaanLeadershipAndAdmin = Roles.PimpinanKejaksaan + "," + Roles.Admin;

    /// <summary>The holders of <see cref="KejaksaanLeadershipAndAdmin"/>, who issue the monthly report.</summary>
    public static bool IssuesMonthlyReports(this UserContext user) => user.IsAdmin || user.IsInRole(Roles.PimpinanKejaksaan);

    /// <summary>BPJS staff and office heads: they maintain employers and draft SKK.</summary>
    public static bool HasBpjsRole(this UserContext user) => Roles.Bpjs.Any(user.IsInRole);
}
