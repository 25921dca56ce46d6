namespace KejaksaanDatun.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData(new string[0], "Perintah belum diberikan")]
    [InlineData(new[] { "cetak" }, "Perintah tidak dikenal: cetak")]
    [InlineData(new[] { "render", "--template", "a.docx", "--data", "d.json" }, "Opsi --out wajib diberikan")]
    [InlineData(new[] { "render", "--template", "a.docx", "--data", "d.json", "--out", "o.docx", "--paksa" }, "Opsi tidak dikenal: --paksa")]
    [InlineData(new[] { "render", "--template" }, "Opsi --template memerlukan nilai")]
    [InlineData(new[] { "render", "--template", "a.docx", "--template", "b.docx", "--data", "d.json", "--out", "o.docx" }, "lebih dari sekali")]
    [InlineData(new[] { "check-template" }, "Berkas templat (.docx) belum diberikan")]
    [InlineData(new[] { "check-template", "a.docx", "b.docx" }, "Argumen tidak dikenal: b.docx")]
    [InlineData(new[] { "seed" }, "datun seed --demo")]
    [InlineData(new[] { "migrate", "--semua" }, "Opsi tidak dikenal: --semua")]
    public async Task Wrong_usage_exits_2_with_the_reason_and_the_usage(string[] args, string reason)
    {
        var run = await Cli.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(reason, run.Err);
        Assert.Contains("Penggunaan:", run.Err);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Help_prints_the_usage_and_exits_0()
    {
        var run = await Cli.Run("help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("datun render --template", run.Out);
        Assert.Contains("datun check-template", run.Out);
    }
}
