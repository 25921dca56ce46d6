using System.Data.Common;
using System.Text;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Offices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KejaksaanDatun.Core.Features.Dashboard;

/// <summary>
/// Rebuilds the <see cref="MonthlyFigure"/>s of Kejaksaan offices from their cases, with the definitions of
/// <see cref="DashboardFacts"/> over every day a filter can name. An office's rows are a function of its cases alone:
/// rebuilding them after any change (<see cref="MonthlyFigureChanges"/>) keeps them exact without tracking what each
/// change adds or takes away.
/// </summary>
public static class MonthlyFigureRebuild
{
    /// <summary>
    /// Replaces the rows of the offices, inside the caller's transaction, once the caller has locked them
    /// (<see cref="LockAsync"/>).
    /// </summary>
    internal static async Task RebuildAsync(DatunDbContext db, IEnumerable<int> kejaksaanOfficeIds, CancellationToken ct)
    {
        foreach (var officeId in kejaksaanOfficeIds)
        {
            var office = await db.Offices.Where(o => o.Id == officeId)
                .Select(o => new OfficeOption(o.Id, o.Code, o.Name, o.Kind, o.ParentId, o.Path, o.TimeZone, o.HeadName, o.HeadTitle))
                .SingleOrDefaultAsync(ct);
            var fresh = office is null ? [] : await FiguresOfAsync(DashboardScope.WholeHistoryOf(db, office), ct);
            var kept = await db.MonthlyFigures.AsNoTracking().Where(m => m.KejaksaanOfficeId == officeId).ToListAsync(ct);
            await ReplaceAsync(db, kept, fresh, ct);
        }
    }

    /// <summary>
    /// Writes only the rows that differ: a save changes a few of an office's thousands (the month of a payment, its
    /// cohort, an installment), and writing them all would cost the save more than the figures it changed.
    /// </summary>
    private static async Task ReplaceAsync(DatunDbContext db, List<MonthlyFigure> kept, List<MonthlyFigure> fresh, CancellationToken ct)
    {
        var wanted = fresh.ToDictionary(Key);
        var stale = kept.Where(m => !wanted.TryGetValue(Key(m), out var w) || (w.Count, w.Amount) != (m.Count, m.Amount)).ToList();
        var current = kept.Except(stale).Select(Key).ToHashSet();
        foreach (var ids in stale.Select(m => m.Id).Chunk(1000))
            await db.MonthlyFigures.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(ct);
        await InsertAsync(db, fresh.Where(m => !current.Contains(Key(m))).ToList(), ct);
    }

    /// <summary>What tells a row of an office from the others; its count and amount are what it holds.</summary>
    private static (int, CaseType, MonthlyFigureGrain, string?, MonthlyFigureKind, int, int, int) Key(MonthlyFigure m) =>
        (m.BpjsOfficeId, m.CaseType, m.Grain, m.LeadJpnId, m.Kind, m.Month, m.Category, m.Day);

    /// <summary>
    /// Inserts the rows many to a statement, past the change tracker: a busy office has tens of thousands, and tracking
    /// each would cost the save that changed one case more than a second. The statement is prepared once and run for
    /// every full batch. Every provider takes the same SQL.
    /// </summary>
    private static async Task InsertAsync(DatunDbContext db, List<MonthlyFigure> rows, CancellationToken ct)
    {
        // Eleven parameters a row: 150 rows stay under SQL Server's 2,100 parameters a statement.
        const int RowsPerStatement = 150;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            DbCommand? full = null;
            foreach (var chunk in rows.Chunk(RowsPerStatement))
            {
                var command = chunk.Length == RowsPerStatement ? full ??= InsertCommand(db, RowsPerStatement) : InsertCommand(db, chunk.Length);
                for (var r = 0; r < chunk.Length; r++)
                {
                    var m = chunk[r];
                    object?[] values = [m.KejaksaanOfficeId, m.BpjsOfficeId, (int)m.CaseType, (int)m.Grain, m.LeadJpnId, (int)m.Kind,
                        m.Month, m.Category, m.Day, m.Count, m.Amount];
                    for (var v = 0; v < values.Length; v++) command.Parameters[r * InsertColumns + v].Value = values[v] ?? DBNull.Value;
                }
                await command.ExecuteNonQueryAsync(ct);
                if (command != full) await command.DisposeAsync();
            }
            if (full is not null) await full.DisposeAsync();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private const int InsertColumns = 11;

    private static DbCommand InsertCommand(DatunDbContext db, int rowCount)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var sql = new StringBuilder(InsertHead);
        for (var r = 0; r < rowCount; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var v = 0; v < InsertColumns; v++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{r * InsertColumns + v}";
                command.Parameters.Add(parameter);
                sql.Append(v == 0 ? "" : ", ").Append(parameter.ParameterName);
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        return command;
    }

    private const string InsertHead = """
        INSERT INTO "MonthlyFigures" ("KejaksaanOfficeId", "BpjsOfficeId", "CaseType", "Grain", "LeadJpnId", "Kind", "Month",
            "Category", "Day", "Count", "Amount") VALUES 
        """;

    /// <summary>
    /// Rebuilds the rows of every Kejaksaan office, inside the caller's transaction: after case data was written past the
    /// change tracking (a bulk load, an import in SQL; <c>datun rebuild-figures</c>).
    /// </summary>
    public static async Task RebuildAllAsync(DatunDbContext db, CancellationToken ct)
    {
        var offices = await db.Skks.Select(s => s.KejaksaanOfficeId).Distinct().ToListAsync(ct);
        await LockAsync(db, offices, ct);
        await db.MonthlyFigures.ExecuteDeleteAsync(ct);
        await RebuildAsync(db, offices, ct);
    }

    /// <summary>
    /// Whether the rows of the cases already in a database must be rebuilt once a migration is applied: the migration
    /// that creates them, and any later one that changes what they hold, whose name ends in "MonthlyFigures" too.
    /// </summary>
    internal static bool IsNeededAfter(string migrationId) => migrationId.EndsWith("MonthlyFigures", StringComparison.Ordinal);

    /// <summary>
    /// Takes the offices' rows for the transaction (<see cref="Office.FiguresRevision"/>), so that two saves touching
    /// cases of one office rebuild its rows one after the other, the second from what the first committed, on SQL Server
    /// as on SQLite, where writers queue anyway. An update of the revision is the one lock both providers take alike.
    /// </summary>
    internal static async Task LockAsync(DatunDbContext db, IReadOnlyCollection<int> officeIds, CancellationToken ct)
    {
        if (officeIds.Count == 0) return;
        await db.Offices.Where(o => officeIds.Contains(o.Id)).OrderBy(o => o.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.FiguresRevision, o => o.FiguresRevision + 1), ct);
    }

    private static async Task<List<MonthlyFigure>> FiguresOfAsync(DashboardScope scope, CancellationToken ct)
    {
        var rows = new List<MonthlyFigure>();
        foreach (var (kind, query) in Queries(scope))
        {
            var perLeadJpn = (await query.ToListAsync(ct)).Select(r => new MonthlyFigure
            {
                KejaksaanOfficeId = scope.Office.Id, BpjsOfficeId = r.BpjsOfficeId, CaseType = r.CaseType, Grain = MonthlyFigureGrain.LeadJpn,
                LeadJpnId = r.LeadJpnId, Kind = kind, Month = r.Month,
                // The outcome is stored by name: it becomes a number once read, as a cast in SQL would read the name as one.
                Category = kind == MonthlyFigureKind.Finished ? (int?)r.Outcome ?? NoOutcome : r.Category,
                Day = r.Day, Count = r.Count, Amount = r.Amount,
            }).ToList();
            rows.AddRange(AddedUp(perLeadJpn, MonthlyFigureGrain.Offices));
            if (!MonthlyFigure.IsKeptPerLeadJpn(kind)) continue;
            rows.AddRange(perLeadJpn);
            rows.AddRange(AddedUp(perLeadJpn, MonthlyFigureGrain.LeadJpnOnly));
        }
        return rows;
    }

    /// <summary>
    /// The rows of one office and kind per lead JPN added up to a coarser grain: over the lead JPN (<see
    /// cref="MonthlyFigureGrain.Offices"/>), or over the BPJS offices and case types. A few hundred rows at most, already
    /// in memory.
    /// </summary>
    private static IEnumerable<MonthlyFigure> AddedUp(List<MonthlyFigure> perLeadJpn, MonthlyFigureGrain grain)
    {
        var keepsOffices = grain == MonthlyFigureGrain.Offices;
        return perLeadJpn
            .GroupBy(m => (Bpjs: keepsOffices ? m.BpjsOfficeId : 0, Type: keepsOffices ? m.CaseType : default,
                Lead: keepsOffices ? null : m.LeadJpnId, m.Kind, m.Month, m.Category, m.Day))
            .Select(g => new MonthlyFigure
            {
                KejaksaanOfficeId = g.First().KejaksaanOfficeId, Grain = grain, BpjsOfficeId = g.Key.Bpjs, CaseType = g.Key.Type,
                LeadJpnId = g.Key.Lead, Kind = g.Key.Kind, Month = g.Key.Month, Category = g.Key.Category, Day = g.Key.Day,
                Count = g.Sum(m => m.Count), Amount = g.Sum(m => m.Amount),
            });
    }

    /// <summary>The query of each kind over one office's cases, grouped by the columns of its rows.</summary>
    internal static IEnumerable<(MonthlyFigureKind Kind, IQueryable<MonthlyFigureRow> Query)> Queries(DashboardScope scope)
    {
        var db = scope.Db;

        yield return (MonthlyFigureKind.Received, scope.Received()
            .GroupBy(f => new { f.Case.BpjsOfficeId, f.Case.CaseType, f.Case.LeadJpnId, f.Month })
            .Select(g => new MonthlyFigureRow
            {
                BpjsOfficeId = g.Key.BpjsOfficeId, CaseType = g.Key.CaseType, LeadJpnId = g.Key.LeadJpnId, Month = g.Key.Month,
                Count = g.Count(), Amount = g.Sum(f => f.Amount),
            }));

        yield return (MonthlyFigureKind.Finished, scope.DaysToOutcome()
            .GroupBy(f => new { f.Case.BpjsOfficeId, f.Case.CaseType, f.Case.LeadJpnId, f.Month, f.Case.Outcome })
            .Select(g => new MonthlyFigureRow
            {
                BpjsOfficeId = g.Key.BpjsOfficeId, CaseType = g.Key.CaseType, LeadJpnId = g.Key.LeadJpnId, Month = g.Key.Month,
                Outcome = g.Key.Outcome, Count = g.Count(), Amount = g.Sum(f => f.Amount),
            }));

        yield return (MonthlyFigureKind.Paid,
            from p in db.ConfirmedPayments()
            join c in scope.Cases on p.SkkId equals c.Id
            group p by new { c.BpjsOfficeId, c.CaseType, c.LeadJpnId, Month = p.PaidOn.Year * 100 + p.PaidOn.Month } into g
            select new MonthlyFigureRow
            {
                BpjsOfficeId = g.Key.BpjsOfficeId, CaseType = g.Key.CaseType, LeadJpnId = g.Key.LeadJpnId, Month = g.Key.Month,
                Count = g.Count(), Amount = g.Sum(p => p.AmountSen),
            });

        yield return (MonthlyFigureKind.PaidByHandoverMonth,
            from p in db.ConfirmedPayments()
            join f in scope.Received() on p.SkkId equals f.Case.Id
            group p by new { f.Case.BpjsOfficeId, f.Case.CaseType, f.Case.LeadJpnId, f.Month } into g
            select new MonthlyFigureRow
            {
                BpjsOfficeId = g.Key.BpjsOfficeId, CaseType = g.Key.CaseType, LeadJpnId = g.Key.LeadJpnId, Month = g.Key.Month,
                Count = g.Count(), Amount = g.Sum(p => p.AmountSen),
            });

        yield return (MonthlyFigureKind.PaidByPaymentAndHandoverMonth,
            from p in db.ConfirmedPayments()
            join f in scope.Received() on p.SkkId equals f.Case.Id
            group p by new { f.Case.BpjsOfficeId, f.Case.CaseType, f.Case.LeadJpnId, Month = p.PaidOn.Year * 100 + p.PaidOn.Month, Handover = f.Month } into g
            select new MonthlyFigureRow
            {
                BpjsOfficeId = g.Key.BpjsOfficeId, CaseType = g.Key.CaseType, LeadJpnId = g.Key.LeadJpnId, Month = g.Key.Month,
                Category = g.Key.Handover, Count = g.Count(), Amount = g.Sum(p => p.AmountSen),
            });

        yield return (MonthlyFigureKind.OpenUntil,
            from z in scope.ZonedCases
            let closed = z.Case.ClosedAt!.Value.AddHours(z.OffsetHours)
            let handedOver = z.Case.HandedOverAt.AddHours(z.OffsetHours)
            group z by new
            {
                z.Case.BpjsOfficeId, z.Case.CaseType, z.Case.LeadJpnId,
                Month = z.Case.ClosedAt == null ? MonthlyFigure.StillOpen : closed.Year * 100 + closed.Month,
                Handover = handedOver.Year * 100 + handedOver.Month,
            } into g
            select new MonthlyFigureRow
            {
                BpjsOfficeId = g.Key.BpjsOfficeId, CaseType = g.Key.CaseType, LeadJpnId = g.Key.LeadJpnId, Month = g.Key.Month,
                Category = g.Key.Handover, Count = g.Count(),
            });

        yield return (MonthlyFigureKind.Registrations,
            from r in db.CountedRegistrations()
            join c in scope.Cases on r.SkkId equals c.Id
            group r by new { c.BpjsOfficeId, c.CaseType, c.LeadJpnId, Month = r.EffectiveOn.Year * 100 + r.EffectiveOn.Month } into g
            select new MonthlyFigureRow
            {
                BpjsOfficeId = g.Key.BpjsOfficeId, CaseType = g.Key.CaseType, LeadJpnId = g.Key.LeadJpnId, Month = g.Key.Month,
                Count = g.Count(r => r.Kind == RegistrationOutcomeKind.NppDiterbitkan),
                Amount = g.Sum(r => r.Kind == RegistrationOutcomeKind.TenagaKerjaDitambahkan ? r.WorkersAdded ?? 0 : 0),
            });

        // Whether an unpaid installment is a broken promise depends on today, so the unpaid ones are also kept by the day
        // they fall due, for the month today is in (MonthlyFigureSource.InstallmentsByStandingAsync).
        var installments =
            from i in db.Installments
            join plan in db.InstallmentPlans on i.PlanId equals plan.Id
            join c in scope.Cases on plan.SkkId equals c.Id
            where plan.IsCurrent
            select new
            {
                Case = c, i.DueOn, i.AmountSen,
                Standing = i.PaidInFullOn <= i.DueOn ? (int)InstallmentStanding.OnSchedule
                    : i.PaidSen >= i.AmountSen ? (int)InstallmentStanding.PaidLate
                    : (int)InstallmentStanding.Broken,
            };
        yield return (MonthlyFigureKind.Installments,
            from i in installments
            group i by new { i.Case.BpjsOfficeId, i.Case.CaseType, i.Case.LeadJpnId, Month = i.DueOn.Year * 100 + i.DueOn.Month, i.Standing } into g
            select new MonthlyFigureRow
            {
                BpjsOfficeId = g.Key.BpjsOfficeId, CaseType = g.Key.CaseType, LeadJpnId = g.Key.LeadJpnId, Month = g.Key.Month,
                Category = g.Key.Standing, Count = g.Count(), Amount = g.Sum(i => i.AmountSen),
            });
        yield return (MonthlyFigureKind.UnpaidInstallmentsByDay,
            from i in installments
            where i.Standing == (int)InstallmentStanding.Broken
            group i by new { i.Case.BpjsOfficeId, i.Case.CaseType, i.Case.LeadJpnId, Month = i.DueOn.Year * 100 + i.DueOn.Month, i.DueOn.Day } into g
            select new MonthlyFigureRow
            {
                BpjsOfficeId = g.Key.BpjsOfficeId, CaseType = g.Key.CaseType, LeadJpnId = g.Key.LeadJpnId, Month = g.Key.Month,
                Day = g.Key.Day, Count = g.Count(), Amount = g.Sum(i => i.AmountSen),
            });
    }

    /// <summary>The category of finished cases without an outcome, which a closed case should not be.</summary>
    internal const int NoOutcome = -1;
}

/// <summary>One group of an office's cases as a rebuild query returns it; see <see cref="MonthlyFigure"/> for the columns.</summary>
internal sealed class MonthlyFigureRow
{
    public int BpjsOfficeId { get; init; }
    public CaseType CaseType { get; init; }
    public string? LeadJpnId { get; init; }
    public int Month { get; init; }
    public int Category { get; init; }
    /// <summary>The outcome of finished cases, which becomes their category.</summary>
    public CaseOutcome? Outcome { get; init; }
    public int Day { get; init; }
    public int Count { get; init; }
    public long Amount { get; init; }
}
