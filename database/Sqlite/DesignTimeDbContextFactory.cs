using KejaksaanDatun.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KejaksaanDatun.Migrations.Sqlite;

/// <summary>
/// Lets <c>dotnet ef</c> build the model without starting the web app. The connection is only used by
/// commands that touch a database (e.g. <c>database update</c>); generating migrations never opens it.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DatunDbContext>
{
    public DatunDbContext CreateDbContext(string[] args)
    {
        var connection = Environment.GetEnvironmentVariable("ConnectionStrings__Datun") ?? "Data Source=design-time.db";
        var options = new DbContextOptionsBuilder<DatunDbContext>()
            .UseSqlite(connection, sqlite => sqlite.MigrationsAssembly(DatabaseSettings.SqliteMigrationsAssembly))
            .Options;
        return new DatunDbContext(options);
    }
}
