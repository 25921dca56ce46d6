using System.Buffers;
using System.IO.Compression;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using KejaksaanDatun.Documents.Internal;

namespace KejaksaanDatun.Documents;

/// <summary>
/// A compiled .docx template (PRODUCT.md §4). Compile once, render many times; one instance can render from many
/// threads at once.
/// </summary>
public sealed class DocxTemplate
{
    private sealed class Entry
    {
        public required byte[] Name;
        public byte[] Stored = [];
        public uint Crc;
        public uint Size;
        public bool Deflated;
        public PartTemplate? Template;
    }

    private const int MaxCachedBuffer = 4 * 1024 * 1024;

    [ThreadStatic] private static MemoryStream? t_output;
    [ThreadStatic] private static ByteBuffer? t_buffer;

    private readonly Entry[] _entries;
    private readonly uint _firstFreeDrawingId;
    private readonly int _sizeHint;

    private DocxTemplate(Entry[] entries, IReadOnlyList<string> tags, uint firstFreeDrawingId)
    {
        _entries = entries;
        Tags = tags;
        _firstFreeDrawingId = firstFreeDrawingId;
        _sizeHint = entries.Sum(e => e.Template is null ? e.Stored.Length + 80 : e.Template.SizeHint / 4 + 80) + 1024;
    }

    /// <summary>Every tag's text as written, e.g. "{{ Employer.Name | upper }}", in document order.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Compiles a template.</summary>
    /// <exception cref="TemplateException">The template has errors; all of them are listed with their locations.</exception>
    /// <exception cref="InvalidTemplateFileException">The bytes are not a readable .docx.</exception>
    public static DocxTemplate Compile(byte[] docx)
    {
        var (template, check) = Build(docx, compile: true);
        if (!check.IsValid) throw new TemplateException(check.Errors);
        return template!;
    }

    /// <summary>Lists a template's tags and errors without throwing for template errors.</summary>
    /// <exception cref="InvalidTemplateFileException">The bytes are not a readable .docx.</exception>
    public static TemplateCheck Check(byte[] docx) => Build(docx, compile: false).Check;

    /// <summary>Renders the template against a JSON object.</summary>
    public RenderResult Render(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
            throw new ArgumentException("Data untuk templat harus berupa objek JSON.", nameof(data));

        var renderer = new Renderer(data, _firstFreeDrawingId);
        // Buffers are reused per thread: a render never calls another render on the same thread.
        var output = t_output ?? new MemoryStream(_sizeHint);
        var buffer = t_buffer ?? new ByteBuffer(64 * 1024);
        t_output = null;
        t_buffer = null;
        output.SetLength(0);
        var zip = new ZipWriter(output);
        foreach (var entry in _entries)
        {
            if (entry.Template is null)
            {
                zip.AddPrecompressed(entry.Name, entry.Stored, entry.Crc, entry.Size, entry.Deflated);
                continue;
            }
            buffer.Reset();
            renderer.Render(entry.Template, buffer);
            zip.AddDeflated(entry.Name, buffer.WrittenSpan, CompressionLevel.Fastest);
        }
        zip.Finish();
        var document = output.ToArray();
        if (output.Capacity <= MaxCachedBuffer) t_output = output;
        if (buffer.Capacity <= MaxCachedBuffer)
        {
            buffer.Reset();
            t_buffer = buffer;
        }
        return new RenderResult(document, renderer.Warnings);
    }

    /// <summary>Renders the template against any object, serialised to JSON first.</summary>
    public RenderResult Render(object data) =>
        Render(data is JsonElement element ? element : JsonSerializer.SerializeToElement(data, data?.GetType() ?? typeof(object)));

    private static (DocxTemplate? Template, TemplateCheck Check) Build(byte[] docx, bool compile)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var errors = new List<TemplateError>();
        var tags = new List<string>();
        var compiled = new Dictionary<string, (PartCompiler Compiler, OpenXmlPartRootElement Root)>(StringComparer.OrdinalIgnoreCase);
        uint maxDrawingId = 0;

        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidTemplateFileException(e);
        }

        using (document)
        {
            try
            {
                var main = document.MainDocumentPart ?? throw new InvalidTemplateFileException();
                var parts = new List<(OpenXmlPart Part, string Name)> { (main, "dokumen") };
                parts.AddRange(main.HeaderParts.Select(p => ((OpenXmlPart)p, NameOf(p))).OrderBy(p => p.Item2, StringComparer.OrdinalIgnoreCase));
                parts.AddRange(main.FooterParts.Select(p => ((OpenXmlPart)p, NameOf(p))).OrderBy(p => p.Item2, StringComparer.OrdinalIgnoreCase));
                if (main.FootnotesPart is { } footnotes) parts.Add((footnotes, "catatan kaki"));
                if (main.EndnotesPart is { } endnotes) parts.Add((endnotes, "catatan akhir"));

                foreach (var (part, name) in parts)
                {
                    if (part.RootElement is not OpenXmlPartRootElement root) continue;
                    foreach (var docPr in root.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>())
                        maxDrawingId = Math.Max(maxDrawingId, docPr.Id?.Value ?? 0);
                    var compiler = new PartCompiler(root, name, errors, tags);
                    compiler.Analyse();
                    if (compiler.HasTags) compiled[part.Uri.OriginalString.TrimStart('/')] = (compiler, root);
                }
            }
            catch (InvalidTemplateFileException)
            {
                throw;
            }
            catch (Exception e) when (e is System.Xml.XmlException or OpenXmlPackageException or InvalidDataException or IOException)
            {
                throw new InvalidTemplateFileException(e);
            }

            var templates = new Dictionary<string, PartTemplate>(StringComparer.OrdinalIgnoreCase);
            if (errors.Count == 0)
            {
                foreach (var (uri, (compiler, root)) in compiled)
                {
                    var nodes = compiler.Build();
                    var prefix = root.LookupPrefix("http://schemas.openxmlformats.org/wordprocessingml/2006/main") ?? "w";
                    var size = nodes.OfType<LiteralNode>().Sum(n => n.Utf8.Length);
                    templates[uri] = new PartTemplate(nodes, prefix, size + 4096);
                }
            }

            var check = new TemplateCheck(tags, errors);
            if (!compile || errors.Count > 0) return (null, check);

            var entries = ReadEntries(docx, templates);
            return (new DocxTemplate(entries, tags, maxDrawingId + 1), check);
        }
    }

    /// <summary>A template saved as .dotx renders to an ordinary document, so that Word opens the result as a .docx.</summary>
    private static byte[] AsDocument(byte[] contentTypes)
    {
        const string template = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
        const string document = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
        var text = System.Text.Encoding.UTF8.GetString(contentTypes);
        return text.Contains(template, StringComparison.Ordinal)
            ? System.Text.Encoding.UTF8.GetBytes(text.Replace(template, document, StringComparison.Ordinal))
            : contentTypes;
    }

    private static string NameOf(OpenXmlPart part) => Path.GetFileNameWithoutExtension(part.Uri.OriginalString);

    private static Entry[] ReadEntries(byte[] docx, Dictionary<string, PartTemplate> templates)
    {
        using var archive = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        var entries = new List<Entry>();
        foreach (var zipEntry in archive.Entries)
        {
            var entry = new Entry { Name = ZipWriter.Name(zipEntry.FullName) };
            var name = Uri.UnescapeDataString(zipEntry.FullName);
            if (templates.TryGetValue(name, out var template))
            {
                entry.Template = template;
                entries.Add(entry);
                continue;
            }
            byte[] raw;
            using (var stream = zipEntry.Open())
            using (var copy = new MemoryStream())
            {
                stream.CopyTo(copy);
                raw = copy.ToArray();
            }
            if (name.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase))
                raw = AsDocument(raw);
            entry.Size = (uint)raw.Length;
            entry.Crc = Crc32.Compute(raw);
            using (var compressed = new MemoryStream())
            {
                using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(raw);
                if (compressed.Length < raw.Length)
                {
                    entry.Stored = compressed.ToArray();
                    entry.Deflated = true;
                }
                else
                {
                    entry.Stored = raw;
                }
            }
            entries.Add(entry);
        }
        return entries.ToArray();
    }
}
