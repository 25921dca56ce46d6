using KejaksaanDatun.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace KejaksaanDatun.Core.Tests.Data;

public class MigrationTests
{
    [Theory]
    [InlineData("Sqlite", "Data Source=unused.db")]
    [InlineData("SqlServer", "Server=localhost;Database=Datun;Trusted_Connection=True;TrustServerCertificate=True")]
    public void Neither_provider_has_pending_model_changes(string provider, string connection)
    {
        // Building the model needs no server: HasPendingModelChanges compares it with the migrations' snapshot.
        var settings = DatabaseSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Datun"] = connection,
        }).Build());
        var options = new DbContextOptionsBuilder<DatunDbContext>();
        settings.Apply(options);
        using var db = new DatunDbContext(options.Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"Run database/add-migration.sh <Name>: the {provider} migrations are behind the model.");
    }

    [Fact]
    public void The_idempotent_sql_server_script_is_generated_from_the_current_migrations()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "KejaksaanDatun.sln"))) root = root.Parent!;
        var script = File.ReadAllText(Path.Combine(root.FullName, "database", "sqlserver-scripts", "datun-idempotent.sql"));
        var options = new DbContextOptionsBuilder<DatunDbContext>();
        new DatabaseSettings(DatabaseProvider.SqlServer, "Server=localhost;Database=Datun").Apply(options);
        using var db = new DatunDbContext(options.Options);
        Assert.All(db.Database.GetMigrations(), migration => Assert.Contains(migration, script));
        Assert.Contains("IF NOT EXISTS", script);
    }
}
