using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Data;

/// <summary>
/// Office scoping of PRODUCT.md §1, as query filters: a user sees their own office and the offices below it.
/// Every query that returns data a user asked for starts from one of these.
/// </summary>
public static class Visibility
{
    /// <summary>
    /// BPJS users see the SKK their office subtree granted; Kejaksaan users see the SKK handed to their office
    /// subtree (never BPJS's drafts); the administrator sees everything.
    /// </summary>
    public static IQueryable<Skk> VisibleTo(this IQueryable<Skk> skks, UserContext user)
    {
        if (user.IsAdmin) return skks;
        var path = user.OfficePath;
        return user.Institution == Institution.Bpjs
            ? skks.Where(s => s.BpjsOffice!.Path.StartsWith(path))
            : skks.Where(s => s.Status != SkkStatus.Draft && s.KejaksaanOffice!.Path.StartsWith(path));
    }

    /// <summary>BPJS users see the employers of their subtree; Kejaksaan users those of the cases they see.</summary>
    public static IQueryable<Employer> VisibleTo(this IQueryable<Employer> employers, IQueryable<Skk> skks, UserContext user)
    {
        if (user.IsAdmin) return employers;
        if (user.Institution == Institution.Bpjs)
        {
            var path = user.OfficePath;
            return employers.Where(e => e.BpjsOffice!.Path.StartsWith(path));
        }
        var visibleEmployerIds = skks.VisibleTo(user).Select(s => s.EmployerId);
        return employers.Where(e => visibleEmployerIds.Contains(e.Id));
    }

    /// <summary>An agreement is visible when one of its parties is in the user's subtree or above the user's office.</summary>
    public static IQueryable<Agreement> VisibleTo(this IQueryable<Agreement> agreements, UserContext user)
    {
        if (user.IsAdmin) return agreements;
        var path = user.OfficePath;
        return agreements.Where(a =>
            a.BpjsOffice!.Path.StartsWith(path) || a.KejaksaanOffice!.Path.StartsWith(path)
            || path.StartsWith(a.BpjsOffice!.Path) || path.StartsWith(a.KejaksaanOffice!.Path));
    }

    /// <summary>
    /// A case's letter is visible with its case. A letter of an office (the monthly report) is for the Kejaksaan
    /// leadership of that office and the offices above it, and the administrator: it ranks the office's JPN, which
    /// the dashboards show to the leadership only.
    /// </summary>
    public static IQueryable<Letter> VisibleTo(this IQueryable<Letter> letters, DatunDbContext db, UserContext user)
    {
        var skks = db.Skks.VisibleTo(user).Select(s => s.Id);
        if (!user.IsAdmin && !user.IsInRole(Roles.PimpinanKejaksaan))
            return letters.Where(l => l.SkkId != null && skks.Contains(l.SkkId.Value));
        var offices = db.Offices.InScopeOf(user).Select(o => o.Id);
        return letters.Where(l => l.SkkId != null ? skks.Contains(l.SkkId.Value) : offices.Contains(l.OfficeId));
    }

    public static IQueryable<Office> InScopeOf(this IQueryable<Office> offices, UserContext user)
    {
        if (user.IsAdmin) return offices;
        var path = user.OfficePath;
        return offices.Where(o => o.Path.StartsWith(path));
    }
}
