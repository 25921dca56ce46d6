using System.Diagnostics;
using KejaksaanDatun.Core.Letters;

namespace KejaksaanDatun.Cli.Tests.DefaultTemplates;

/// <summary>The rendered Undangan I opens in LibreOffice, and the PDF it prints shows the values.</summary>
public sealed class LibreOfficeRoundTripTests : IDisposable
{
    private readonly TempFolder temp = new();
    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Undangan_I_converts_to_pdf_showing_the_employer_the_total_and_the_meeting_day()
    {
        var soffice = Which("soffice");
        var pdftotext = Which("pdftotext");
        Assert.True(soffice is not null && pdftotext is not null,
            "LibreOffice (soffice) and pdftotext are needed for this test; run ./test.sh, which installs " +
            "libreoffice-writer-nogui and poppler-utils when they are missing.");

        var docx = temp.Write("undangan-1.docx", DefaultTemplateTests.RenderSample(LetterKind.Undangan1).Document);
        // A private profile, so that parallel runs of LibreOffice do not wait on each other's lock.
        var profile = new Uri(temp.File("profil")).AbsoluteUri;
        var convert = await Execute(soffice!, $"-env:UserInstallation={profile}", "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", temp.Path, docx);
        var pdf = temp.File("undangan-1.pdf");
        Assert.True(File.Exists(pdf), $"soffice did not write the PDF (exit {convert.Code}): {convert.Output}");

        var text = await Execute(pdftotext!, pdf, "-");
        Assert.Equal(0, text.Code);
        // Words wrap differently on paper: compare with all whitespace collapsed to single spaces.
        var printed = System.Text.RegularExpressions.Regex.Replace(text.Output, @"\s+", " ");
        foreach (var value in new[]
                 {
                     "KEJAKSAAN NEGERI HULU SUNGAI TENGAH", "B-57/O.3.14/Gp.2/02/2026", "PT Barokah Sawit Murakata",
                     "Selasa, 24 Februari 2026", "Rp58.477.500", "lima puluh delapan juta", "TRIMO, S.H., M.H.", "19720816 199603 1 001",
                 })
        {
            Assert.Contains(value, printed);
        }
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    private static async Task<(int Code, string Output)> Execute(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
