using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Letters;

public static class MonthlyReportLetters
{
    /// <summary>
    /// The issued monthly reports: letters of an office rather than a case, of kind <see cref="LetterKind.LaporanBulanan"/>,
    /// each with its <see cref="Letter.ReportedMonth"/>.
    /// </summary>
    public static IQueryable<Letter> MonthlyReports(this IQueryable<Letter> letters) =>
        letters.Where(l => l.Kind == LetterKind.LaporanBulanan && l.SkkId == null && l.ReportedMonth != null);
}
