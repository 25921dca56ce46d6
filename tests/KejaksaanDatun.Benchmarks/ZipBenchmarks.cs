using System.IO.Compression;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using KejaksaanDatun.Cli;
using KejaksaanDatun.Documents;

namespace KejaksaanDatun.Benchmarks;

/// <summary>
/// A mail merge of 1,000 Undangan I letters (each with its own number and employer) into one ZIP.
/// </summary>
[MemoryDiagnoser]
public class ZipBenchmarks
{
    private const int Letters = 1_000;

    private DocxTemplate _template = null!;
    private JsonElement[] _data = [];
    private string _folder = "";
    private string _templatePath = "";
    private string _jsonlPath = "";
    private string _zipPath = "";

    [GlobalSetup]
    public void Setup()
    {
        _template = Samples.CompileUndangan();
        _data = Enumerable.Range(1, Letters).Select(Samples.UndanganJson).ToArray();
        var (first, second) = (_template.Render(_data[0]), _template.Render(_data[1]));
        if (first.Warnings.Count + second.Warnings.Count > 0 || first.Document.AsSpan().SequenceEqual(second.Document))
            throw new InvalidOperationException("The letters of the mail merge should differ and render without warnings.");

        _folder = Path.Combine(Path.GetTempPath(), "datun-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
        _templatePath = Path.Combine(_folder, "undangan-1.docx");
        File.WriteAllBytes(_templatePath, Samples.UndanganTemplate());
        _jsonlPath = Path.Combine(_folder, "undangan.jsonl");
        File.WriteAllLines(_jsonlPath, Enumerable.Range(1, Letters).Select(i => Samples.Undangan(i).ToJsonLine()), new UTF8Encoding(false));
        _zipPath = Path.Combine(_folder, "undangan.zip");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>Render and pack in memory, as the bulk job does (entries added with CompressionLevel.Fastest).</summary>
    [Benchmark(Baseline = true)]
    public long ThousandLettersZipFastest() => RenderIntoZip(CompressionLevel.Fastest);

    /// <summary>The same with entries stored uncompressed, as `datun render … .jsonl` writes them (a .docx is already a zip).</summary>
    [Benchmark]
    public long ThousandLettersZipStored() => RenderIntoZip(CompressionLevel.NoCompression);

    /// <summary>
    /// The command line end to end: `datun render --template undangan-1.docx --data undangan.jsonl --out undangan.zip`
    /// (reads and compiles the template, parses 1,000 JSON lines, writes the ZIP to a temporary file).
    /// </summary>
    [Benchmark]
    public int DatunRenderJsonl()
    {
        var code = DatunCli.Run(["render", "--template", _templatePath, "--data", _jsonlPath, "--out", _zipPath], TextWriter.Null, TextWriter.Null)
            .GetAwaiter().GetResult();
        if (code != DatunCli.Ok) throw new InvalidOperationException($"datun render exited with {code}.");
        return code;
    }

    private long RenderIntoZip(CompressionLevel level)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < _data.Length; i++)
            {
                var letter = _template.Render(_data[i]).Document;
                var entry = zip.CreateEntry($"{i + 1:D4}.docx", level);
                using var stream = entry.Open();
                stream.Write(letter);
            }
        }
        return buffer.Length;
    }
}
