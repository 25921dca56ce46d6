using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Offices;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Dashboard;

/// <summary>
/// A <see cref="DashboardFilter"/> resolved for the user who sent it: the office and view, the offices below it, and
/// the cases every figure starts from, already narrowed by <see cref="Visibility.VisibleTo(IQueryable{Domain.Skk}, UserContext)"/>.
/// Resolving refuses an office outside the user's subtree, so no figure of it is ever computed.
/// </summary>
internal sealed class DashboardScope
{
    private DashboardScope(DatunDbContext db, OfficeOption office, IReadOnlyList<OfficeOption> subtree, DashboardPeriod period,
        IQueryable<DashboardCase> cases, IQueryable<MonthlyFigure>? monthlyFigures, CaseType? caseType)
    {
        Db = db;
        Office = office;
        Subtree = subtree;
        Period = period;
        Cases = cases;
        _monthlyFigures = monthlyFigures;
        CaseType = caseType;
        // Each case is compared with the UTC instants its office's days start at, chosen per row by the office's zone:
        // cheap comparisons of stored values, which the database can answer from an index, where converting every
        // stored instant to a local date would cost a date function per row. The zone comes from an explicit join, so
        // that it is a column of the query before a figure groups it (a navigation here makes EF Core turn each sum
        // over a local date into a correlated subquery); only the figures that need local days pay for the join.
        var start = DayStarts.Of(period.From);
        var end = DayStarts.Of(period.To.AddDays(1));
        var aged30 = DayStarts.Of(period.ReferenceDay.AddDays(-AgingBuckets.UpTo30));
        var aged90 = DayStarts.Of(period.ReferenceDay.AddDays(-AgingBuckets.UpTo90));
        var aged180 = DayStarts.Of(period.ReferenceDay.AddDays(-AgingBuckets.UpTo180));
        var aged365 = DayStarts.Of(period.ReferenceDay.AddDays(-AgingBuckets.UpTo365));
        ZonedCases =
            from c in cases
            join o in db.Offices on c.KejaksaanOfficeId equals o.Id
            let zone = o.TimeZone
            select new ZonedCase
            {
                Case = c,
                OffsetHours = zone == OfficeTimeZone.WIB ? (int)OfficeTimeZone.WIB : zone == OfficeTimeZone.WITA ? (int)OfficeTimeZone.WITA : (int)OfficeTimeZone.WIT,
                PeriodStart = zone == OfficeTimeZone.WIB ? start.Wib : zone == OfficeTimeZone.WITA ? start.Wita : start.Wit,
                PeriodEnd = zone == OfficeTimeZone.WIB ? end.Wib : zone == OfficeTimeZone.WITA ? end.Wita : end.Wit,
                Aged30 = zone == OfficeTimeZone.WIB ? aged30.Wib : zone == OfficeTimeZone.WITA ? aged30.Wita : aged30.Wit,
                Aged90 = zone == OfficeTimeZone.WIB ? aged90.Wib : zone == OfficeTimeZone.WITA ? aged90.Wita : aged90.Wit,
                Aged180 = zone == OfficeTimeZone.WIB ? aged180.Wib : zone == OfficeTimeZone.WITA ? aged180.Wita : aged180.Wit,
                Aged365 = zone == OfficeTimeZone.WIB ? aged365.Wib : zone == OfficeTimeZone.WITA ? aged365.Wita : aged365.Wit,
            };
    }

    public DatunDbContext Db { get; }
    /// <summary>The chosen office, whose subtree is counted.</summary>
    public OfficeOption Office { get; }
    /// <summary>The chosen office and every office below it.</summary>
    public IReadOnlyList<OfficeOption> Subtree { get; }
    public DashboardPeriod Period { get; }
    /// <summary>Every SKK handed over within the subtree and the filter, one row each.</summary>
    public IQueryable<DashboardCase> Cases { get; }
    /// <summary>
    /// The ids of <see cref="Cases"/>, for figures that need nothing else of a case: testing a row's case id against
    /// them lets the database list them once from an index, where a join would read each case's whole row.
    /// </summary>
    public IQueryable<int> CaseIds => Cases.Select(c => c.Id);
    /// <summary><see cref="Cases"/> with the instants the days that matter start at, in the zone of the Kejaksaan office handling each.</summary>
    public IQueryable<ZonedCase> ZonedCases { get; }

    public Institution View => Office.Institution;

    /// <summary>The one case type counted; none for every type.</summary>
    public CaseType? CaseType { get; }

    private readonly IQueryable<MonthlyFigure>? _monthlyFigures;

    /// <summary>
    /// Whether the <see cref="MonthlyFigures"/> can answer: they hold whole months, and do not know the cases' JPN
    /// beyond the lead of each, so a period that starts or ends within a month, or a filter by JPN, reads the cases.
    /// </summary>
    public bool ReadsMonthlyFigures => _monthlyFigures is not null;

    /// <summary>The monthly figures of the scope's offices (and case type, when filtered).</summary>
    public IQueryable<MonthlyFigure> MonthlyFigures =>
        _monthlyFigures ?? throw new InvalidOperationException("The monthly figures cannot answer this filter.");

    public static async Task<DashboardScope> ResolveAsync(DatunDbContext db, UserContext user, DashboardFilter filter, DateTime utcNow,
        CancellationToken ct)
    {
        var office = await ResolveOfficeAsync(db, user, filter.OfficeId, ct);
        var subtree = await Offices(db.Offices.Where(o => o.Path.StartsWith(office.Path))).ToListAsync(ct);
        return For(db, user, office, subtree, filter with { JpnUserId = JpnOf(user, filter) }, utcNow);
    }

    /// <summary>
    /// The chosen office (the user's own when none is chosen), refused with an explanation when it lies outside the
    /// user's subtree, as every dashboard and leadership report refuses it.
    /// </summary>
    public static async Task<OfficeOption> ResolveOfficeAsync(DatunDbContext db, UserContext user, int? officeId, CancellationToken ct)
    {
        var id = officeId ?? user.OfficeId;
        var office = await Offices(db.Offices.Where(o => o.Id == id)).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundOrNotAllowedException();
        if (!user.IsAdmin && !office.Path.StartsWith(user.OfficePath, StringComparison.Ordinal))
        {
            var own = await db.Offices.Where(o => o.Id == user.OfficeId).Select(o => o.Name).SingleAsync(ct);
            throw new NotAllowedException(
                $"{office.Name} berada di luar wilayah Anda. Anda hanya dapat melihat angka {own} dan kantor di bawahnya.");
        }
        return office;
    }

    /// <summary>
    /// The scope of an office already resolved and checked. The cases are those of the offices below it by path;
    /// <paramref name="subtree"/> lists the same offices for the breakdown by office.
    /// </summary>
    public static DashboardScope For(DatunDbContext db, UserContext user, OfficeOption office, IReadOnlyList<OfficeOption> subtree,
        DashboardFilter filter, DateTime utcNow)
    {
        var inSubtree = SubtreeIds(db, office);
        var skks = Counted(db.Skks.VisibleTo(user));
        skks = office.Institution == Institution.Kejaksaan
            ? skks.Where(s => inSubtree.Contains(s.KejaksaanOfficeId))
            : skks.Where(s => inSubtree.Contains(s.BpjsOfficeId));
        if (filter.CaseType is { } type) skks = skks.Where(s => s.CaseType == type);
        if (filter.JpnUserId is { } jpn) skks = skks.Where(s => s.Teams.Any(t => t.IsActive && t.LeadJpnId == jpn));

        var today = DateOnly.FromDateTime(OfficeClock.ToLocal(utcNow, office.TimeZone));
        return new DashboardScope(db, office, subtree, new DashboardPeriod(filter.From, filter.To, today), AsDashboardCases(skks),
            MonthlyFiguresFor(db, office, filter), filter.CaseType);
    }

    private static IQueryable<MonthlyFigure>? MonthlyFiguresFor(DatunDbContext db, OfficeOption office, DashboardFilter filter)
    {
        // No visibility test is needed: the office was checked to lie in the user's subtree, and so does every case of it.
        var wholeMonths = filter.From.Day == 1 && filter.To.AddDays(1).Day == 1;
        if (!wholeMonths || filter.JpnUserId is not null) return null;
        var inSubtree = SubtreeIds(db, office);
        var rows = office.Institution == Institution.Kejaksaan
            ? db.MonthlyFigures.Where(m => inSubtree.Contains(m.KejaksaanOfficeId))
            : db.MonthlyFigures.Where(m => inSubtree.Contains(m.BpjsOfficeId));
        return filter.CaseType is { } type ? rows.Where(m => m.CaseType == type) : rows;
    }

    /// <summary>
    /// Every case one Kejaksaan office handles, over every day a filter can name: what <see cref="MonthlyFigureRebuild"/>
    /// adds up per month. Nothing in it depends on today.
    /// </summary>
    public static DashboardScope WholeHistoryOf(DatunDbContext db, OfficeOption office)
    {
        var period = new DashboardPeriod(DashboardFilterValidator.FirstDay, DashboardFilterValidator.LastDay, DashboardFilterValidator.LastDay);
        var cases = AsDashboardCases(Counted(db.Skks).Where(s => s.KejaksaanOfficeId == office.Id));
        return new DashboardScope(db, office, [office], period, cases, monthlyFigures: null, caseType: null);
    }

    /// <summary>
    /// The office and those below it, by path in SQL rather than as a list of ids: a national figure would pass hundreds
    /// of them to every query, and binding them costs more than reading the monthly figures.
    /// </summary>
    private static IQueryable<int> SubtreeIds(DatunDbContext db, OfficeOption office) =>
        db.Offices.Where(o => o.Path.StartsWith(office.Path)).Select(o => o.Id);

    /// <summary>Only SKK handed over to the Kejaksaan count: a draft, or an SKK returned as incomplete, is BPJS's until it is handed over again.</summary>
    private static IQueryable<Domain.Skk> Counted(IQueryable<Domain.Skk> skks) =>
        skks.Where(s => s.HandedOverAt != null && s.Status != SkkStatus.Draft && s.Status != SkkStatus.Dikembalikan);

    private static IQueryable<DashboardCase> AsDashboardCases(IQueryable<Domain.Skk> skks) =>
        skks.Select(s => new DashboardCase
        {
            Id = s.Id,
            EmployerId = s.EmployerId,
            KejaksaanOfficeId = s.KejaksaanOfficeId,
            BpjsOfficeId = s.BpjsOfficeId,
            CaseType = s.CaseType,
            LeadJpnId = s.Teams.Where(t => t.IsActive).Select(t => t.LeadJpnId).FirstOrDefault(),
            Outcome = s.Status == SkkStatus.Dicabut ? CaseOutcome.Dicabut : s.Outcome,
            ArrearsSen = s.TotalArrearsSen,
            HandedOverAt = s.HandedOverAt!.Value,
            ClosedAt = s.ClosedAt,
        });

    /// <summary>The JPN whose cases are counted: the one chosen, or always the user for <see cref="DashboardReaders.ReadsOwnCasesOnly"/>.</summary>
    private static string? JpnOf(UserContext user, DashboardFilter filter)
    {
        if (!DashboardReaders.ReadsOwnCasesOnly(user)) return string.IsNullOrEmpty(filter.JpnUserId) ? null : filter.JpnUserId;
        if (!string.IsNullOrEmpty(filter.JpnUserId) && filter.JpnUserId != user.UserId)
            throw new NotAllowedException("Sebagai JPN, Anda hanya dapat melihat angka perkara yang Anda pimpin sebagai ketua tim.");
        return user.UserId;
    }

    private static IQueryable<OfficeOption> Offices(IQueryable<Office> offices) =>
        offices.OrderBy(o => o.Name)
            .Select(o => new OfficeOption(o.Id, o.Code, o.Name, o.Kind, o.ParentId, o.Path, o.TimeZone, o.HeadName, o.HeadTitle));
}

/// <summary>One SKK as the dashboards count it. A projection EF Core translates: every member is computed in SQL.</summary>
internal sealed class DashboardCase
{
    public int Id { get; init; }
    public int EmployerId { get; init; }
    public int KejaksaanOfficeId { get; init; }
    public int BpjsOfficeId { get; init; }
    public CaseType CaseType { get; init; }
    /// <summary>The lead JPN of the current team; none before a team is appointed or after the SKK is withdrawn.</summary>
    public string? LeadJpnId { get; init; }
    /// <summary>How the case ended: <see cref="CaseOutcome.Dicabut"/> for a withdrawn SKK; none while open.</summary>
    public CaseOutcome? Outcome { get; init; }
    public long ArrearsSen { get; init; }
    public DateTime HandedOverAt { get; init; }
    /// <summary>When the case was finished (Selesai) or withdrawn (Dicabut).</summary>
    public DateTime? ClosedAt { get; init; }
}

/// <summary>
/// A case with the UTC instants at which the days the figures compare it with start at the Kejaksaan office handling it.
/// A stored instant falls on or after a local day exactly when it is not before that day's start.
/// </summary>
internal sealed class ZonedCase
{
    public DashboardCase Case { get; init; } = null!;
    /// <summary>Local time = UTC + this many hours.</summary>
    public int OffsetHours { get; init; }
    /// <summary>The first day of the period starts.</summary>
    public DateTime PeriodStart { get; init; }
    /// <summary>The day after the period starts.</summary>
    public DateTime PeriodEnd { get; init; }
    /// <summary>The day 30 days before the reference day starts: a case handed over since then is at most 30 days old.</summary>
    public DateTime Aged30 { get; init; }
    /// <summary>The day 90 days before the reference day starts; and so on for the other <see cref="AgingBucket"/>s.</summary>
    public DateTime Aged90 { get; init; }
    public DateTime Aged180 { get; init; }
    public DateTime Aged365 { get; init; }
}

/// <summary>When one calendar day starts in each zone, in UTC (Kind Utc, which the model's UTC converter passes as it is).</summary>
internal readonly record struct DayStarts(DateTime Wib, DateTime Wita, DateTime Wit)
{
    public static DayStarts Of(DateOnly day) => new(Start(day, OfficeTimeZone.WIB), Start(day, OfficeTimeZone.WITA), Start(day, OfficeTimeZone.WIT));

    private static DateTime Start(DateOnly day, OfficeTimeZone zone) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-(int)zone);
}

/// <summary>The period in office-local calendar days.</summary>
/// <param name="Today">Today at the chosen office.</param>
internal readonly record struct DashboardPeriod(DateOnly From, DateOnly To, DateOnly Today)
{
    /// <summary>The day the age of open cases is measured on: the period's last day, or today when the period ends later.</summary>
    public DateOnly ReferenceDay => To < Today ? To : Today;
}
