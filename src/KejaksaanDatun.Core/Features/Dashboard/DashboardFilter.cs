using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Features.Dashboard;

/// <summary>
/// What a dashboard counts: a period of office-local calendar days, an office subtree, and optionally one case type
/// and one JPN. Every dashboard query takes the same filter, so the figures of one screen always agree.
/// </summary>
/// <remarks>
/// <para>
/// The chosen office decides the view. A Kejaksaan office counts the SKK handed to it and the offices below it,
/// broken down by Kejaksaan offices (Kajati → Kejari); a BPJS office counts the SKK it and the offices below it
/// granted, broken down by BPJS offices. Either way only SKK handed over to the Kejaksaan count: a draft, or an SKK
/// returned as incomplete, is BPJS's until it is handed over again.
/// </para>
/// <para>
/// Days are calendar days in the time zone of the Kejaksaan office handling the case (WIB, WITA or WIT), whichever
/// office is chosen, so that a case falls on the same day in the Kejaksaan and the BPJS view and in every level of a
/// drill-down. An instant stored in UTC (handed over, closed) counts in the period when its local date lies within
/// <see cref="From"/>..<see cref="To"/>; a date that is already a calendar date (payment date, due date, registration
/// date) is compared as it is.
/// </para>
/// </remarks>
public sealed record DashboardFilter
{
    /// <summary>First day of the period, inclusive.</summary>
    public DateOnly From { get; init; }
    /// <summary>Last day of the period, inclusive.</summary>
    public DateOnly To { get; init; }
    /// <summary>The office whose subtree is counted; empty means the user's own office.</summary>
    public int? OfficeId { get; init; }
    public CaseType? CaseType { get; init; }
    /// <summary>Only the cases whose current JPN team this JPN leads (ketua tim).</summary>
    public string? JpnUserId { get; init; }

    /// <summary>The calendar year, the usual period of the reports.</summary>
    public static DashboardFilter Year(int year, int? officeId = null) =>
        new() { From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31), OfficeId = officeId };
}

/// <summary>Who reads which cases on the dashboards.</summary>
public static class DashboardReaders
{
    /// <summary>
    /// A JPN without a leadership role reads the figures of the cases they lead, never a colleague's: the case list
    /// already shows them their office's cases, but tables that rank colleagues are for the leadership.
    /// </summary>
    public static bool ReadsOwnCasesOnly(UserContext user) =>
        user.IsInRole(Roles.Jpn) && !user.IsInRole(Roles.PimpinanKejaksaan) && !user.IsAdmin;
}

/// <summary>A request that reads dashboard figures under a <see cref="DashboardFilter"/>.</summary>
public interface IDashboardQuery
{
    DashboardFilter Filter { get; }
}

public sealed class DashboardFilterValidator : AbstractValidator<DashboardFilter>
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
    public static readonly DateOnly FirstDay = new(FirstYear, 1, 1);
    public static readonly DateOnly LastDay = new(LastYear, 12, 31);

    public DashboardFilterValidator()
    {
        RuleFor(x => x.From).Must(d => d.Year is >= FirstYear and <= LastYear)
            .WithMessage($"Tanggal awal periode harus antara tahun {FirstYear} dan {LastYear}.");
        RuleFor(x => x.To).Must(d => d.Year is >= FirstYear and <= LastYear)
            .WithMessage($"Tanggal akhir periode harus antara tahun {FirstYear} dan {LastYear}.");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).WithMessage("Tanggal akhir periode tidak boleh sebelum tanggal awal.");
        RuleFor(x => x.CaseType).IsInEnum().WithMessage("Jenis perkara tidak dikenal.");
        RuleFor(x => x.JpnUserId).MaximumLength(450).WithMessage("JPN tidak dikenal.");
    }
}

/// <summary>Checks the filter of every dashboard query with the same rules and messages.</summary>
public abstract class DashboardQueryValidator<T> : AbstractValidator<T> where T : IDashboardQuery
{
    protected DashboardQueryValidator() => RuleFor(x => x.Filter).NotNull().SetValidator(new DashboardFilterValidator());
}
