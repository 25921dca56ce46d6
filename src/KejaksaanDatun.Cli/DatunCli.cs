using KejaksaanDatun.Cli.Commands;

namespace KejaksaanDatun.Cli;

/// <summary>The datun command line. Exit codes: 0 success, 1 bad input, 2 wrong usage.</summary>
public static class DatunCli
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int WrongUsage = 2;

    public const string Usage = """
        Penggunaan:
          datun render --template T.docx --data D.json --out O.docx     satu surat dari satu objek JSON
          datun render --template T.docx --data D.jsonl --out O.zip     satu surat per baris JSON Lines, dalam satu ZIP
          datun check-template T.docx                                    daftar tag dan kesalahan templat
          datun migrate                                                  perbarui skema basis data
          datun rebuild-figures                                          hitung ulang angka bulanan dasbor dari data perkara
          datun seed --demo                                              isi basis data kosong dengan data demo
          datun seed --synthetic --cases N --payments N [--seed N]       isi basis data SQLite kosong dengan data sintetis
                                                                         berskala nasional (N perkara, N pembayaran)
          datun report recovery --from 2024-01-01 --to 2024-12-31 [--office KODE] [--json]
                                                                         angka pemulihan: jumlah dan satu baris per kantor
                                                                         tepat di bawah KODE (tanpa --office: Kejaksaan Agung)
          datun help                                                     tampilkan bantuan ini

        Basis data diatur di appsettings.json di samping datun, dapat ditimpa variabel lingkungan
        Database__Provider (Sqlite | SqlServer) dan ConnectionStrings__Datun.
        Kode keluar: 0 berhasil, 1 masukan salah, 2 penggunaan salah.
        """;

    public static Task<int> Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, settings: null);

    /// <param name="settings">Configuration that overrides appsettings.json and the environment (for tests).</param>
    internal static async Task<int> Run(string[] args, TextWriter stdout, TextWriter stderr, IReadOnlyDictionary<string, string?>? settings)
    {
        try
        {
            if (args.Length == 0) throw new UsageException("Perintah belum diberikan.");
            var rest = args[1..];
            return args[0] switch
            {
                "render" => RenderCommand.Run(Arguments.Parse(rest, ["--template", "--data", "--out"], []), stdout, stderr),
                "check-template" => CheckTemplateCommand.Run(Arguments.Parse(rest, [], []), stdout, stderr),
                "migrate" => await MigrateCommand.Run(Arguments.Parse(rest, [], []), stdout, settings),
                "rebuild-figures" => await RebuildFiguresCommand.Run(Arguments.Parse(rest, [], []), stdout, settings),
                "seed" => await SeedCommand.Run(Arguments.Parse(rest, SeedCommand.ValueOptions, SeedCommand.Flags), stdout, settings),
                "report" => await ReportCommand.Run(Arguments.Parse(rest, ["--from", "--to", "--office"], ["--json"]), stdout, settings),
                "help" or "--help" or "-h" or "-?" => Help(stdout),
                _ => throw new UsageException($"Perintah tidak dikenal: {args[0]}"),
            };
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync(e.Message);
            await stderr.WriteLineAsync();
            await stderr.WriteLineAsync(Usage);
            return WrongUsage;
        }
        catch (BadInputException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return BadInput;
        }
    }

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine(Usage);
        return Ok;
    }
}

/// <summary>The command line itself is wrong: unknown command or option, missing argument. Exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>The input is wrong: missing file, invalid JSON, broken template, failed render. Exit code 1.</summary>
public sealed class BadInputException(string message) : Exception(message);
