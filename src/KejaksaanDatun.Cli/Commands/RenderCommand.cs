using System.IO.Compression;
using System.Text.Json;
using KejaksaanDatun.Documents;

namespace KejaksaanDatun.Cli.Commands;

/// <summary>
/// datun render --template T.docx --data D.json --out O.docx (one letter), or --data D.jsonl --out O.zip
/// (one letter per non-empty line, entries 0001.docx, 0002.docx, …; the template is compiled once).
/// </summary>
internal static class RenderCommand
{
    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        args.ExpectPositional(0, "");
        var templatePath = args.Required("--template");
        var dataPath = args.Required("--data");
        var outPath = args.Required("--out");
        var lines = IsJsonLines(dataPath);
        var zip = outPath.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        if (lines && !zip) throw new UsageException("Data JSON Lines (.jsonl) menghasilkan banyak surat: --out harus berkas .zip.");
        if (!lines && zip) throw new UsageException("Data satu objek JSON menghasilkan satu surat: --out harus berkas .docx (gunakan data .jsonl untuk ZIP).");

        var data = InputFiles.Read(dataPath, "data");
        var template = InputFiles.CompileTemplate(templatePath);
        return lines ? RenderMany(template, data, dataPath, outPath, stdout, stderr) : RenderOne(template, data, dataPath, outPath, stdout, stderr);
    }

    private static bool IsJsonLines(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    private static int RenderOne(DocxTemplate template, byte[] data, string dataPath, string outPath, TextWriter stdout, TextWriter stderr)
    {
        var json = InputFiles.ParseObject(SkipBom(data), $"Berkas data {dataPath}");
        var result = Render(template, json, "");
        foreach (var warning in result.Warnings) stderr.WriteLine($"Peringatan: {warning}");
        InputFiles.WriteAtomically(outPath, stream => stream.Write(result.Document));
        stdout.WriteLine($"Surat dibuat: {outPath}");
        return DatunCli.Ok;
    }

    private static int RenderMany(DocxTemplate template, byte[] data, string dataPath, string outPath, TextWriter stdout, TextWriter stderr)
    {
        var records = new List<(int Line, JsonElement Json)>();
        var memory = SkipBom(data);
        var lineNumber = 0;
        while (!memory.IsEmpty)
        {
            lineNumber++;
            var end = memory.Span.IndexOf((byte)'\n');
            var line = end < 0 ? memory : memory[..end];
            memory = end < 0 ? ReadOnlyMemory<byte>.Empty : memory[(end + 1)..];
            if (IsBlank(line.Span)) continue;
            records.Add((lineNumber, InputFiles.ParseObject(line, $"Berkas data {dataPath}, baris {lineNumber}", lineNumber - 1)));
        }
        if (records.Count == 0) throw new BadInputException($"Berkas data {dataPath} tidak berisi satu baris JSON pun.");

        InputFiles.WriteAtomically(outPath, stream =>
        {
            using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
            for (var i = 0; i < records.Count; i++)
            {
                var (line, json) = records[i];
                var result = Render(template, json, $"Baris {line}: ");
                foreach (var warning in result.Warnings) stderr.WriteLine($"Peringatan baris {line}: {warning}");
                // The letters are themselves zip packages; compressing them again gains little and costs time.
                var entry = archive.CreateEntry($"{i + 1:D4}.docx", CompressionLevel.NoCompression);
                using var entryStream = entry.Open();
                entryStream.Write(result.Document);
            }
        });
        stdout.WriteLine($"{records.Count} surat dibuat: {outPath}");
        return DatunCli.Ok;
    }

    private static RenderResult Render(DocxTemplate template, JsonElement json, string where)
    {
        try
        {
            return template.Render(json);
        }
        catch (Exception e) when (e is not BadInputException)
        {
            throw new BadInputException($"{where}Gagal membuat surat: {e.Message}");
        }
    }

    private static ReadOnlyMemory<byte> SkipBom(byte[] data) =>
        data.AsSpan().StartsWith("\uFEFF"u8) ? data.AsMemory(3) : data.AsMemory();

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        return true;
    }
}
