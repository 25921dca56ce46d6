using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using KejaksaanDatun.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.EndToEnd.Tests;

/// <summary>
/// The real web app, started as its own process on 127.0.0.1 with a fresh SQLite database that it migrates
/// and fills with demo data on first start, exactly as the README's run command does.
/// </summary>
public sealed class AppHost : IAsyncLifetime
{
    private Process? _process;
    private readonly StringBuilder _output = new();
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "datun-e2e", Guid.NewGuid().ToString("N"));

    public string BaseUrl { get; private set; } = "";
    private string ConnectionString => $"Data Source={Path.Combine(_dataFolder, "datun.db")}";
    public string Output { get { lock (_output) return _output.ToString(); } }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataFolder);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var webProject = Path.Combine(RepositoryRoot(), "src", "KejaksaanDatun.Web");
        var webDll = Path.Combine(webProject, "bin", BuildConfiguration(), "net10.0", "KejaksaanDatun.Web.dll");
        if (!File.Exists(webDll)) throw new InvalidOperationException($"The web app is not built: {webDll} is missing.");

        var start = new ProcessStartInfo("dotnet", [webDll, "--urls", BaseUrl])
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Datun"] = ConnectionString;
        // Journeys let days pass (a summons day arriving) through /uji/jam/maju.
        start.Environment["Clock__Adjustable"] = "true";
        _process = Process.Start(start) ?? throw new InvalidOperationException("The web app did not start.");
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilServing();
    }

    private async Task WaitUntilServing()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited) throw new InvalidOperationException("The web app stopped while starting:\n" + Output);
            try
            {
                var response = await http.GetAsync(BaseUrl + "/masuk");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(500);
        }
        throw new TimeoutException("The web app did not answer within 3 minutes:\n" + Output);
    }

    /// <summary>
    /// Moves the app's clock forward by whole days, as if the users came back later; the reminders that fell due are
    /// delivered when this returns.
    /// </summary>
    public async Task AdvanceClock(int days) => await PostClock($"maju?hari={days}");

    /// <summary>Moves the app's clock forward to an instant; the reminders that fell due are delivered when this returns.</summary>
    public async Task AdvanceClockTo(DateTimeOffset instant) =>
        await PostClock($"ke?waktu={Uri.EscapeDataString(instant.ToUniversalTime().ToString("O"))}");

    private async Task PostClock(string pathAndQuery)
    {
        using var http = new HttpClient();
        var response = await http.PostAsync($"{BaseUrl}/uji/jam/{pathAndQuery}", null);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Moving the clock failed: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The app's database, for a journey to find the demo record it starts from; never to change anything.</summary>
    public DatunDbContext ReadDatabase() =>
        new(new DbContextOptionsBuilder<DatunDbContext>().UseSqlite(ConnectionString).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options);

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        try { Directory.Delete(_dataFolder, recursive: true); } catch (IOException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "KejaksaanDatun.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("KejaksaanDatun.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Debug or Release: whichever this test assembly was built with.</summary>
    private static string BuildConfiguration() =>
        new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
}
