using System.Text.Json;
using KejaksaanDatun.Documents;

namespace KejaksaanDatun.Cli.Commands;

/// <summary>Reading the command's input files, turning every failure into a plain Indonesian message.</summary>
internal static class InputFiles
{
    public static byte[] Read(string path, string what)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BadInputException($"Berkas {what} tidak ditemukan: {path}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"Berkas {what} tidak dapat dibaca: {path} ({e.Message})");
        }
    }

    public static DocxTemplate CompileTemplate(string path)
    {
        var bytes = Read(path, "templat");
        try
        {
            return DocxTemplate.Compile(bytes);
        }
        catch (InvalidTemplateFileException)
        {
            throw new BadInputException($"Berkas templat bukan dokumen Word (.docx) yang dapat dibaca: {path}");
        }
        catch (TemplateException e)
        {
            var lines = e.Errors.Select(error => $"  {error.Location}: {error.Tag} — {error.Message}");
            throw new BadInputException($"Templat {path} mengandung {e.Errors.Count} kesalahan:{Environment.NewLine}" +
                                        string.Join(Environment.NewLine, lines));
        }
    }

    /// <summary>Parses one JSON object; the error says where the JSON went wrong (1-based line and position).</summary>
    public static JsonElement ParseObject(ReadOnlyMemory<byte> json, string where, int lineOffset = 0)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1 + lineOffset;
            var position = (e.BytePositionInLine ?? 0) + 1;
            throw new BadInputException($"{where}: JSON tidak valid pada baris {line}, posisi {position}.");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new BadInputException($"{where}: data harus berupa objek JSON {{ … }}, bukan {Kind(document.RootElement.ValueKind)}.");
            return document.RootElement.Clone();
        }
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "larik [ … ]",
        JsonValueKind.String => "teks",
        JsonValueKind.Number => "angka",
        JsonValueKind.True or JsonValueKind.False => "nilai benar/salah",
        _ => "null",
    };

    /// <summary>Writes through a temporary file, so a failed command leaves no half-written output.</summary>
    public static void WriteAtomically(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var temp = full + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            var folder = Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            using (var stream = File.Create(temp)) write(stream);
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"Berkas keluaran tidak dapat ditulis: {path} ({e.Message})");
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
