using System.Diagnostics;
using System.Threading.Channels;
using KejaksaanDatun.Core.Features.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>How far the writing has got.</summary>
public sealed record SyntheticProgress(long CasesWritten, long Cases, long PaymentsWritten, TimeSpan Elapsed);

/// <summary>What was written and how long it took.</summary>
public sealed record SyntheticSummary(int Offices, int Users, int Agreements, int Employers, SyntheticCounts Rows, TimeSpan Elapsed);

/// <summary>
/// Synthetic national-scale data for benchmarks and for trying the dashboards at scale (<c>datun seed --synthetic</c>):
/// both office trees across Indonesia's provinces in the three time zones, their users, MoU/PKS chains, employers, and
/// SKK dated 2023 to October 2026 in every state of the lifecycle with arrears, JPN teams, timelines, installment plans,
/// payments (reported, confirmed, reversed), registration results, outcomes, lawsuits and reports.
/// <para>
/// Deterministic: the same options give byte-identical rows, whatever the day or machine (the data ends on
/// <see cref="SyntheticCalendar.LastDay"/>). It fills an empty SQLite database in one transaction, writing rows
/// directly rather than through the commands; so it writes no audit entries (nobody changed anything) and no reminders
/// (the web app plans them when it starts, from today's date). Every user's password is <see cref="DemoData.DemoPassword"/>.
/// </para>
/// </summary>
public static class SyntheticData
{
    /// <summary>Cases generated and written at a time: bounds the memory used, and the progress is reported after each.</summary>
    private const int BatchSize = 5_000;

    public static async Task<SyntheticSummary> SeedAsync(IServiceProvider services, SyntheticOptions options,
        Action<SyntheticProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Cases, SyntheticOptions.MinCases);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Cases, SyntheticOptions.MaxCases);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Payments, options.MinPayments);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Payments, options.MaxPayments);
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<DatunDbContext>>().CreateDbContextAsync(ct);
        if (!db.Database.IsSqlite()) throw new NotSupportedException("Synthetic data is written to SQLite databases only.");
        if (await db.Offices.AnyAsync(ct)) throw new InvalidOperationException("Synthetic data goes into an empty database only.");

        var offices = SyntheticOffices.Build(options.Seed);
        var people = SyntheticPeople.Build(offices, options.Seed, DemoData.DemoPassword);
        var agreements = SyntheticAgreements.Build(offices, options.Seed);
        var planner = new CasePlanner(options, offices, people);
        planner.Plan();
        PaymentQuota.Distribute(planner.Cases, options.Payments);

        await db.Database.OpenConnectionAsync(ct);
        // A bigger page cache than the default 2 MB, for the tables and indexes being filled.
        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -131072", ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var indexes = await DeferredIndexes.DropAsync(db, SyntheticWriter.CaseTables, ct);
        using var writer = new SyntheticWriter(db);
        writer.WriteReferenceData(offices, people, agreements, planner);

        // The next batches are built on another core while one is written; they come in the cases' order.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var batches = Channel.CreateBounded<List<CaseRows>>(2);
        var building = Task.Run(() => BuildAsync(planner.Cases, options.Seed, batches.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var rows in batches.Reader.ReadAllAsync(ct))
            {
                writer.WriteCases(rows);
                progress?.Invoke(new SyntheticProgress(writer.CaseRows, options.Cases, writer.PaymentRows, clock.Elapsed));
            }
        }
        finally
        {
            await stop.CancelAsync();
            await building;
        }

        await DeferredIndexes.CreateAsync(db, indexes, ct);
        // SQLite's planner chooses between indexes by their statistics, which a bulk load leaves unset: without them it
        // can take an index that matches many rows of a 200,000-case table over one that matches few (rebuilding the
        // monthly figures below takes twice as long).
        await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        // The rows were written directly, past the change tracking that keeps the dashboards' monthly figures.
        await MonthlyFigureRebuild.RebuildAllAsync(db, ct);
        await db.Database.ExecuteSqlRawAsync("ANALYZE \"MonthlyFigures\"", ct);
        await transaction.CommitAsync(ct);
        return new SyntheticSummary(offices.All.Count, people.Users.Count, agreements.Count, planner.Employers.Count, writer.Counts, clock.Elapsed);
    }

    private static async Task BuildAsync(List<CasePlan> cases, int seed, ChannelWriter<List<CaseRows>> batches, CancellationToken ct)
    {
        try
        {
            var builder = new CaseRowsBuilder(seed);
            foreach (var batch in cases.Chunk(BatchSize)) await batches.WriteAsync(batch.Select(builder.Build).ToList(), ct);
            batches.Complete();
        }
        catch (Exception e)
        {
            // The reader gets the failure (or stopped reading already).
            batches.TryComplete(e);
        }
    }
}
