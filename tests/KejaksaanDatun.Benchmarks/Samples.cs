using System.Text.Json;
using KejaksaanDatun.Core.Letters;
using KejaksaanDatun.Documents;

namespace KejaksaanDatun.Benchmarks;

/// <summary>The Undangan I template and data the benchmarks share.</summary>
internal static class Samples
{
    /// <summary>The repository's templates/ folder, found by walking up from the benchmark's output folder.</summary>
    public static string TemplatesFolder { get; } = FindTemplates();

    public static byte[] UndanganTemplate() => File.ReadAllBytes(Path.Combine(TemplatesFolder, "undangan-1.docx"));

    public static DocxTemplate CompileUndangan()
    {
        var template = DocxTemplate.Compile(UndanganTemplate());
        if (template.Tags.Count < 25)
            throw new InvalidOperationException($"undangan-1.docx has only {template.Tags.Count} tags; the benchmark expects about 30.");
        return template;
    }

    /// <summary>The Undangan I sample (12 arrears rows); letter <paramref name="i"/> gets its own number and employer.</summary>
    public static LetterData Undangan(int i = 0)
    {
        var sample = LetterSamples.For(LetterKind.Undangan1);
        if (sample.Tunggakan?.Baris.Count != 12)
            throw new InvalidOperationException($"The Undangan I sample has {sample.Tunggakan?.Baris.Count} arrears rows, not 12.");
        if (i == 0) return sample;
        var employer = $"PT Murakata Sejahtera {i:D4}";
        return sample with
        {
            Nomor = $"B-{56 + i}/O.3.14/Gp.2/02/2026",
            Tujuan = sample.Tujuan! with { Nama = employer },
            BadanUsaha = sample.BadanUsaha! with { Nama = employer, Npp = (21045678 + i).ToString() },
        };
    }

    public static JsonElement UndanganJson(int i = 0) => Undangan(i).ToJsonElement();

    private static string FindTemplates()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates", "undangan-1.docx");
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "KejaksaanDatun.sln")))
                return Path.Combine(dir.FullName, "templates");
        }
        throw new DirectoryNotFoundException($"templates/undangan-1.docx not found above {AppContext.BaseDirectory}.");
    }
}
