using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>
/// The period the synthetic data covers and the working days and office hours its steps fall on. The data ends on a
/// fixed day rather than today, so that a seed gives the same rows whenever it is run: nothing happens after
/// <see cref="LastDay"/>, and the cases still open then stay open.
/// </summary>
internal static class SyntheticCalendar
{
    /// <summary>The first SKK date; the agreements in force on it were signed the year before.</summary>
    public static readonly DateOnly FirstDay = new(2023, 1, 2);

    public static readonly DateOnly LastDay = new(2026, 10, 31);

    public static DateOnly LocalDay(DateTime utc, OfficeTimeZone zone) => DateOnly.FromDateTime(OfficeClock.ToLocal(utc, zone));

    public static DateOnly WorkingDay(DateOnly day, bool forward)
    {
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(forward ? 1 : -1);
        return day;
    }

    /// <summary>The working day on or after <paramref name="min"/> to <paramref name="max"/> days after <paramref name="day"/>.</summary>
    public static DateOnly After(DateOnly day, int min, int max, SyntheticRandom random) =>
        WorkingDay(day.AddDays(random.Between(min, max)), forward: true);

    /// <summary>A moment of office hours (08:00–15:59 local time) on <paramref name="day"/>, in UTC as stored.</summary>
    public static DateTime Instant(DateOnly day, OfficeTimeZone zone, SyntheticRandom random) =>
        At(day, random.Between(8, 15), random.Between(0, 59), zone);

    public static DateTime At(DateOnly day, int hour, int minute, OfficeTimeZone zone) =>
        DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(hour, minute)).AddHours(-(int)zone), DateTimeKind.Utc);
}
