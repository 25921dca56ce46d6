using BenchmarkDotNet.Attributes;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Benchmarks;

/// <summary>
/// Each dashboard query through the mediator, as the dashboard page sends it, for the year 2025: nationally (the
/// administrator at Kejaksaan Agung), for the Kejati with the most cases (its Kajati) and, in the BPJS view, for the
/// Kanwil whose offices granted the most SKK. Target: ≤ 150 ms each on
/// 200,000 cases and 2,000,000 payments (see <see cref="NationalDatabase"/>).
/// </summary>
[Config(typeof(NationalDatabase.InProcess))]
public class DashboardBenchmarks
{
    public enum Level { Nasional, Kejati, KanwilBpjs }

    [ParamsAllValues]
    public Level Scope { get; set; }

    private NationalDatabase _database = null!;
    private UserContext _user = null!;
    private DashboardFilter _filter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _database = NationalDatabase.Open();
        _user = Scope switch { Level.Nasional => _database.Administrator, Level.Kejati => _database.Kajati, _ => _database.Kanwil };
        _filter = DashboardFilter.Year(2025, _user.OfficeId);
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [Benchmark]
    public Task<DashboardSummary> Summary() => _database.Send(new GetDashboardSummary(_filter), _user);

    [Benchmark]
    public Task<IReadOnlyList<OfficeFiguresRow>> ByOffice() => _database.Send(new GetFiguresByOffice(_filter), _user);

    [Benchmark]
    public Task<IReadOnlyList<JpnFiguresRow>> ByJpn() => _database.Send(new GetFiguresByJpn(_filter), _user);

    [Benchmark]
    public Task<IReadOnlyList<CaseTypeFiguresRow>> ByCaseType() => _database.Send(new GetFiguresByCaseType(_filter), _user);

    [Benchmark]
    public Task<IReadOnlyList<MonthFiguresRow>> MonthlyTrend() => _database.Send(new GetMonthlyTrend(_filter), _user);

    [Benchmark]
    public Task<IReadOnlyList<OutstandingEmployerRow>> TopOutstandingEmployers() =>
        _database.Send(new GetTopOutstandingEmployers(_filter), _user);

    [Benchmark]
    public Task<IReadOnlyList<AgingRow>> OpenCaseAging() => _database.Send(new GetOpenCaseAging(_filter), _user);
}
