using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Core.Tests.Infrastructure;

/// <summary>
/// The application's services over a real SQLite file of its own: a copy of one database that was migrated
/// and filled with the demo data once per test run, so each test starts from the same state and runs alone.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _file;
    private readonly Dictionary<string, UserContext> _users = [];

    private TestApp(ServiceProvider services, string file, TestClock clock)
    {
        _services = services;
        _file = file;
        Clock = clock;
    }

    public TestClock Clock { get; }
    public DateOnly Today => new OfficeClock(Clock).Today(OfficeTimeZone.WITA);
    public IServiceProvider Services => _services;

    /// <summary>Where this test's attachments are stored; removed with the database.</summary>
    public string AttachmentDirectory => AttachmentDirectoryOf(_file);

    private static string AttachmentDirectoryOf(string file) => file + "-lampiran";

    public static async Task<TestApp> StartAsync()
    {
        var file = await SeededDatabase.CopyAsync();
        var clock = new TestClock(DateTimeOffset.UtcNow);
        return new TestApp(BuildServices(file, clock), file, clock);
    }

    internal static ServiceProvider BuildServices(string file, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            // No pooling: each test's file is deleted at the end and must not be held open.
            ["ConnectionStrings:Datun"] = $"Data Source={file};Pooling=False",
            ["Attachments:Directory"] = AttachmentDirectoryOf(file),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddDatunCore(configuration);
        services.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<DatunDbContext>();
        return services.BuildServiceProvider();
    }

    /// <summary>The request context of a demo user, as the web app builds it at sign-in.</summary>
    public async Task<UserContext> As(string userName)
    {
        if (_users.TryGetValue(userName, out var known)) return known;
        await using var db = NewDb();
        var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        var context = await UserContextLoader.LoadAsync(db, userId);
        _users[userName] = context;
        return context;
    }

    public Task<T> Send<T>(ICommand<T> command, UserContext user) =>
        _services.GetRequiredService<RequestDispatcher>().Send(command, user);

    public Task<T> Send<T>(IQuery<T> query, UserContext user) =>
        _services.GetRequiredService<RequestDispatcher>().Send(query, user);

    /// <summary>A context of its own, for looking at what was saved.</summary>
    public DatunDbContext NewDb() => _services.GetRequiredService<IDbContextFactory<DatunDbContext>>().CreateDbContext();

    public async Task<int> OfficeId(string code)
    {
        await using var db = NewDb();
        return await db.Offices.Where(o => o.Code == code).Select(o => o.Id).SingleAsync();
    }

    public async Task<long> VersionOf(int skkId)
    {
        await using var db = NewDb();
        return await db.Skks.Where(s => s.Id == skkId).Select(s => s.Version).SingleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        File.Delete(_file);
        if (Directory.Exists(AttachmentDirectory)) Directory.Delete(AttachmentDirectory, recursive: true);
    }
}

/// <summary>A clock the test moves by hand.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}
