using KejaksaanDatun.Core.Data.Synthetic;
using Microsoft.Data.Sqlite;

namespace KejaksaanDatun.Core.Tests.Data.Synthetic;

public sealed class SyntheticDataDeterminismTests
{
    private static readonly SyntheticOptions Small = new(Cases: 300, Payments: 1_500, Seed: 11);

    [Fact]
    public async Task The_same_seed_gives_byte_identical_rows_and_another_seed_other_rows()
    {
        var files = new[] { SyntheticDatabase.NewFile(), SyntheticDatabase.NewFile(), SyntheticDatabase.NewFile() };
        try
        {
            // Made on different days: the data does not depend on the clock.
            await Create(files[0], Small, new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
            await Create(files[1], Small, new DateTimeOffset(2027, 3, 1, 17, 0, 0, TimeSpan.Zero));
            await Create(files[2], Small with { Seed = 12 }, new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

            var sums = await Task.WhenAll(files.Select(SyntheticDatabase.ChecksumAsync));
            Assert.Equal(sums[0], sums[1]);
            Assert.NotEqual(sums[0], sums[2]);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in files) File.Delete(file);
        }
    }

    [Fact]
    public async Task A_database_that_holds_data_already_is_refused()
    {
        var file = SyntheticDatabase.NewFile();
        try
        {
            var services = await Create(file, Small, DateTimeOffset.UtcNow);
            await using (services)
            {
                var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SyntheticData.SeedAsync(services, Small));
                Assert.Contains("empty database", refused.Message);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<Microsoft.Extensions.DependencyInjection.ServiceProvider> Create(string file, SyntheticOptions options, DateTimeOffset now)
    {
        var (services, _) = await SyntheticDatabase.CreateAsync(file, options, new Infrastructure.TestClock(now));
        return services;
    }
}
