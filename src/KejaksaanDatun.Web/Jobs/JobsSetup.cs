using Hangfire;
using Hangfire.Dashboard;
using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Web.Jobs;

public static class JobsSetup
{
    /// <summary>
    /// Hangfire with in-memory storage by default: the application database is the source of truth for every
    /// job's state, so losing Hangfire's own storage loses nothing. <c>Hangfire:Storage=SqlServer</c> keeps
    /// the queue in SQL Server (the Datun connection string) for production.
    /// </summary>
    public static IServiceCollection AddDatunJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration["Hangfire:Storage"] ?? "InMemory";
        services.AddHangfire(hangfire =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (storage.Equals("SqlServer", StringComparison.OrdinalIgnoreCase))
                hangfire.UseSqlServerStorage(configuration.GetConnectionString("Datun"));
            else if (storage.Equals("InMemory", StringComparison.OrdinalIgnoreCase))
                hangfire.UseInMemoryStorage();
            else
                throw new InvalidOperationException($"Hangfire:Storage '{storage}' tidak dikenal; gunakan InMemory atau SqlServer.");
        });
        services.AddTransient<ReminderJobs>();
        services.AddHangfireServer(options => options.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        return services;
    }

    /// <summary>The dashboard at /hangfire, for administrators only.</summary>
    public static void MapDatunJobsDashboard(this WebApplication app) =>
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdministratorsOnly()],
            DashboardTitle = "KejaksaanDatun · Pekerjaan latar belakang",
        });

    /// <summary>
    /// Replaces Hangfire's default filter, which lets in every request from the local machine: here even a request
    /// from 127.0.0.1 must come from a signed-in administrator.
    /// </summary>
    private sealed class AdministratorsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().User is { Identity.IsAuthenticated: true } user && user.IsInRole(Roles.Admin);
    }
}
