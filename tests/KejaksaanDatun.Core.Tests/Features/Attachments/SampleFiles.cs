using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KejaksaanDatun.Core.Tests.Features.Attachments;

/// <summary>Small real files of each kind, and files that only pretend to be one.</summary>
public static class SampleFiles
{
    public static byte[] Pdf(int size = 0)
    {
        const string head = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%";
        const string tail = "\n%%EOF\n";
        var padding = Math.Max(0, size - head.Length - tail.Length);
        return Encoding.ASCII.GetBytes(head + new string('x', padding) + tail);
    }

    /// <summary>A 1 × 1 pixel PNG.</summary>
    public static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A 1 × 1 pixel JPEG.</summary>
    public static byte[] Jpeg() => Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////" +
        "wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");

    public static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text("Berita acara pertemuan")))));
        }
        return stream.ToArray();
    }

    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var part = workbook.AddWorkbookPart();
            part.Workbook = new Spreadsheet.Workbook(new Spreadsheet.Sheets());
        }
        return stream.ToArray();
    }

    public static byte[] PlainZip()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("catatan.txt").Open());
            writer.Write("bukan dokumen Word");
        }
        return stream.ToArray();
    }

    /// <summary>The start of a Windows program.</summary>
    public static byte[] Exe() => [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, .. new byte[200]];

    public static byte[] Truncated(byte[] content) => content[..(content.Length / 2)];
}
