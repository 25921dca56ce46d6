using System.Text.Json;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Features.Dashboard.Exports;
using KejaksaanDatun.Core.Features.Letters;
using KejaksaanDatun.Core.Letters;
using KejaksaanDatun.Documents;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.MonthlyReports;

/// <summary>
/// Makes the monthly report of Datun work (form L.Datun.2) of a Kejaksaan office for one calendar month, for the
/// unnumbered preview (<see cref="GetMonthlyReport"/>) and the numbered, stored report (<see cref="IssueMonthlyReport"/>)
/// alike. Its figures are those of the dashboard for the month and the office's subtree: the same figure queries are
/// sent, so roles, office scope and numbers agree with the screen.
/// </summary>
internal sealed class MonthlyReportBuilder(ISender sender, DatunDbContext db, CurrentUser currentUser, OfficeClock clock, TemplateStore templates)
{
    public const string NotKejaksaanMessage =
        "Laporan bulanan bidang Datun dibuat oleh kantor Kejaksaan. Pilih Kejaksaan Tinggi atau Kejaksaan Negeri.";

    /// <summary>
    /// The office (the user's own when none is chosen) and the month. Refuses an office outside the user's subtree
    /// (the dashboard summary runs first, before anything of the office is read here) and an office that is not a
    /// Kejaksaan office.
    /// </summary>
    public async Task<MonthlyReportSubject> ResolveAsync(int? officeId, int year, int month, CancellationToken ct)
    {
        var first = new DateOnly(year, month, 1);
        var filter = new DashboardFilter { From = first, To = first.AddMonths(1).AddDays(-1), OfficeId = officeId };
        var summary = await sender.Send(new GetDashboardSummary(filter), ct);
        if (summary.View != Institution.Kejaksaan) throw RequestValidationException.For("OfficeId", NotKejaksaanMessage);

        var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == summary.Office.Id, ct);
        var parent = office.ParentId is { } parentId ? await db.Offices.AsNoTracking().SingleAsync(o => o.Id == parentId, ct) : null;
        return new MonthlyReportSubject(office, parent, first, filter, summary, clock.Today(office.TimeZone));
    }

    /// <summary>Renders the report of <paramref name="subject"/> under <paramref name="number"/>, signed today at the office.</summary>
    public async Task<RenderedMonthlyReport> RenderAsync(MonthlyReportSubject subject, string number, CancellationToken ct)
    {
        var office = subject.Office;
        var data = new MonthlyReportData
        {
            Kop = LetterDataBuilder.KopOf(office, subject.Parent),
            Nomor = number,
            Tanggal = subject.Today,
            Bulan = subject.Month,
            Ringkasan = SummaryOf(subject.Summary),
            Rincian = await BreakdownOf(subject.Filter, ct),
            Perkara = new MonthlyReportCases { Baris = await CasesOf(subject.Filter, ct) },
            Penandatangan = await HeadOf(office, ct),
            Tembusan = CopiesFor(subject.Parent),
        };

        var template = await TemplateStore.ActiveVersion(db, office.Id, LetterKind.LaporanBulanan, ct);
        var json = data.ToJsonElement();
        return new RenderedMonthlyReport(template, json, LetterProduction.RenderTemplate(templates, template, json));
    }

    private static MonthlyReportSummary SummaryOf(DashboardSummary summary) => new()
    {
        SkkDiterima = summary.Totals.Received,
        SkkDalamProses = summary.Totals.InProgress,
        // Outcomes no case ended with this month would only be lines of zeros.
        Hasil = summary.FinishedByOutcome.Where(o => o.Cases > 0)
            .Select(o => new MonthlyReportOutcomeCount { Hasil = o.Label, Jumlah = o.Cases }).ToList(),
        TunggakanDiserahkan = summary.Totals.ArrearsHandedOver.Rupiah,
        Dipulihkan = summary.Totals.Recovered.Rupiah,
        PersentasePemulihan = summary.Totals.RecoveryRate,
        BadanUsahaTerdaftar = summary.EmployersRegistered,
        TenagaKerjaDitambahkan = summary.WorkersAdded,
    };

    /// <summary>Per office below the reporting one (a Kejati's Kejari); per JPN for an office with none below it.</summary>
    private async Task<MonthlyReportBreakdown> BreakdownOf(DashboardFilter filter, CancellationToken ct)
    {
        var offices = await sender.Send(new GetFiguresByOffice(filter), ct);
        if (offices.Any(r => !r.OwnCases))
            return new MonthlyReportBreakdown
            {
                Judul = "Satuan Kerja",
                Baris = offices.Select(r => RowOf(r.OwnCases ? $"{r.Office.Name} (kantor sendiri)" : r.Office.Name, r.Figures)).ToList(),
            };
        var jpn = await sender.Send(new GetFiguresByJpn(filter), ct);
        return new MonthlyReportBreakdown { Judul = "Jaksa Pengacara Negara", Baris = jpn.Select(r => RowOf(r.Name, r.Figures)).ToList() };
    }

    private static MonthlyReportBreakdownRow RowOf(string name, CaseFigures figures) => new()
    {
        Nama = name, SkkDiterima = figures.Received, SkkDalamProses = figures.InProgress, SkkSelesai = figures.Finished,
        TunggakanDiserahkan = figures.ArrearsHandedOver.Rupiah, Dipulihkan = figures.Recovered.Rupiah, PersentasePemulihan = figures.RecoveryRate,
    };

    /// <summary>
    /// The cases handled in the month: handed over by its last day and not finished before its first, oldest SKK first,
    /// each with what it recovered by the month's end. A case still open at the end of the month is "Dalam proses" even
    /// if it has moved on since, as the report speaks of the month.
    /// </summary>
    private async Task<IReadOnlyList<MonthlyReportCaseRow>> CasesOf(DashboardFilter filter, CancellationToken ct)
    {
        var scope = await DashboardScope.ResolveAsync(db, currentUser.User, filter, clock.UtcNow, ct);
        var to = scope.Period.To;
        var payments = db.ConfirmedPayments();
        var cases = await (
            from z in scope.ZonedCases
            where z.Case.HandedOverAt < z.PeriodEnd && (z.Case.ClosedAt == null || z.Case.ClosedAt >= z.PeriodStart)
            join s in db.Skks on z.Case.Id equals s.Id
            orderby s.Date, s.Number
            select new
            {
                s.Number, s.Date, Employer = s.Employer!.Name, s.CaseType, z.Case.Outcome, z.Case.ArrearsSen, z.Case.HandedOverAt,
                z.Case.ClosedAt, z.OffsetHours, z.PeriodStart, z.PeriodEnd,
                Recovered = payments.Where(p => p.SkkId == s.Id && p.PaidOn <= to).Sum(p => p.AmountSen),
            }).ToListAsync(ct);

        return cases.Select(c =>
        {
            var finished = c.ClosedAt < c.PeriodEnd;
            var notes = new List<string>();
            if (c.HandedOverAt >= c.PeriodStart) notes.Add("SKK diterima " + LocalDate(c.HandedOverAt, c.OffsetHours));
            if (finished)
                notes.Add((c.Outcome == CaseOutcome.Dicabut ? "Dicabut " : "Selesai ") + LocalDate(c.ClosedAt!.Value, c.OffsetHours));
            return new MonthlyReportCaseRow
            {
                NomorSkk = c.Number, TanggalSkk = c.Date, BadanUsaha = c.Employer, Jenis = DomainLabels.Of(c.CaseType),
                Tunggakan = new Money(c.ArrearsSen).Rupiah, Dipulihkan = new Money(c.Recovered).Rupiah,
                Status = finished && c.Outcome is { } outcome ? DomainLabels.Of(outcome) : "Dalam proses",
                // Empty rather than null: a case without a note is not data missing from the report (a null would be
                // left out of the JSON, and the template engine would list the row's Keterangan as a warning).
                Keterangan = string.Join("; ", notes),
            };
        }).ToList();
    }

    private static string LocalDate(DateTime utc, int offsetHours) => IndonesianFormat.Date(DateOnly.FromDateTime(utc.AddHours(offsetHours)));

    /// <summary>The head of the office signs; rank and NIP come from the head's account, when there is one.</summary>
    private async Task<Penandatangan> HeadOf(Office office, CancellationToken ct)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.OfficeId == office.Id && u.FullName == office.HeadName)
            .Select(u => new { u.Pangkat, u.Nip }).FirstOrDefaultAsync(ct);
        return new Penandatangan
        {
            Jabatan = office.HeadTitle, Nama = office.HeadName, Pangkat = NullIfEmpty(account?.Pangkat), Nip = NullIfEmpty(account?.Nip),
            Kota = office.City,
        };
    }

    /// <summary>A copy goes up the hierarchy (a Kejati reports to the JAM Datun of the Kejaksaan Agung) and to the archive.</summary>
    private static IReadOnlyList<string> CopiesFor(Office? parent) => parent switch
    {
        null => ["Arsip"],
        { Kind: OfficeKind.KejaksaanAgung } => ["Jaksa Agung Muda Perdata dan Tata Usaha Negara", "Arsip"],
        _ => [$"Kepala {parent.Name}", "Arsip"],
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>A Kejaksaan office and the month it reports on, resolved and checked for the user.</summary>
/// <param name="Month">The first day of the reported month.</param>
/// <param name="Today">Today at the office: the date the report is signed.</param>
internal sealed record MonthlyReportSubject(Office Office, Office? Parent, DateOnly Month, DashboardFilter Filter, DashboardSummary Summary, DateOnly Today)
{
    /// <summary>A month is over at the office once its local calendar has reached the first day of the next.</summary>
    public DateOnly FirstDayAfter => Month.AddMonths(1);

    public bool HasEnded => Today >= FirstDayAfter;

    /// <summary><c>laporan-bulanan-KEJARI-HST-2025-03</c>, the start of the report's file names.</summary>
    public string FileStem => $"laporan-bulanan-{FileNames.Part(Office.Code)}-{Month:yyyy-MM}";
}

/// <summary>The report as rendered, with the template version and the exact data it was rendered from.</summary>
internal sealed record RenderedMonthlyReport(TemplateVersion Template, JsonElement Data, RenderResult Result);
