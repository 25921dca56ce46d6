using BenchmarkDotNet.Attributes;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Features.Skk;

namespace KejaksaanDatun.Benchmarks;

/// <summary>
/// The first page of the case lists as their pages send it (<see cref="SearchSkk"/>, 25 rows, newest first, with the
/// total count): "Perkara" of the Kejari with the most cases for its Kasi Datun, and "Perkara saya" of the JPN who leads
/// the most cases. Target: ≤ 50 ms on 200,000 cases (see <see cref="NationalDatabase"/>).
/// </summary>
[Config(typeof(NationalDatabase.InProcess))]
public class CaseListBenchmarks
{
    private NationalDatabase _database = null!;

    [GlobalSetup]
    public void Setup() => _database = NationalDatabase.Open();

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [Benchmark]
    public Task<PagedResult<SkkRow>> OfficeCases() => _database.Send(new SearchSkk { CasesOnly = true }, _database.KasiDatun);

    [Benchmark]
    public Task<PagedResult<SkkRow>> MyCases() =>
        _database.Send(new SearchSkk { CasesOnly = true, JpnUserId = _database.Jpn.UserId }, _database.Jpn);
}
