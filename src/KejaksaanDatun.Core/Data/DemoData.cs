namespace KejaksaanDatun.Core.Data;

public static class DemoData
{
    public static Task SeedAsync(IServiceProvider services, CancellationToken ct = default) => Task.CompletedTask;
}
