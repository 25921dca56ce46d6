using KejaksaanDatun.Documents;

namespace KejaksaanDatun.Cli.Commands;

/// <summary>datun check-template T.docx: every tag, one per line, then every error with its location.</summary>
internal static class CheckTemplateCommand
{
    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        args.ExpectPositional(1, "Berkas templat (.docx)");
        var path = args.Positional[0];
        var bytes = InputFiles.Read(path, "templat");
        TemplateCheck check;
        try
        {
            check = DocxTemplate.Check(bytes);
        }
        catch (InvalidTemplateFileException)
        {
            throw new BadInputException($"Berkas templat bukan dokumen Word (.docx) yang dapat dibaca: {path}");
        }
        foreach (var tag in check.Tags) stdout.WriteLine(tag);
        foreach (var error in check.Errors) stdout.WriteLine($"KESALAHAN {error.Location}: {error.Tag} — {error.Message}");
        if (check.IsValid) return DatunCli.Ok;
        stderr.WriteLine($"Templat {path} mengandung {check.Errors.Count} kesalahan.");
        return DatunCli.BadInput;
    }
}
