using KejaksaanDatun.Core;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Cli.Commands;

/// <summary>The services of the configured database: appsettings.json next to datun, then environment variables.</summary>
internal static class Database
{
    public static ServiceProvider Services(IReadOnlyDictionary<string, string?>? overrides)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        try
        {
            services.AddDatunCore(configuration);
        }
        catch (InvalidOperationException e)
        {
            throw new BadInputException($"Pengaturan basis data salah: {e.Message}");
        }
        services.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<DatunDbContext>();
        return services.BuildServiceProvider();
    }

    public static string Describe(IServiceProvider services)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        return settings.Provider == DatabaseProvider.Sqlite
            ? $"SQLite ({settings.ConnectionString})"
            : "SQL Server";
    }

    /// <summary>Database failures are bad input (wrong connection, unreachable server), reported without a stack trace.</summary>
    public static async Task<int> Guard(string action, Func<Task<int>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception e) when (e is not BadInputException and not UsageException)
        {
            throw new BadInputException($"Gagal {action}: {e.GetBaseException().Message}");
        }
    }
}
