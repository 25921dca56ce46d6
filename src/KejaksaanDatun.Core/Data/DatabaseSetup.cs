using KejaksaanDatun.Core.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace KejaksaanDatun.Core.Data;

public enum DatabaseProvider { Sqlite, SqlServer }

/// <summary>Which database to use, from <c>Database:Provider</c> and <c>ConnectionStrings:Datun</c>.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteMigrationsAssembly = "KejaksaanDatun.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "KejaksaanDatun.Migrations.SqlServer";
    public const string DefaultSqliteConnection = "Data Source=data/datun.db";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
            throw new InvalidOperationException(
                $"Database:Provider '{providerText}' tidak dikenal; gunakan Sqlite atau SqlServer.");
        var connection = configuration.GetConnectionString("Datun");
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == DatabaseProvider.SqlServer)
                throw new InvalidOperationException("ConnectionStrings:Datun wajib diisi untuk SqlServer.");
            connection = DefaultSqliteConnection;
        }
        return new DatabaseSettings(provider, connection);
    }

    public void Apply(DbContextOptionsBuilder options)
    {
        if (Provider == DatabaseProvider.SqlServer)
        {
            options.UseSqlServer(ConnectionString, sql => sql.MigrationsAssembly(SqlServerMigrationsAssembly));
        }
        else
        {
            EnsureSqliteFolder();
            options.UseSqlite(ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
        }
    }

    /// <summary>A relative SQLite file lives in a data folder that may not exist on a fresh clone.</summary>
    private void EnsureSqliteFolder()
    {
        var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
