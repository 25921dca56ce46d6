using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KejaksaanDatun.Core.Tests.Features.Letters;

/// <summary>Edits a template as an office would in Word: one more paragraph at the end of the body.</summary>
internal static class TemplateFiles
{
    public static byte[] WithExtraParagraph(byte[] docx, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            var paragraph = new Paragraph(new Run(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
            body.InsertBefore(paragraph, body.Elements<SectionProperties>().LastOrDefault());
        }
        return stream.ToArray();
    }
}
