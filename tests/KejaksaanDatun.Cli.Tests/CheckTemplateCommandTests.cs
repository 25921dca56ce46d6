using KejaksaanDatun.TemplateAuthoring;

namespace KejaksaanDatun.Cli.Tests;

public sealed class CheckTemplateCommandTests : IDisposable
{
    private readonly TempFolder temp = new();
    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_good_template_lists_its_tags_one_per_line_and_exits_0()
    {
        var template = temp.Write("baik.docx", new Doc()
            .P("Kepada {{ BadanUsaha.Nama }}")
            .P("{{#if Tunggakan}}")
            .P("Sebesar {{ Tunggakan.Total | rupiah }}")
            .P("{{/if}}")
            .Save());
        var run = await Cli.Run("check-template", template);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["{{ BadanUsaha.Nama }}", "{{#if Tunggakan}}", "{{ Tunggakan.Total | rupiah }}", "{{/if}}"], lines);
        Assert.Equal("", run.Err);
    }

    [Fact]
    public async Task A_broken_template_lists_every_error_with_its_location_and_exits_1()
    {
        var template = temp.Write("rusak.docx", BrokenTemplates.UnclosedEachAndUnknownFilter());
        var run = await Cli.Run("check-template", template);

        Assert.Equal(1, run.ExitCode);
        var errors = run.Out.Split('\n').Where(l => l.StartsWith("KESALAHAN", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("{{ Total | uang }}") && e.Contains("paragraf 2"));
        Assert.Contains(errors, e => e.Contains("{{#each Baris}}") && e.Contains("paragraf 3"));
        Assert.Contains("{{ Nama }}", run.Out);
        Assert.Contains("2 kesalahan", run.Err);
    }

    [Fact]
    public async Task A_file_that_is_not_a_docx_is_bad_input()
    {
        var file = temp.Write("surat.docx", "%PDF-1.7 bukan Word");
        var run = await Cli.Run("check-template", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bukan dokumen Word", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
    }

    [Fact]
    public async Task A_missing_file_is_bad_input()
    {
        var run = await Cli.Run("check-template", temp.File("tidak-ada.docx"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tidak ditemukan", run.Err);
    }
}
