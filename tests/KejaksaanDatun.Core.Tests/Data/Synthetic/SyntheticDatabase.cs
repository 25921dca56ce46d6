using System.Security.Cryptography;
using System.Text;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Data.Synthetic;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Core.Tests.Data.Synthetic;

/// <summary>
/// A SQLite file migrated and filled with synthetic data once, shared by the tests of a class. Its clock stands on the
/// day the data ends, as it would the day the data was made.
/// </summary>
public sealed class SyntheticDatabase : IAsyncLifetime
{
    public static readonly SyntheticOptions Options = new(Cases: 2_000, Payments: 10_000, Seed: 7);

    private readonly string _file = NewFile();

    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 10, 31, 12, 0, 0, TimeSpan.Zero));
    public ServiceProvider Services { get; private set; } = null!;
    public SyntheticSummary Summary { get; private set; } = null!;

    public async Task InitializeAsync() => (Services, Summary) = await CreateAsync(_file, Options, Clock);

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        File.Delete(_file);
    }

    public DatunDbContext NewDb() => NewDb(Services);

    public async Task<UserContext> As(string userName)
    {
        await using var db = NewDb();
        var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        return await UserContextLoader.LoadAsync(db, userId);
    }

    public Task<T> Send<T>(Mediator.IQuery<T> query, UserContext user) => Services.GetRequiredService<RequestDispatcher>().Send(query, user);

    public static string NewFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "datun-tests");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"synthetic-{Guid.NewGuid():N}.db");
    }

    public static async Task<(ServiceProvider Services, SyntheticSummary Summary)> CreateAsync(string file, SyntheticOptions options, TimeProvider clock)
    {
        var services = TestApp.BuildServices(file, clock);
        await using (var db = NewDb(services)) await db.UpgradeAsync(clock);
        return (services, await SyntheticData.SeedAsync(services, options));
    }

    private static DatunDbContext NewDb(IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<DatunDbContext>>().CreateDbContext();

    /// <summary>The tables the synthetic data fills (what migrate writes, such as templates and their audit entries, is not its own).</summary>
    private static readonly string[] Tables =
    [
        "Offices", "AspNetRoles", "AspNetUsers", "AspNetUserRoles", "Agreements", "Employers", "NumberSequences", "Skks", "ArrearsLines",
        "JpnTeams", "JpnTeamMembers", "CaseEvents", "InstallmentPlans", "Installments", "Payments", "RegistrationOutcomes",
        "LitigationRecords", "CaseReports",
    ];

    /// <summary>SHA-256 over every value of every row of those tables, in storage order.</summary>
    public static async Task<string> ChecksumAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in Tables)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"\u001d{table}"));
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                    hash.AppendData(Encoding.UTF8.GetBytes($"{(reader.IsDBNull(i) ? "∅" : reader.GetValue(i))}\u001f"));
                hash.AppendData("\u001e"u8);
            }
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
