using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using static KejaksaanDatun.Documents.Tests.TestDocx;

namespace KejaksaanDatun.Documents.Tests;

public class PictureTests
{
    // A 1×1 transparent PNG.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static Run Picture(string relationshipId, uint id) => new(new Drawing(
        new DW.Inline(
            new DW.Extent { Cx = 360000, Cy = 360000 },
            new DW.DocProperties { Id = id, Name = "Tanda tangan " + id },
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = "ttd.png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 360000, Cy = 360000 }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U }));

    [Fact]
    public void Pictures_in_repeated_rows_get_unique_drawing_ids_and_the_picture_is_kept()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var image = main.AddImagePart(ImagePartType.Png);
            using (var s = new MemoryStream(Png)) image.FeedData(s);
            var rel = main.GetIdOfPart(image);
            main.Document = new Document(new Body(
                new Paragraph(Picture(rel, 1)),
                Table(new TableRow(Cell(P("{{#each Team}}{{ Name }}")), Cell(new Paragraph(Picture(rel, 2)), P("{{/each}}"))))));
        }

        var result = DocxTemplate.Compile(stream.ToArray()).Render(new { Team = new[] { new { Name = "A" }, new { Name = "B" }, new { Name = "C" } } });
        using var output = Open(result.Document);
        var ids = output.MainDocumentPart!.Document!.Body!.Descendants<DW.DocProperties>().Select(d => d.Id!.Value).ToList();
        Assert.Equal(4, ids.Count);
        Assert.Equal(4, ids.Distinct().Count());
        Assert.Equal(1U, ids[0]);
        Assert.Single(output.MainDocumentPart.ImageParts);
        Assert.Equal(Png, ReadAll(output.MainDocumentPart.ImageParts.Single()));
    }

    private static byte[] ReadAll(OpenXmlPart part)
    {
        using var s = part.GetStream();
        using var copy = new MemoryStream();
        s.CopyTo(copy);
        return copy.ToArray();
    }
}
