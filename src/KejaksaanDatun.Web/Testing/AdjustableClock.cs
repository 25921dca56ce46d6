using KejaksaanDatun.Core.Reminders;

namespace KejaksaanDatun.Web.Testing;

/// <summary>
/// A clock that runs like the system clock but can be moved forward, so that a browser journey can let days pass:
/// a summons day arriving, an installment falling due, an SKK expiring. It replaces the system clock only when
/// <c>Clock:Adjustable</c> is true, which the app accepts in the Development environment alone.
/// </summary>
public sealed class AdjustableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "The clock only moves forward.");
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }

    /// <summary>Moves the clock to an instant, which must not be in its past.</summary>
    public void AdvanceTo(DateTimeOffset instant) => Advance(instant - GetUtcNow());
}

public static class AdjustableClockSetup
{
    private const string Setting = "Clock:Adjustable";

    public static IServiceCollection AddAdjustableClockWhenConfigured(this IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>(Setting)) return services;
        var clock = new AdjustableClock();
        services.AddSingleton(clock);
        services.AddSingleton<TimeProvider>(clock);
        return services;
    }

    /// <summary>
    /// <c>POST /uji/jam/maju?hari=8</c> moves the clock forward by days, <c>POST /uji/jam/ke?waktu=2026-12-01T00:00:00Z</c>
    /// to an instant; for browser tests only. Either then delivers the reminders that fell due, as the dispatcher job
    /// would within the minute, so that a test knows what has been delivered when the call returns.
    /// </summary>
    public static WebApplication MapClockControlWhenConfigured(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>(Setting)) return app;
        if (!app.Environment.IsDevelopment())
            throw new InvalidOperationException($"{Setting} is for browser tests and is refused outside the Development environment.");
        app.MapPost("/uji/jam/maju", async (int hari, AdjustableClock clock, ReminderDispatcher dispatcher, CancellationToken ct) =>
        {
            if (hari is < 1 or > 3660) return Results.BadRequest("hari harus 1 sampai 3660.");
            clock.Advance(TimeSpan.FromDays(hari));
            return await DeliverDue(clock, dispatcher, ct);
        }).DisableAntiforgery();
        app.MapPost("/uji/jam/ke", async (DateTimeOffset waktu, AdjustableClock clock, ReminderDispatcher dispatcher, CancellationToken ct) =>
        {
            if (waktu < clock.GetUtcNow()) return Results.BadRequest("Jam hanya dapat dimajukan.");
            clock.AdvanceTo(waktu);
            return await DeliverDue(clock, dispatcher, ct);
        }).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> DeliverDue(AdjustableClock clock, ReminderDispatcher dispatcher, CancellationToken ct)
    {
        var delivered = await dispatcher.DispatchDueAsync(ct);
        return Results.Ok(new { now = clock.GetUtcNow(), delivered });
    }
}
