using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Features.Letters;
using KejaksaanDatun.Core.Letters;
using Mediator;

namespace KejaksaanDatun.Core.Features.MonthlyReports;

/// <summary>
/// The preview of the monthly report of Datun work (form L.Datun.2) of a Kejaksaan office for one calendar month,
/// rendered with the office's active <see cref="LetterKind.LaporanBulanan"/> template. Nothing is stored and no number
/// is taken: the number has dots for the running number. <see cref="IssueMonthlyReport"/> makes the numbered report.
/// </summary>
/// <param name="OfficeId">The reporting Kejaksaan office; empty means the user's own.</param>
[AllowedRoles(Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record GetMonthlyReport(int? OfficeId, int Year, int Month) : IQuery<FileDownload>;

public sealed class GetMonthlyReportValidator : AbstractValidator<GetMonthlyReport>
{
    public GetMonthlyReportValidator()
    {
        RuleFor(x => x.Year).ReportYear();
        RuleFor(x => x.Month).ReportMonth();
    }
}

public sealed class GetMonthlyReportHandler(ISender sender, DatunDbContext db, CurrentUser currentUser, OfficeClock clock, TemplateStore templates)
    : IQueryHandler<GetMonthlyReport, FileDownload>
{
    private readonly MonthlyReportBuilder _reports = new(sender, db, currentUser, clock, templates);

    public async ValueTask<FileDownload> Handle(GetMonthlyReport query, CancellationToken ct)
    {
        var subject = await _reports.ResolveAsync(query.OfficeId, query.Year, query.Month, ct);
        var pattern = await LetterNumbers.PatternFor(db, subject.Office.Id, LetterKind.LaporanBulanan, ct);
        var number = LetterNumberPattern.FormatUnnumbered(pattern, subject.Office.LetterCode, subject.Today);
        var report = await _reports.RenderAsync(subject, number, ct);
        return new FileDownload(subject.FileStem + ".docx", report.Result.Document);
    }
}
