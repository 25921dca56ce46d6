using KejaksaanDatun.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KejaksaanDatun.Migrations.SqlServer;

/// <summary>
/// Lets <c>dotnet ef</c> build the model without starting the web app. Generating migrations and scripts
/// never connects, so a placeholder connection string is enough unless one is given in the environment.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DatunDbContext>
{
    public DatunDbContext CreateDbContext(string[] args)
    {
        var connection = Environment.GetEnvironmentVariable("ConnectionStrings__Datun")
            ?? "Server=localhost;Database=KejaksaanDatun;Integrated Security=true;TrustServerCertificate=true";
        var options = new DbContextOptionsBuilder<DatunDbContext>()
            .UseSqlServer(connection, sql => sql.MigrationsAssembly(DatabaseSettings.SqlServerMigrationsAssembly))
            .Options;
        return new DatunDbContext(options);
    }
}
