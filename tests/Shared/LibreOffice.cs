using System.Diagnostics;

namespace KejaksaanDatun.TestSupport;

/// <summary>
/// Runs LibreOffice headless (and poppler's tools) the way a person checks a file: convert it, then read what came
/// out. Shared by the test projects that check documents in a real office program.
/// </summary>
public static class LibreOffice
{
    public const string Missing =
        "LibreOffice (soffice with Writer and Calc) and poppler-utils are needed for this test; run ./test.sh, which installs " +
        "libreoffice-writer-nogui, libreoffice-calc-nogui and poppler-utils when they are missing.";

    /// <summary>Converts <paramref name="file"/> into <paramref name="format"/> ("pdf", "csv", …) beside it and returns the new file.</summary>
    public static async Task<string> Convert(string file, string format, string? filter = null)
    {
        var soffice = Which("soffice") ?? throw new InvalidOperationException(Missing);
        var folder = Path.GetDirectoryName(file)!;
        // A private profile, so that parallel runs of LibreOffice do not wait on each other's lock.
        var profile = new Uri(Path.Combine(folder, "lo-profile")).AbsoluteUri;
        var target = filter is null ? format : $"{format}:{filter}";
        var run = await Execute(soffice, $"-env:UserInstallation={profile}", "--headless", "--norestore",
            "--convert-to", target, "--outdir", folder, file);
        var converted = Path.ChangeExtension(file, "." + format);
        if (!File.Exists(converted)) throw new InvalidOperationException($"soffice did not write {converted} (exit {run.Code}): {run.Output}");
        return converted;
    }

    /// <summary>The text of a PDF laid out as printed (<c>pdftotext -layout</c>).</summary>
    public static async Task<string> PdfText(string pdf)
    {
        var pdftotext = Which("pdftotext") ?? throw new InvalidOperationException(Missing);
        var run = await Execute(pdftotext, "-layout", pdf, "-");
        if (run.Code != 0) throw new InvalidOperationException($"pdftotext failed (exit {run.Code}): {run.Output}");
        return run.Output;
    }

    public static bool IsInstalled => Which("soffice") is not null && Which("pdftotext") is not null;

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
