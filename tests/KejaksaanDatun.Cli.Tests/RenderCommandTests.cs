using System.IO.Compression;
using KejaksaanDatun.TemplateAuthoring;

namespace KejaksaanDatun.Cli.Tests;

public sealed class RenderCommandTests : IDisposable
{
    private readonly TempFolder temp = new();
    public void Dispose() => temp.Dispose();

    private string Template() => temp.Write("surat.docx", new Doc()
        .P("Kepada Yth. {{ Nama }}")
        .P("Tunggakan {{ Total | rupiah }} ({{ Total | terbilang_rupiah }})")
        .P("{{#each Tembusan}}")
        .P("{{ @index }}. {{ this }}")
        .P("{{/each}}")
        .Save());

    [Fact]
    public async Task Rendering_a_json_object_writes_one_letter()
    {
        var data = temp.Write("data.json", """{ "Nama": "PT Barokah Sawit Murakata", "Total": 58477500, "Tembusan": ["Kajati", "Arsip"] }""");
        var run = await Cli.Run("render", "--template", Template(), "--data", data, "--out", temp.File("out/surat.docx"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Err);
        var text = DocxText.Of(File.ReadAllBytes(temp.File("out/surat.docx")));
        Assert.Contains("Kepada Yth. PT Barokah Sawit Murakata", text);
        Assert.Contains("Rp58.477.500 (lima puluh delapan juta empat ratus tujuh puluh tujuh ribu lima ratus rupiah)", text);
        Assert.Contains("2. Arsip", text);
    }

    [Fact]
    public async Task Rendering_json_lines_writes_a_zip_with_one_letter_per_non_empty_line()
    {
        var data = temp.Write("data.jsonl",
            "{\"Nama\":\"CV Satu\",\"Total\":1000}\n\n{\"Nama\":\"CV Dua\",\"Total\":2000}\r\n   \n{\"Nama\":\"CV Tiga\",\"Total\":3000}");
        var run = await Cli.Run("render", "--template", Template(), "--data", data, "--out", temp.File("surat.zip"));

        Assert.Equal(0, run.ExitCode);
        using var zip = ZipFile.OpenRead(temp.File("surat.zip"));
        Assert.Equal(["0001.docx", "0002.docx", "0003.docx"], zip.Entries.Select(e => e.FullName).ToArray());
        Assert.Contains("CV Dua", DocxText.Of(DocxText.Entry(temp.File("surat.zip"), "0002.docx")));
        Assert.Contains("Rp3.000", DocxText.Of(DocxText.Entry(temp.File("surat.zip"), "0003.docx")));
    }

    [Fact]
    public async Task A_bad_json_line_is_reported_with_its_line_number_and_no_zip_is_written()
    {
        var data = temp.Write("data.jsonl", "{\"Nama\":\"CV Satu\"}\n\n{\"Nama\": \"CV Dua\",, }\n{\"Nama\":\"CV Tiga\"}\n");
        var run = await Cli.Run("render", "--template", Template(), "--data", data, "--out", temp.File("surat.zip"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("baris 3", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.False(File.Exists(temp.File("surat.zip")));
    }

    [Fact]
    public async Task Invalid_json_is_reported_with_line_and_position()
    {
        var data = temp.Write("data.json", "{\n  \"Nama\": \"PT A\"\n  \"Total\": 5\n}");
        var run = await Cli.Run("render", "--template", Template(), "--data", data, "--out", temp.File("hasil.docx"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("JSON tidak valid pada baris 3, posisi", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.False(File.Exists(temp.File("hasil.docx")));
    }

    [Fact]
    public async Task Data_that_is_not_an_object_is_refused()
    {
        var data = temp.Write("data.json", "[1, 2]");
        var run = await Cli.Run("render", "--template", Template(), "--data", data, "--out", temp.File("hasil.docx"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("objek JSON", run.Err);
    }

    [Fact]
    public async Task A_missing_path_is_a_warning_and_the_letter_is_still_written()
    {
        var data = temp.Write("data.json", """{ "Total": 1500 }""");
        var run = await Cli.Run("render", "--template", Template(), "--data", data, "--out", temp.File("hasil.docx"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Peringatan", run.Err);
        Assert.Contains("Nama", run.Err);
        Assert.True(File.Exists(temp.File("hasil.docx")));
    }

    [Fact]
    public async Task A_missing_template_file_is_bad_input()
    {
        var data = temp.Write("data.json", "{}");
        var run = await Cli.Run("render", "--template", temp.File("tidak-ada.docx"), "--data", data, "--out", temp.File("hasil.docx"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tidak ditemukan", run.Err);
        Assert.Contains("tidak-ada.docx", run.Err);
    }

    [Fact]
    public async Task A_missing_data_file_is_bad_input()
    {
        var run = await Cli.Run("render", "--template", Template(), "--data", temp.File("tidak-ada.json"), "--out", temp.File("hasil.docx"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Berkas data tidak ditemukan", run.Err);
    }

    [Fact]
    public async Task A_template_that_is_not_a_docx_is_bad_input()
    {
        var template = temp.Write("surat.docx", "ini bukan dokumen Word");
        var data = temp.Write("data.json", "{}");
        var run = await Cli.Run("render", "--template", template, "--data", data, "--out", temp.File("out.docx"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bukan dokumen Word", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
    }

    [Fact]
    public async Task A_broken_template_is_refused_with_its_errors()
    {
        var template = temp.Write("rusak.docx", BrokenTemplates.UnclosedEachAndUnknownFilter());
        var data = temp.Write("data.json", "{}");
        var run = await Cli.Run("render", "--template", template, "--data", data, "--out", temp.File("out.docx"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("{{ Total | uang }}", run.Err);
        Assert.Contains("{{#each Baris}}", run.Err);
        Assert.False(File.Exists(temp.File("out.docx")));
    }

    [Theory]
    [InlineData("data.jsonl", "out.docx")]
    [InlineData("data.json", "out.zip")]
    public async Task Data_and_output_kinds_must_match(string dataName, string outName)
    {
        var data = temp.Write(dataName, "{}");
        var run = await Cli.Run("render", "--template", Template(), "--data", data, "--out", temp.File(outName));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Penggunaan", run.Err);
    }
}
