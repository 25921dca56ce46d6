using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static KejaksaanDatun.Documents.Tests.TestDocx;

namespace KejaksaanDatun.Documents.Tests;

/// <summary>Markup the way Word writes it: rsids, paragraph ids, proofing marks, _GoBack bookmarks, ignorable namespaces.</summary>
public class WordMarkupTests
{
    private const string DocumentXml = """
        <w:document xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">
          <w:body>
            <w:p w14:paraId="1A2B3C4D" w14:textId="77777777" w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3">
              <w:r w:rsidRPr="00B2C3D4"><w:t xml:space="preserve">Kepada Yth. </w:t></w:r>
              <w:r w:rsidR="00C3D4E5"><w:rPr><w:b/></w:rPr><w:t>{</w:t></w:r>
              <w:r w:rsidR="00C4D5E6"><w:rPr><w:b/><w:i/></w:rPr><w:t>{</w:t></w:r>
              <w:proofErr w:type="spellStart"/>
              <w:r><w:rPr><w:color w:val="FF0000"/></w:rPr><w:t>Employer</w:t></w:r>
              <w:proofErr w:type="spellEnd"/>
              <w:bookmarkStart w:id="0" w:name="_GoBack"/>
              <w:r><w:lastRenderedPageBreak/><w:t>.Name</w:t></w:r>
              <w:bookmarkEnd w:id="0"/>
              <w:r><w:t>}}</w:t></w:r>
            </w:p>
            <w:tbl>
              <w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>
              <w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>
              <w:tr w14:paraId="2B3C4D5E" w14:textId="77777777" w:rsidR="00A1B2C3">
                <w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p w14:paraId="3C4D5E6F" w14:textId="77777777"><w:r><w:t>{{#each Items}}{{ @index }}</w:t></w:r></w:p></w:tc>
                <w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p w14:paraId="4D5E6F70" w14:textId="77777777"><w:r><w:t xml:space="preserve">{{ Name }} </w:t></w:r><w:r><w:t>{{/each}}</w:t></w:r></w:p></w:tc>
              </w:tr>
            </w:tbl>
            <w:p w14:paraId="5E6F7081" w14:textId="77777777"><w:r><w:t>{{ Total | rupiah }}</w:t></w:r></w:p>
            <w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
          </w:body>
        </w:document>
        """;

    private static byte[] WordDocument()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            using var writer = new StreamWriter(main.GetStream(FileMode.Create));
            writer.Write(DocumentXml);
        }
        return stream.ToArray();
    }

    [Fact]
    public void A_document_written_by_word_renders_valid_with_unique_paragraph_ids()
    {
        var template = DocxTemplate.Compile(WordDocument());
        Assert.Equal(["{{Employer.Name}}", "{{#each Items}}", "{{ @index }}", "{{ Name }}", "{{/each}}", "{{ Total | rupiah }}"], template.Tags);
        var result = template.Render(new { Employer = new { Name = "PT Sinar" }, Items = new[] { new { Name = "a" }, new { Name = "b" } }, Total = 5000 });
        Assert.Empty(result.Warnings);
        using var doc = Open(result.Document);
        var body = doc.MainDocumentPart!.Document!.Body!;
        Assert.Equal("Kepada Yth. PT Sinar\n1\na \n2\nb \nRp5.000", Text(body));
        var valueRun = body.Descendants<Run>().Single(r => r.InnerText == "PT Sinar");
        Assert.NotNull(valueRun.RunProperties?.Bold);
        Assert.Null(valueRun.RunProperties?.Italic);
        Assert.Equal("w14 w15", doc.MainDocumentPart.Document.MCAttributes?.Ignorable?.Value);
    }
}
