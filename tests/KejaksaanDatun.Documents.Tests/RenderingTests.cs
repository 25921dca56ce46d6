using System.Text.Json;
using DocumentFormat.OpenXml.Wordprocessing;
using static KejaksaanDatun.Documents.Tests.TestDocx;

namespace KejaksaanDatun.Documents.Tests;

public class RenderingTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void A_simple_value_is_replaced_and_surrounding_text_kept()
    {
        var template = Compile(P("Kepada Yth. {{ Employer.Name }} di tempat"));
        Assert.Equal("Kepada Yth. PT Maju Jaya di tempat", RenderText(template, new { Employer = new { Name = "PT Maju Jaya" } }));
    }

    [Fact]
    public void Keys_are_case_insensitive_and_whitespace_in_braces_optional()
    {
        var template = Compile(P("{{employer.name}}|{{  EMPLOYER.NAME  }}"));
        Assert.Equal("A|A", RenderText(template, Json("""{"Employer":{"Name":"A"}}""")));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void A_tag_split_over_runs_with_mixed_formatting_is_one_tag_and_takes_the_first_runs_formatting(int pieces)
    {
        const string tag = "{{ Employer.Name | upper }}";
        var cuts = Enumerable.Range(1, pieces - 1).Select(i => i * tag.Length / pieces).ToList();
        var parts = new List<string>();
        var last = 0;
        foreach (var cut in cuts) { parts.Add(tag[last..cut]); last = cut; }
        parts.Add(tag[last..]);

        var runs = new List<DocumentFormat.OpenXml.OpenXmlElement> { R("Nama: ", italic: true) };
        for (var i = 0; i < parts.Count; i++)
        {
            runs.Add(R(parts[i], bold: i % 2 == 0, italic: i % 3 == 1, color: i == 0 ? "FF0000" : i % 2 == 0 ? "00FF00" : null));
            if (i == 0) runs.Add(new ProofError { Type = ProofingErrorValues.SpellStart });
            if (i == 1) runs.Add(new BookmarkStart { Id = "7", Name = "tanda" });
            if (i == 1) runs.Add(new BookmarkEnd { Id = "7" });
            if (i == parts.Count - 1) runs.Add(new ProofError { Type = ProofingErrorValues.SpellEnd });
        }
        runs.Add(R(" (badan usaha)", color: "0000FF"));

        var template = Compile(P(runs.ToArray()));
        Assert.Equal([tag], template.Tags);
        var result = template.Render(new { Employer = new { Name = "pt maju" } });
        Assert.Empty(result.Warnings);
        using var doc = Open(result.Document);
        var body = doc.MainDocumentPart!.Document!.Body!;
        Assert.Equal("Nama: PT MAJU (badan usaha)", Text(body));

        var valueRun = body.Descendants<Run>().Single(r => r.InnerText.Contains("PT MAJU"));
        Assert.Equal("PT MAJU", valueRun.InnerText);
        Assert.NotNull(valueRun.RunProperties?.Bold);
        Assert.Equal("FF0000", valueRun.RunProperties?.Color?.Val?.Value);
        var before = body.Descendants<Run>().First(r => r.InnerText == "Nama: ");
        Assert.NotNull(before.RunProperties?.Italic);
        var after = body.Descendants<Run>().Single(r => r.InnerText == " (badan usaha)");
        Assert.Equal("0000FF", after.RunProperties?.Color?.Val?.Value);
    }

    [Fact]
    public void Text_around_a_tag_inside_one_run_stays_in_that_run()
    {
        var template = Compile(P(R("a {{x}} b", bold: true), R(" c", italic: true)));
        using var doc = Open(template.Render(new { x = "X" }).Document);
        var runs = doc.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToList();
        Assert.Equal(["a X b", " c"], runs.Select(r => r.InnerText));
        Assert.NotNull(runs[0].RunProperties?.Bold);
        Assert.NotNull(runs[1].RunProperties?.Italic);
    }

    [Fact]
    public void Each_over_table_rows_repeats_the_rows_between_the_tags_as_a_group()
    {
        var template = Compile(
            P("Tunggakan:"),
            Table(
                Row("No", "Bulan", "Jumlah"),
                Row("{{#each Arrears}}{{ @index }}", "{{ Month | bulan }}", "{{ Amount | rupiah }}"),
                Row("", "Denda", "{{ Fine | rupiah }}{{/each}}"),
                Row("", "Total", "{{ Total | rupiah }}")),
            P("Selesai"));
        var result = template.Render(new
        {
            Arrears = new[]
            {
                new { Month = "2024-01-01", Amount = 1500000m, Fine = 30000m },
                new { Month = "2024-02-01", Amount = 1500000.5m, Fine = 0m },
            },
            Total = 3030000.5m,
        });
        Assert.Empty(result.Warnings);
        using var doc = Open(result.Document);
        var rows = doc.MainDocumentPart!.Document!.Body!.Descendants<TableRow>()
            .Select(r => string.Join("|", r.Elements<TableCell>().Select(c => c.InnerText))).ToList();
        Assert.Equal([
            "No|Bulan|Jumlah",
            "1|Januari 2024|Rp1.500.000",
            "|Denda|Rp30.000",
            "2|Februari 2024|Rp1.500.000,50",
            "|Denda|Rp0",
            "|Total|Rp3.030.000,50",
        ], rows);
    }

    [Fact]
    public void A_row_holding_only_a_block_tag_is_removed()
    {
        var template = Compile(Table(
            Row("A", "B"),
            Row("{{#each Items}}", ""),
            Row("{{Name}}", "{{Qty}}"),
            Row("{{/each}}", ""),
            Row("Z", "Z")));
        using var doc = Open(template.Render(new { Items = new[] { new { Name = "x", Qty = 1 }, new { Name = "y", Qty = 2 } } }).Document);
        var rows = doc.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().Select(r => r.InnerText).ToList();
        Assert.Equal(["AB", "x1", "y2", "ZZ"], rows);
    }

    [Fact]
    public void Each_over_paragraphs_repeats_them_and_removes_tag_only_paragraphs()
    {
        var template = Compile(
            P("Tim JPN:"),
            P("{{#each Team}}"),
            P(R("{{ @index }}. "), R("{{ Name }}", bold: true)),
            P("   NIP {{ Nip }}"),
            P("{{/each}}"),
            P("Akhir"));
        var text = RenderText(template, new { Team = new[] { new { Name = "Andi", Nip = "1" }, new { Name = "Budi", Nip = "2" } } });
        Assert.Equal("Tim JPN:\n1. Andi\n   NIP 1\n2. Budi\n   NIP 2\nAkhir", text);
    }

    [Fact]
    public void Each_over_scalars_with_this_and_an_empty_list_renders_nothing()
    {
        var template = Compile(P("{{#each Tembusan}}"), P("{{ @index }}. {{ this }}"), P("{{/each}}"), P("."));
        Assert.Equal("1. Kajati\n2. Arsip\n.", RenderText(template, new { Tembusan = new[] { "Kajati", "Arsip" } }));
        Assert.Equal(".", RenderText(template, new { Tembusan = Array.Empty<string>() }));
        Assert.Equal(".", RenderText(template, Json("""{"Tembusan":null}""")));
    }

    [Fact]
    public void This_with_a_path_reads_the_current_item_and_indexes_read_arrays()
    {
        var template = Compile(P("{{#each People}}"), P("{{ this.Name }} / {{ Name }} / {{ Phones.0 }}"), P("{{/each}}"), P("{{ People.1.Name }}"));
        var text = RenderText(template, Json("""{"Name":"luar","People":[{"Name":"A","Phones":["1"]},{"Name":"B","Phones":["2"]}]}"""));
        Assert.Equal("A / A / 1\nB / B / 2\nB", text);
    }

    [Fact]
    public void Each_over_something_that_is_not_a_list_warns()
    {
        var template = Compile(P("{{#each Name}}"), P("x"), P("{{/each}}"), P("."));
        var result = template.Render(new { Name = "A" });
        Assert.Equal(".", BodyText(result.Document));
        Assert.Equal(["Data 'Name' bukan daftar, tidak dapat diulang (dokumen, paragraf 1)."], result.Warnings);
    }

    [Fact]
    public void Nested_each_in_each_and_if_in_each_resolve_item_first_then_outward()
    {
        var template = Compile(
            P("{{#each Offices}}"),
            P("Kantor {{ Name }} ({{ @index }})"),
            P("{{#each Staff}}"),
            P("- {{ Name }} di {{ City }} #{{ @index }}"),
            P("{{#if Lead}}"),
            P("  ketua"),
            P("{{else}}"),
            P("  anggota"),
            P("{{/if}}"),
            P("{{/each}}"),
            P("{{/each}}"));
        var data = Json("""
            {"City":"Banjarmasin","Offices":[
              {"Name":"Kejati","Staff":[{"Name":"A","Lead":true},{"Name":"B","Lead":false}]},
              {"Name":"Kejari","City":"Martapura","Staff":[{"Name":"C"}]}]}
            """);
        var text = RenderText(template, data);
        Assert.Equal(
            "Kantor Kejati (1)\n- A di Banjarmasin #1\n  ketua\n- B di Banjarmasin #2\n  anggota\n" +
            "Kantor Kejari (2)\n- C di Martapura #1\n  anggota", text);
    }

    [Fact]
    public void Nested_each_in_table_rows_inside_each_over_paragraphs()
    {
        var template = Compile(
            P("{{#each Cases}}"),
            P("Perkara {{ No }}"),
            Table(Row("{{#each Payments}}{{ @index }}", "{{ Amount | angka }}{{/each}}")),
            P("{{/each}}"));
        using var doc = Open(template.Render(new
        {
            Cases = new[] { new { No = "1", Payments = new[] { new { Amount = 1000 }, new { Amount = 2000 } } }, new { No = "2", Payments = new[] { new { Amount = 5 } } } },
        }).Document);
        var body = doc.MainDocumentPart!.Document!.Body!;
        Assert.Equal(2, body.Elements<Table>().Count());
        Assert.Equal("Perkara 1\n1\n1.000\n2\n2.000\nPerkara 2\n1\n5", Text(body));
    }

    [Theory]
    [InlineData("""{"Flag":true}""", "ya")]
    [InlineData("""{"Flag":false}""", "tidak")]
    [InlineData("""{}""", "tidak")]
    [InlineData("""{"Flag":null}""", "tidak")]
    [InlineData("""{"Flag":0}""", "tidak")]
    [InlineData("""{"Flag":0.0}""", "tidak")]
    [InlineData("""{"Flag":""}""", "tidak")]
    [InlineData("""{"Flag":[]}""", "tidak")]
    [InlineData("""{"Flag":[1]}""", "ya")]
    [InlineData("""{"Flag":"0"}""", "ya")]
    [InlineData("""{"Flag":{}}""", "ya")]
    [InlineData("""{"Flag":12}""", "ya")]
    public void If_else_keeps_one_branch_and_every_falsy_kind_counts_as_false(string json, string expected)
    {
        var template = Compile(P("awal"), P("{{#if Flag}}"), P("ya"), P("{{else}}"), P("tidak"), P("{{/if}}"), P("akhir"));
        var result = template.Render(Json(json));
        Assert.Empty(result.Warnings);
        Assert.Equal($"awal\n{expected}\nakhir", BodyText(result.Document));
    }

    [Fact]
    public void If_inside_one_paragraph_keeps_inline_text()
    {
        var template = Compile(P(R("Sifat: "), R("{{#if Urgent}}Segera", bold: true), R("{{else}}Biasa{{/if}}"), R(".")));
        Assert.Equal("Sifat: Segera.", RenderText(template, new { Urgent = true }));
        Assert.Equal("Sifat: Biasa.", RenderText(template, new { Urgent = false }));
    }

    [Fact]
    public void If_over_table_rows()
    {
        var template = Compile(Table(Row("A"), Row("{{#if Show}}B"), Row("C{{else}}"), Row("D{{/if}}"), Row("E")));
        using (var doc = Open(template.Render(new { Show = true }).Document))
            Assert.Equal(["A", "B", "E"], doc.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().Select(r => r.InnerText));
        using (var doc = Open(template.Render(new { Show = false }).Document))
            Assert.Equal(["A", "C", "D", "E"], doc.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().Select(r => r.InnerText));
    }

    [Fact]
    public void Tags_in_headers_and_footers_are_rendered()
    {
        var docx = Create([P("Isi {{ Body }}")], header: [P(R("Kop {{ Office"), R(".Name }}", bold: true))], footer: [P("Hal. {{ Footer }}")]);
        var template = DocxTemplate.Compile(docx);
        Assert.Equal(["{{ Body }}", "{{ Office.Name }}", "{{ Footer }}"], template.Tags);
        using var doc = Open(template.Render(new { Body = "B", Office = new { Name = "Kejari Banjarmasin" }, Footer = "F" }).Document);
        Assert.Equal("Kop Kejari Banjarmasin", Text(doc.MainDocumentPart!.HeaderParts.Single().Header!));
        Assert.Equal("Hal. F", Text(doc.MainDocumentPart!.FooterParts.Single().Footer!));
        Assert.Equal("Isi B", Text(doc.MainDocumentPart!.Document!.Body!));
    }

    [Fact]
    public void Tags_in_text_boxes_are_rendered_in_both_the_drawing_and_its_fallback()
    {
        var template = Compile(P("Atas {{ A }}"), TextBox("Nomor: {{ Number }}"), P("{{ B }}"));
        Assert.Equal(["{{ A }}", "{{ Number }}", "{{ B }}"], template.Tags);
        using var doc = Open(template.Render(new { A = 1, B = 2, Number = "B-57/O.3.14/Gp.2/02/2026" }).Document);
        var boxes = doc.MainDocumentPart!.Document!.Body!.Descendants<TextBoxContent>().ToList();
        Assert.Equal(2, boxes.Count);
        Assert.All(boxes, b => Assert.Equal("Nomor: B-57/O.3.14/Gp.2/02/2026", Text(b)));
    }

    [Fact]
    public void Repeated_drawings_get_unique_ids()
    {
        var template = Compile(P("{{#each Items}}"), TextBox("{{ this }}", 5), P("{{/each}}"));
        using var doc = Open(template.Render(new { Items = new[] { "a", "b", "c" } }).Document);
        var ids = doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>()
            .Select(d => d.Id!.Value).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(3, ids.Distinct().Count());
    }

    [Fact]
    public void Tags_in_nested_tables_are_rendered()
    {
        var inner = Table(Row("{{ A }}", "{{ B }}"));
        var template = Compile(Table(new TableRow(new TableCell(inner, P("{{ C }}")))));
        Assert.Equal("1\n2\n3", RenderText(template, new { A = 1, B = 2, C = 3 }));
    }

    [Fact]
    public void Line_breaks_and_special_characters_appear_as_typed()
    {
        var template = Compile(P(R("Alamat: "), R("{{ Address }}", italic: true)));
        var result = template.Render(new { Address = "Jl. A & B <No. 5>\n\"Blok\" 'C'\r\nBanjarmasin" });
        using var doc = Open(result.Document);
        var body = doc.MainDocumentPart!.Document!.Body!;
        Assert.Equal("Alamat: Jl. A & B <No. 5>\n\"Blok\" 'C'\nBanjarmasin", Text(body));
        Assert.Equal(2, body.Descendants<Break>().Count());
        Assert.All(body.Descendants<Run>().Skip(1), r => Assert.NotNull(r.RunProperties?.Italic));
    }

    [Fact]
    public void Missing_paths_render_empty_with_a_warning()
    {
        var template = Compile(P("Ada"), P("NPWP: {{ Employer.Npwp }}."), P("{{#each Nothing}}"), P("x"), P("{{/each}}"));
        var result = template.Render(new { Employer = new { Name = "A" } });
        Assert.Equal("Ada\nNPWP: .", BodyText(result.Document));
        Assert.Equal([
            "Data 'Employer.Npwp' tidak ada (dokumen, paragraf 2).",
            "Data 'Nothing' tidak ada (dokumen, paragraf 3).",
        ], result.Warnings);
    }

    [Fact]
    public void A_value_a_filter_cannot_read_renders_as_it_is_with_a_warning()
    {
        var template = Compile(P("{{ A | rupiah }}|{{ B | tanggal }}|{{ C | terbilang }}|{{ A | rupiah | upper }}"));
        var result = template.Render(new { A = "abc", B = "besok", C = 1.5 });
        Assert.Equal("abc|besok|1.5|ABC", BodyText(result.Document));
        Assert.Equal(3, result.Warnings.Count);
        Assert.Contains("Nilai 'abc' pada 'A' tidak dapat diolah filter 'rupiah' (dokumen, paragraf 1).", result.Warnings);
    }

    [Fact]
    public void Filters_read_numbers_and_numeric_strings_and_dates_with_offsets()
    {
        var template = Compile(P(
            "{{ N | rupiah }};{{ S | rupiah }};{{ N | angka }};{{ I | terbilang }};{{ I | terbilang | upper }};{{ R | terbilang_rupiah }};" +
            "{{ D | tanggal }};{{ T | tanggal_panjang }};{{ T | hari }};{{ D | bulan }};{{ L | title }};{{ L | lower }}"));
        var text = RenderText(template, Json("""
            {"N":108137709.5,"S":"108137709.5","I":"1001","R":1500.50,"D":"2022-02-16","T":"2022-02-16T23:30:00+08:00","L":"PT MAJU jaya"}
            """));
        Assert.Equal(
            "Rp108.137.709,50;Rp108.137.709,50;108.137.709,5;seribu satu;SERIBU SATU;seribu lima ratus rupiah lima puluh sen;" +
            "16 Februari 2022;Rabu, 16 Februari 2022;Rabu;Februari 2022;Pt Maju Jaya;pt maju jaya", text);
    }

    [Fact]
    public void Values_of_every_json_kind_render_as_text()
    {
        var template = Compile(P("{{ N }};{{ B }};{{ Z }};{{ O }}"));
        var result = template.Render(Json("""{"N":12.50,"B":true,"Z":null,"O":{"a":1}}"""));
        Assert.Equal("12.50;true;;", BodyText(result.Document));
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void Tags_lists_every_tag_as_written_in_document_order()
    {
        var template = Compile(P("{{#if A}}"), P("{{ Employer.Name | upper }} {{x}}"), P("{{/if}}"));
        Assert.Equal(["{{#if A}}", "{{ Employer.Name | upper }}", "{{x}}", "{{/if}}"], template.Tags);
    }

    [Fact]
    public void A_document_without_tags_renders_unchanged_text()
    {
        var template = Compile(P("Tanpa tag"));
        Assert.Empty(template.Tags);
        Assert.Equal("Tanpa tag", RenderText(template, new { }));
    }

    [Fact]
    public void Concurrent_renders_of_one_template_give_identical_output()
    {
        var template = Compile(
            P("{{ Name | upper }} {{ Amount | terbilang_rupiah }}"),
            Table(Row("{{#each Items}}{{ @index }}", "{{ this | rupiah }}{{/each}}")));
        var data = new { Name = "pt a", Amount = 1234567.25m, Items = Enumerable.Range(1, 30).Select(i => i * 1000m).ToArray() };
        var expected = template.Render(data).Document;
        var outputs = new byte[200][];
        Parallel.For(0, outputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => outputs[i] = template.Render(data).Document);
        Assert.All(outputs, o => Assert.Equal(expected, o));
        Open(expected).Dispose();
    }

    [Fact]
    public void Each_inside_one_paragraph_repeats_inline()
    {
        var template = Compile(P(R("Tembusan: "), R("{{#each T}}{{ Name }}", bold: true), R("{{#if Sep}}; {{/if}}{{/each}}.")));
        Assert.Equal("Tembusan: A; B; C.", RenderText(template, Json("""{"T":[{"Name":"A","Sep":true},{"Name":"B","Sep":true},{"Name":"C"}]}""")));
    }

    [Fact]
    public void Bookmarks_and_paragraph_ids_inside_repeated_paragraphs_stay_valid()
    {
        var para = P(new BookmarkStart { Id = "1", Name = "b1" }, R("{{ this }}"), new BookmarkEnd { Id = "1" });
        para.SetAttribute(new DocumentFormat.OpenXml.OpenXmlAttribute("w14", "paraId", "http://schemas.microsoft.com/office/word/2010/wordml", "12345678"));
        var template = Compile(P("{{#each Items}}"), para, P("{{/each}}"));
        Assert.Equal("a\nb", RenderText(template, new { Items = new[] { "a", "b" } }));
    }

    [Fact]
    public void A_block_that_removes_every_paragraph_of_a_cell_keeps_the_cell_valid()
    {
        var template = Compile(Table(new TableRow(Cell(P("{{#each Items}}"), P("{{ this }}")), Cell(P("{{/each}}")))));
        using var doc = Open(template.Render(new { Items = new[] { "a", "b" } }).Document);
        Assert.Equal(["a", "b"], doc.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().Select(r => r.InnerText));
    }

    [Fact]
    public void If_in_a_header_and_values_in_a_footer_table()
    {
        var docx = Create([P("isi")],
            header: [P("{{#if Confidential}}"), P("RAHASIA"), P("{{/if}}"), P("Kop")],
            footer: [Table(Row("{{ Number }}", "{{ Page }}"))]);
        var template = DocxTemplate.Compile(docx);
        using var doc = Open(template.Render(new { Confidential = false, Number = "B-1", Page = 2 }).Document);
        Assert.Equal("Kop", Text(doc.MainDocumentPart!.HeaderParts.Single().Header!));
        Assert.Equal("B-1\n2", Text(doc.MainDocumentPart!.FooterParts.Single().Footer!));
    }

    [Fact]
    public void Untouched_parts_are_copied_byte_for_byte()
    {
        var docx = Create([P("{{ A }}")], header: [P("Kop tanpa tag")]);
        var output = DocxTemplate.Compile(docx).Render(new { A = 1 }).Document;
        static string Entry(byte[] zip, string suffix)
        {
            using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
            var entry = archive.Entries.Single(e => e.FullName.StartsWith("word/header"));
            using var reader = new StreamReader(entry.Open());
            return reader.ReadToEnd();
        }
        Assert.Equal(Entry(docx, "header"), Entry(output, "header"));
    }

    [Fact]
    public void A_header_whose_paragraphs_are_all_removed_keeps_an_empty_paragraph()
    {
        var docx = Create([P("isi")], header: [P("{{#if Show}}"), P("Kop"), P("{{/if}}")]);
        var template = DocxTemplate.Compile(docx);
        using (var doc = Open(template.Render(new { Show = false }).Document))
            Assert.Single(doc.MainDocumentPart!.HeaderParts.Single().Header!.Elements<Paragraph>());
        using (var doc = Open(template.Render(new { Show = true }).Document))
            Assert.Equal("Kop", Text(doc.MainDocumentPart!.HeaderParts.Single().Header!));
    }

    [Fact]
    public void A_table_whose_rows_all_repeat_over_an_empty_list_is_left_out()
    {
        var template = Compile(P("a"), Table(Row("{{#each Items}}{{ this }}", "{{/each}}")), P("b"));
        using (var doc = Open(template.Render(new { Items = Array.Empty<string>() }).Document))
            Assert.Empty(doc.MainDocumentPart!.Document!.Body!.Descendants<Table>());
        Assert.Equal("a\nx\n\nb", RenderText(template, new { Items = new[] { "x" } }));
    }

    [Fact]
    public void A_template_saved_as_dotx_renders_to_a_document()
    {
        using var stream = new MemoryStream();
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Template))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(P("{{ A }}")));
        }
        var result = DocxTemplate.Compile(stream.ToArray()).Render(new { A = "x" });
        using var output = Open(result.Document);
        Assert.Equal(DocumentFormat.OpenXml.WordprocessingDocumentType.Document, output.DocumentType);
        Assert.Equal("x", Text(output.MainDocumentPart!.Document!.Body!));
    }

    [Fact]
    public void Render_requires_a_json_object()
    {
        var template = Compile(P("x"));
        Assert.Throws<ArgumentException>(() => template.Render(Json("[1,2]")));
    }
}
