using static KejaksaanDatun.Documents.Tests.TestDocx;

namespace KejaksaanDatun.Documents.Tests;

public class TemplateErrorTests
{
    private static TemplateError SingleError(params DocumentFormat.OpenXml.OpenXmlElement[] body)
    {
        var check = DocxTemplate.Check(Create(body));
        Assert.False(check.IsValid);
        return Assert.Single(check.Errors);
    }

    [Fact]
    public void An_unclosed_block_is_reported_with_its_tag_and_location()
    {
        var error = SingleError(P("a"), P("{{#each Items}}"), P("{{ Name }}"));
        Assert.Equal("{{#each Items}}", error.Tag);
        Assert.Equal("dokumen, paragraf 2", error.Location);
        Assert.Contains("tidak ditutup", error.Message);
    }

    [Fact]
    public void A_mismatched_close_is_reported()
    {
        var error = SingleError(P("{{#if A}}"), P("x"), P("{{/each}}"));
        Assert.Equal("{{/each}}", error.Tag);
        Assert.Equal("dokumen, paragraf 3", error.Location);
        Assert.Contains("tidak cocok", error.Message);
    }

    [Fact]
    public void A_close_without_an_opening_is_reported()
    {
        var error = SingleError(P("x {{/if}}"));
        Assert.Equal("{{/if}}", error.Tag);
    }

    [Fact]
    public void An_unknown_filter_is_reported()
    {
        var error = SingleError(P("Jumlah: {{ Amount | dollar }}"));
        Assert.Equal("{{ Amount | dollar }}", error.Tag);
        Assert.Equal("dokumen, paragraf 1", error.Location);
        Assert.Contains("Filter 'dollar' tidak dikenal", error.Message);
    }

    [Theory]
    [InlineData("a }} b", "}}")]
    [InlineData("a {{ b", "{{ b")]
    [InlineData("a {{ b {{ c }}", "{{ b ")]
    public void Stray_braces_are_reported(string text, string tag)
    {
        var check = DocxTemplate.Check(Create(P(text)));
        Assert.Contains(check.Errors, e => e.Tag == tag && e.Location == "dokumen, paragraf 1");
    }

    [Theory]
    [InlineData("{{ }}")]
    [InlineData("{{}}")]
    [InlineData("{{ a b }}")]
    [InlineData("{{#each}}")]
    [InlineData("{{#if }}")]
    [InlineData("{{#unless A}}")]
    [InlineData("{{/end}}")]
    [InlineData("{{ | upper }}")]
    [InlineData("{{ a | }}")]
    [InlineData("{{ a.b. }}")]
    public void Malformed_tags_are_reported(string tag)
    {
        var error = SingleError(P("x"), P("y " + tag + " z"));
        Assert.Equal(tag, error.Tag);
        Assert.Equal("dokumen, paragraf 2", error.Location);
    }

    [Fact]
    public void Locations_name_tables_rows_headers_footers_and_text_boxes()
    {
        var docx = Create(
            [P("ok"), Table(Row("a", "b"), Row("c", "{{ x | nope }}")), TextBox("{{ y | nope }}")],
            header: [P("{{ h | nope }}")],
            footer: [P("a"), P("{{ f | nope }}")]);
        var check = DocxTemplate.Check(docx);
        Assert.Equal([
            "dokumen, tabel 1 baris 2",
            "dokumen, kotak teks 1, paragraf 1",
            "header1, paragraf 1",
            "footer1, paragraf 2",
        ], check.Errors.Select(e => e.Location));
    }

    [Fact]
    public void Compile_throws_with_every_error()
    {
        var docx = Create(P("{{ a | x }}"), P("{{#each B}}"), P("}}"));
        var ex = Assert.Throws<TemplateException>(() => DocxTemplate.Compile(docx));
        Assert.Equal(3, ex.Errors.Count);
        Assert.Contains("{{ a | x }}", ex.Message);
        Assert.Contains("dokumen, paragraf 2", ex.Message);
    }

    [Fact]
    public void Check_lists_tags_of_a_valid_template()
    {
        var check = DocxTemplate.Check(Create(P("{{ A }} {{ B | upper }}")));
        Assert.True(check.IsValid);
        Assert.Equal(["{{ A }}", "{{ B | upper }}"], check.Tags);
    }

    [Fact]
    public void A_block_closed_inside_a_table_it_was_not_opened_in_is_reported()
    {
        var error = SingleError(P("{{#if A}}"), Table(Row("{{/if}}")));
        Assert.Equal("{{/if}}", error.Tag);
        Assert.Equal("dokumen, tabel 1 baris 1", error.Location);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1, 2, 3, 4, 5 })]
    [InlineData(new byte[] { 0x50, 0x4B, 3, 4, 0, 0, 0, 0 })]
    public void Bytes_that_are_not_a_docx_are_refused(byte[] bytes)
    {
        var ex = Assert.Throws<InvalidTemplateFileException>(() => DocxTemplate.Compile(bytes));
        Assert.Equal("Berkas bukan dokumen Word (.docx) yang dapat dibaca.", ex.Message);
        Assert.Throws<InvalidTemplateFileException>(() => DocxTemplate.Check(bytes));
    }

    [Fact]
    public void A_docx_with_a_broken_document_part_is_refused()
    {
        var docx = Create(P("x"));
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        }
        Assert.Throws<InvalidTemplateFileException>(() => DocxTemplate.Check(stream.ToArray()));
    }

    [Fact]
    public void Blocks_that_cross_each_other_are_reported()
    {
        var check = DocxTemplate.Check(Create(Table(Row("{{#each A}}x"), Row("y{{/each}}{{#if B}}"), Row("z{{/if}}"))));
        var error = Assert.Single(check.Errors);
        Assert.Contains("bertumpang tindih", error.Message);
    }

    [Fact]
    public void An_else_away_from_an_if_written_in_one_paragraph_is_reported()
    {
        var check = DocxTemplate.Check(Create(P("{{#if A}}a{{/if}}"), P("{{else}}")));
        Assert.False(check.IsValid);
        Assert.Equal("{{else}}", check.Errors[0].Tag);
    }

    [Fact]
    public void A_second_else_is_reported()
    {
        var error = SingleError(P("{{#if A}}"), P("{{else}}"), P("{{else}}"), P("{{/if}}"));
        Assert.Equal("dokumen, paragraf 3", error.Location);
    }

    [Fact]
    public void An_inline_block_half_inside_a_hyperlink_is_reported()
    {
        var paragraph = P(R("{{#if A}}a "), new DocumentFormat.OpenXml.Wordprocessing.Hyperlink(R("b{{/if}}")) { Anchor = "x" });
        var error = SingleError(paragraph);
        Assert.Equal("{{/if}}", error.Tag);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("hello");
        }
        Assert.Throws<InvalidTemplateFileException>(() => DocxTemplate.Compile(stream.ToArray()));
    }
}
