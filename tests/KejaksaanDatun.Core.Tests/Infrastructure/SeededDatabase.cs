using KejaksaanDatun.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Core.Tests.Infrastructure;

/// <summary>Migrates and seeds one SQLite file per test run; every test gets a copy of it.</summary>
internal static class SeededDatabase
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "datun-tests", Guid.NewGuid().ToString("N"));
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public static async Task<string> CopyAsync()
    {
        var template = await Template.Value;
        var copy = Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".db");
        File.Copy(template, copy);
        return copy;
    }

    private static async Task<string> CreateTemplateAsync()
    {
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, "template.db");
        await using var services = TestApp.BuildServices(file, TimeProvider.System);
        await using (var db = SchemaCatchUp.NewContext(file))
        {
            await db.UpgradeAsync(TimeProvider.System);
            await SchemaCatchUp.ApplyModelChangesNotYetMigratedAsync(db);
        }
        await DemoData.SeedAsync(services);
        return file;
    }
}
