using KejaksaanDatun.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KejaksaanDatun.Core.Tests.Infrastructure;

/// <summary>
/// Lets the tests run on a branch whose model is ahead of its migrations (they are generated once, when branches
/// are merged): after the migrations, the remaining difference between the snapshot and the model is applied
/// directly. When the migrations are up to date this does nothing; MigrationTests still reports them behind.
/// </summary>
internal static class SchemaCatchUp
{
    public static DatunDbContext NewContext(string file)
    {
        var options = new DbContextOptionsBuilder<DatunDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False").Apply(options);
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return new DatunDbContext(options.Options);
    }

    public static async Task ApplyModelChangesNotYetMigratedAsync(DatunDbContext db)
    {
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot?.Model;
        if (snapshot is IMutableModel mutable) snapshot = mutable.FinalizeModel();
        if (snapshot is not null) snapshot = db.GetService<IModelRuntimeInitializer>().Initialize(snapshot);
        var model = db.GetService<IDesignTimeModel>().Model;
        var operations = db.GetService<IMigrationsModelDiffer>()
            .GetDifferences(snapshot?.GetRelationalModel(), model.GetRelationalModel());
        if (operations.Count == 0) return;
        var commands = db.GetService<IMigrationsSqlGenerator>().Generate(operations, model);
        foreach (var command in commands) await db.Database.ExecuteSqlRawAsync(command.CommandText);
    }
}
