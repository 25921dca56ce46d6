namespace KejaksaanDatun.Core.Domain;

/// <summary>Reads the time through the injected <see cref="TimeProvider"/> as an office experiences it.</summary>
public sealed class OfficeClock(TimeProvider time)
{
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    /// <summary>The calendar day at an office, which in WIT starts two hours before WIB's.</summary>
    public DateOnly Today(OfficeTimeZone zone) => DateOnly.FromDateTime(UtcNow.AddHours((int)zone));

    public static DateTime ToLocal(DateTime utc, OfficeTimeZone zone) => utc.AddHours((int)zone);
}
