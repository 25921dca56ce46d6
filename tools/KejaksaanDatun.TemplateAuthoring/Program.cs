using System.Text;
using KejaksaanDatun.Core.Letters;
using KejaksaanDatun.TemplateAuthoring;

// Usage: dotnet run --project tools/KejaksaanDatun.TemplateAuthoring [-- <templates folder>]
var folder = args.Length > 0 ? args[0] : FindTemplatesFolder();
Directory.CreateDirectory(Path.Combine(folder, "contoh"));
foreach (var kind in LetterKinds.All)
{
    var file = kind.TemplateFileName();
    File.WriteAllBytes(Path.Combine(folder, file), Letters.Build(kind).Save());
    File.WriteAllText(Path.Combine(folder, "contoh", Path.ChangeExtension(file, ".json")), LetterSamples.JsonFor(kind) + "\n", new UTF8Encoding(false));
    Console.WriteLine($"{file,-32} {kind.Label()}");
}
// A mail-merge example: the three summons as one JSON Lines file.
File.WriteAllLines(Path.Combine(folder, "contoh", "undangan.jsonl"),
    new[] { LetterKind.Undangan1, LetterKind.Undangan2, LetterKind.Undangan3 }.Select(k => LetterSamples.For(k).ToJsonLine()),
    new UTF8Encoding(false));
return 0;

static string FindTemplatesFolder()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "KejaksaanDatun.sln"))) return Path.Combine(dir.FullName, "templates");
    throw new InvalidOperationException("KejaksaanDatun.sln not found above the current folder; pass the templates folder.");
}
