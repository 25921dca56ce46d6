using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KejaksaanDatun.Cli;

namespace KejaksaanDatun.Cli.Tests;

/// <summary>A temporary folder deleted after the test.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("datun-cli-").FullName;
    public string File(string name) => System.IO.Path.Combine(Path, name);
    public string Write(string name, string text) { System.IO.File.WriteAllText(File(name), text); return File(name); }
    public string Write(string name, byte[] bytes) { System.IO.File.WriteAllBytes(File(name), bytes); return File(name); }
    public void Dispose() { try { Directory.Delete(Path, recursive: true); } catch (IOException) { } }
}

public sealed record CliRun(int ExitCode, string Out, string Err);

public static class Cli
{
    public static async Task<CliRun> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await DatunCli.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public static async Task<CliRun> Run(IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await DatunCli.Run(args, stdout, stderr, settings);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}

public static class DocxText
{
    /// <summary>The document's text, one line per paragraph, tabs and breaks as spaces and newlines.</summary>
    public static string Of(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var lines = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p =>
            string.Concat(p.Descendants().Select(e => e switch
            {
                Text t => t.Text,
                TabChar => " ",
                Break => "\n",
                _ => "",
            })));
        return string.Join("\n", lines);
    }

    public static byte[] Entry(string zipPath, string entry)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var stream = zip.GetEntry(entry)!.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}

public static class Repo
{
    public static string Root { get; } = Find();

    public static string Templates => System.IO.Path.Combine(Root, "templates");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "KejaksaanDatun.sln"))) return dir.FullName;
        throw new InvalidOperationException("KejaksaanDatun.sln not found above the test folder.");
    }
}
