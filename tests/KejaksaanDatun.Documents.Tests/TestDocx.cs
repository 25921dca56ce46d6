using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KejaksaanDatun.Documents.Tests;

/// <summary>Builds small .docx templates in code and reads rendered documents back.</summary>
internal static class TestDocx
{
    public static byte[] Create(IEnumerable<OpenXmlElement> body, IEnumerable<OpenXmlElement>? header = null, IEnumerable<OpenXmlElement>? footer = null)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var sectPr = new SectionProperties();
            if (header is not null)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(header);
                sectPr.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }
            if (footer is not null)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer(footer);
                sectPr.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }
            var b = new Body(body);
            b.Append(sectPr);
            main.Document = new Document(b);
        }
        return stream.ToArray();
    }

    public static byte[] Create(params OpenXmlElement[] body) => Create((IEnumerable<OpenXmlElement>)body);

    public static Run R(string text, bool bold = false, bool italic = false, string? color = null)
    {
        var run = new Run();
        if (bold || italic || color is not null)
        {
            var props = new RunProperties();
            if (bold) props.Append(new Bold());
            if (italic) props.Append(new Italic());
            if (color is not null) props.Append(new Color { Val = color });
            run.Append(props);
        }
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public static Paragraph P(params OpenXmlElement[] content) => new(content);

    public static Paragraph P(string text) => new(R(text));

    public static TableCell Cell(params Paragraph[] paragraphs) => new(paragraphs.Length == 0 ? [new Paragraph()] : paragraphs);

    public static TableRow Row(params string[] cells) => new(cells.Select(c => Cell(P(c))));

    public static Table Table(params TableRow[] rows)
    {
        var table = new Table(new TableProperties(new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto }),
            new TableGrid(Enumerable.Range(0, rows.Max(r => r.Elements<TableCell>().Count())).Select(_ => new GridColumn { Width = "2000" })));
        table.Append(rows);
        return table;
    }

    /// <summary>A paragraph holding a text box (DrawingML with a VML fallback, as Word writes it) with the given text.</summary>
    public static Paragraph TextBox(string text, uint id = 1)
    {
        var escaped = System.Security.SecurityElement.Escape(text);
        var xml = $"""
        <w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2000000" cy="600000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{id}" name="Text Box {id}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escaped}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="TextBox{id}" style="width:157pt;height:47pt"><v:textbox><w:txbxContent><w:p><w:r><w:t xml:space="preserve">{escaped}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
        """;
        return new Paragraph(xml.Trim());
    }

    public static DocxTemplate Compile(params OpenXmlElement[] body) => DocxTemplate.Compile(Create(body));

    /// <summary>Opens a rendered document, checks it with the Open XML validator and returns it.</summary>
    public static WordprocessingDocument Open(byte[] docx)
    {
        var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        return doc;
    }

    /// <summary>The text of each paragraph (line breaks as \n), one line per paragraph.</summary>
    public static string Text(OpenXmlElement root) =>
        string.Join("\n", root.Descendants<Paragraph>().Select(ParagraphText));

    public static string ParagraphText(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var e in p.Descendants())
        {
            if (e.Ancestors<Paragraph>().First() != p) continue;
            if (e is Text t) sb.Append(t.Text);
            else if (e is Break) sb.Append('\n');
            else if (e is TabChar) sb.Append('\t');
        }
        return sb.ToString();
    }

    public static string BodyText(byte[] docx)
    {
        using var doc = Open(docx);
        return Text(doc.MainDocumentPart!.Document!.Body!);
    }

    /// <summary>Renders and returns the body text after validating the output.</summary>
    public static string RenderText(DocxTemplate template, object data) => BodyText(template.Render(data).Document);
}
