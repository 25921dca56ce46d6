using System.Text.Json;
using BenchmarkDotNet.Attributes;
using KejaksaanDatun.Documents;

namespace KejaksaanDatun.Benchmarks;

/// <summary>One Surat Undangan I (about 30 tags, a 12-row arrears table) from an already compiled template.</summary>
[MemoryDiagnoser]
public class LetterBenchmarks
{
    private DocxTemplate _template = null!;
    private JsonElement _data;

    [GlobalSetup]
    public void Setup()
    {
        _template = Samples.CompileUndangan();
        _data = Samples.UndanganJson();
        var check = _template.Render(_data);
        if (check.Warnings.Count > 0)
            throw new InvalidOperationException("The sample data leaves tags empty: " + string.Join("; ", check.Warnings));
        Console.WriteLine($"// undangan-1.docx: {_template.Tags.Count} tags, letter of {check.Document.Length:N0} bytes");
    }

    [Benchmark]
    public byte[] RenderUndangan() => _template.Render(_data).Document;
}
