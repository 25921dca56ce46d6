using System.Text;
using DocumentFormat.OpenXml.Packaging;
using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Attachments;

/// <summary>
/// Tells what an uploaded file is from its bytes, never from its name: a program renamed to .pdf or a spreadsheet
/// renamed to .docx is refused. A file cut off in transfer is refused too where its format says where it ends.
/// </summary>
public static class AttachmentContent
{
    public const string UnsupportedMessage =
        "Jenis berkas tidak didukung: hanya PDF, JPG, PNG atau DOCX (diperiksa dari isinya, bukan dari nama berkas).";

    /// <summary>In bytes as well, so that a file just over the limit does not read as exactly the limit.</summary>
    public static string TooLargeMessage(long size) =>
        $"Berkas melebihi batas ukuran {AttachmentLabels.Size(Attachment.MaxBytes)} " +
        $"({Attachment.MaxBytes.ToString("N0", IndonesianFormat.Culture)} byte): berkas ini {size.ToString("N0", IndonesianFormat.Culture)} byte.";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PdfEnd = "%%EOF"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] PngHeaderChunk = "IHDR"u8.ToArray();
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The kind of the content, or null when it is none of the accepted kinds.</summary>
    public static AttachmentKind? Detect(byte[] content)
    {
        var bytes = content.AsSpan();
        if (bytes.StartsWith(PdfMagic))
            return IsCompletePdf(bytes) ? AttachmentKind.Pdf : null;
        if (bytes.StartsWith(PngMagic))
            return bytes.Length > 16 && bytes.Slice(12, 4).SequenceEqual(PngHeaderChunk) ? AttachmentKind.Png : null;
        if (bytes.StartsWith(JpegMagic))
            return bytes.Length > JpegMagic.Length ? AttachmentKind.Jpeg : null;
        if (bytes.StartsWith(ZipMagic))
            return IsWordDocument(content) ? AttachmentKind.Docx : null;
        return null;
    }

    /// <summary>Readers accept the end-of-file marker anywhere in the last kilobyte; without it the file was cut off.</summary>
    private static bool IsCompletePdf(ReadOnlySpan<byte> bytes) =>
        bytes[Math.Max(0, bytes.Length - 1024)..].IndexOf(PdfEnd) >= 0;

    /// <summary>
    /// A ZIP is a DOCX only when it opens as a Word package with a main document: a plain ZIP, an XLSX or a
    /// truncated archive is not.
    /// </summary>
    private static bool IsWordDocument(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            return document.MainDocumentPart?.Document is not null;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FormatException
                                       or InvalidOperationException or System.Xml.XmlException)
        {
            return false;
        }
    }

    /// <summary>
    /// The name shown and downloaded: the uploader's name without any folder, control characters or characters
    /// file systems refuse, and with the extension of the detected kind (a PDF named <c>scan.exe</c> becomes <c>scan.pdf</c>).
    /// </summary>
    public static string DisplayName(string uploadedName, AttachmentKind kind)
    {
        var name = uploadedName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var extension = AttachmentLabels.Extension(kind);
        var dot = name.LastIndexOf('.');
        var stem = dot > 0 ? name[..dot] : name;
        var originalExtension = dot > 0 ? name[dot..].ToLowerInvariant() : "";
        if (kind == AttachmentKind.Jpeg && originalExtension == ".jpeg") extension = originalExtension;

        var clean = new StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            if (char.IsControl(c) || "<>:\"/\\|?*".Contains(c)) clean.Append('_');
            else clean.Append(c);
        }
        var text = string.Join(' ', clean.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        if (text.Length == 0) text = "lampiran";
        if (text.Length > 150) text = text[..150];
        return text + extension;
    }
}
