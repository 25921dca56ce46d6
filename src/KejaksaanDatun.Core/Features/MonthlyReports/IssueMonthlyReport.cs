using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard.Exports;
using KejaksaanDatun.Core.Letters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.MonthlyReports;

/// <summary>
/// The leadership of a Kejaksaan office issues its monthly report of a month that has ended: the report takes the
/// office's next <see cref="LetterKind.LaporanBulanan"/> number, is rendered as the preview is but with that number, and
/// is kept as a letter of the office (no case), so that it can be downloaded again unchanged and voided. A month has
/// one report in force: issuing it again needs the first one voided, and the new one takes a new number.
/// </summary>
/// <param name="OfficeId">The reporting Kejaksaan office; empty means the user's own.</param>
[AllowedRoles(Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record IssueMonthlyReport(int? OfficeId, int Year, int Month) : ICommand<IssuedMonthlyReport>;

/// <param name="LetterId">The stored letter, downloaded with <c>GetLetterFile</c> and voided with <c>VoidLetter</c>.</param>
public sealed record IssuedMonthlyReport(long LetterId, string Number, DateOnly Date, string FileName);

public sealed class IssueMonthlyReportValidator : AbstractValidator<IssueMonthlyReport>
{
    public IssueMonthlyReportValidator()
    {
        RuleFor(x => x.Year).ReportYear();
        RuleFor(x => x.Month).ReportMonth();
    }
}

public sealed class IssueMonthlyReportHandler(
    ISender sender, DatunDbContext db, CurrentUser currentUser, OfficeClock clock, TemplateStore templates)
    : ICommandHandler<IssueMonthlyReport, IssuedMonthlyReport>
{
    private readonly MonthlyReportBuilder _reports = new(sender, db, currentUser, clock, templates);

    public async ValueTask<IssuedMonthlyReport> Handle(IssueMonthlyReport command, CancellationToken ct)
    {
        var user = currentUser.User;
        var subject = await _reports.ResolveAsync(command.OfficeId, command.Year, command.Month, ct);
        var office = subject.Office;
        var month = IndonesianFormat.Month(subject.Month);
        if (!subject.HasEnded)
            throw new BusinessRuleException(
                $"Laporan bulanan {month} belum dapat diterbitkan karena bulan itu belum berakhir di {office.Name}. " +
                $"Laporan dapat diterbitkan mulai {IndonesianFormat.Date(subject.FirstDayAfter)}.");

        var date = subject.Today;
        // The number is reserved before the month is checked: the reservation holds the office's counter until this
        // command commits, so a second request for the same month waits for it and then finds this report, rather than
        // both passing the check. A refusal rolls the reservation back with everything else.
        var sequence = await LetterNumbers.Reserve(db, office.Id, LetterKind.LaporanBulanan, date, 1, ct);
        var inForce = await db.Letters.MonthlyReports()
            .Where(l => l.OfficeId == office.Id && l.ReportedMonth == subject.Month && !l.IsVoid)
            .Select(l => l.Number).FirstOrDefaultAsync(ct);
        if (inForce is not null)
            throw new BusinessRuleException(
                $"Laporan bulanan {month} {office.Name} sudah diterbitkan dengan nomor {inForce}. " +
                "Batalkan laporan itu terlebih dahulu bila laporan bulan tersebut perlu diterbitkan ulang.");

        var pattern = await LetterNumbers.PatternFor(db, office.Id, LetterKind.LaporanBulanan, ct);
        var number = LetterNumberPattern.Format(pattern, sequence, office.LetterCode, date);
        var report = await _reports.RenderAsync(subject, number, ct);
        var letter = new Letter
        {
            OfficeId = office.Id, SkkId = null, Kind = LetterKind.LaporanBulanan, ReportedMonth = subject.Month, Number = number, Date = date,
            Year = date.Year, Sequence = sequence, TemplateVersionId = report.Template.Id, DataSnapshot = report.Data.GetRawText(),
            Content = report.Result.Document, FileName = $"{subject.FileStem}-{FileNames.Part(number)}.docx",
            Warnings = string.Join("\n", report.Result.Warnings), CreatedAt = clock.UtcNow, CreatedById = user.UserId, CreatedByName = user.Name,
        };
        db.Letters.Add(letter);
        await db.SaveChangesAsync(ct);
        return new IssuedMonthlyReport(letter.Id, letter.Number, letter.Date, letter.FileName);
    }
}
