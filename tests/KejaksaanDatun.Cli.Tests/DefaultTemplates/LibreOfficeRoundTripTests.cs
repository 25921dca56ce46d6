using KejaksaanDatun.Core.Letters;
using KejaksaanDatun.TestSupport;

namespace KejaksaanDatun.Cli.Tests.DefaultTemplates;

/// <summary>The rendered Undangan I opens in LibreOffice, and the PDF it prints shows the values.</summary>
public sealed class LibreOfficeRoundTripTests : IDisposable
{
    private readonly TempFolder temp = new();
    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Undangan_I_converts_to_pdf_showing_the_employer_the_total_and_the_meeting_day()
    {
        Assert.True(LibreOffice.IsInstalled, LibreOffice.Missing);

        var docx = temp.Write("undangan-1.docx", DefaultTemplateTests.RenderSample(LetterKind.Undangan1).Document);
        var text = await LibreOffice.PdfText(await LibreOffice.Convert(docx, "pdf"));

        // Words wrap differently on paper: compare with all whitespace collapsed to single spaces.
        var printed = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
        foreach (var value in new[]
                 {
                     "KEJAKSAAN NEGERI HULU SUNGAI TENGAH", "B-57/O.3.14/Gp.2/02/2026", "PT Barokah Sawit Murakata",
                     "Selasa, 24 Februari 2026", "Rp58.477.500", "lima puluh delapan juta", "TRIMO, S.H., M.H.", "19720816 199603 1 001",
                 })
        {
            Assert.Contains(value, printed);
        }
    }
}
