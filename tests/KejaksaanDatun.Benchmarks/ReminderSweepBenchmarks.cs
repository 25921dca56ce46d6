using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using KejaksaanDatun.Core;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Reminders;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Benchmarks;

/// <summary>
/// The daily re-planning sweep (<see cref="ReminderPlanner.ReplanAllAsync"/>) over a database made by
/// <c>datun seed --synthetic</c>, named by <c>DATUN_SYNTHETIC_DB</c> (a copy is used, the file itself is not changed).
/// The first pass plans every open case's reminders and is the warm-up; the measured passes are the steady state of
/// a daily sweep, which reads every open case and changes only what moved.
/// </summary>
[Config(typeof(InProcessSweeps))]
public class ReminderSweepBenchmarks
{
    private sealed class InProcessSweeps : ManualConfig
    {
        public InProcessSweeps() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithWarmupCount(1)
            .WithIterationCount(3).WithToolchain(InProcessEmitToolchain.Instance));
    }

    private ServiceProvider _services = null!;

    [GlobalSetup]
    public void Setup()
    {
        var source = Environment.GetEnvironmentVariable("DATUN_SYNTHETIC_DB")
            ?? throw new InvalidOperationException("Set DATUN_SYNTHETIC_DB to a database made by datun seed --synthetic.");
        var copy = Path.Combine(Path.GetTempPath(), "datun-bench", "sweep.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(source, copy, overwrite: true);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Datun"] = $"Data Source={copy}",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddDatunCore(configuration);
        services.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<DatunDbContext>();
        _services = services.BuildServiceProvider();
        using var db = _services.GetRequiredService<IDbContextFactory<DatunDbContext>>().CreateDbContext();
        var open = db.Skks.Count(s => s.Status == SkkStatus.Diterima || s.Status == SkkStatus.Ditangani);
        Console.WriteLine($"// {db.Skks.Count():N0} cases, {open:N0} open, {db.Reminders.Count():N0} reminders");
    }

    [Benchmark]
    public async Task<ReplanResult> Sweep()
    {
        using var scope = _services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().ReplanAllAsync();
        Console.WriteLine($"// created {result.Created:N0}, cancelled {result.Cancelled:N0}");
        return result;
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();
}
