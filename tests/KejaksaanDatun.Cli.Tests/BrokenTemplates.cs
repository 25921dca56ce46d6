using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KejaksaanDatun.Cli.Tests;

/// <summary>Templates with mistakes an office might make, built with the Open XML SDK.</summary>
public static class BrokenTemplates
{
    public static byte[] UnclosedEachAndUnknownFilter()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Paragraph("Kepada {{ Nama }}"),
                // The tag is split over runs with different formatting, as Word does after edits.
                new Paragraph(
                    new Run(new Text("Jumlah {{ Total ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new RunProperties(new Bold()), new Text("| ua")),
                    new Run(new RunProperties(new Italic()), new Text("ng }}"))),
                Paragraph("{{#each Baris}}"),
                Paragraph("{{ Periode | bulan }}")));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) =>
        new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
