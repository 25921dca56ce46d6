namespace KejaksaanDatun.Cli;

/// <summary>Options ("--name value"), flags ("--name") and positional arguments of one command.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);
    public List<string> Positional { get; } = [];

    public static Arguments Parse(string[] args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        var result = new Arguments();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var name = arg;
                string? inline = null;
                var eq = arg.IndexOf('=');
                if (eq > 0) { name = arg[..eq]; inline = arg[(eq + 1)..]; }
                if (valueOptions.Contains(name))
                {
                    var value = inline ?? (i + 1 < args.Length ? args[++i] : null);
                    if (string.IsNullOrEmpty(value)) throw new UsageException($"Opsi {name} memerlukan nilai.");
                    if (!result.options.TryAdd(name, value)) throw new UsageException($"Opsi {name} diberikan lebih dari sekali.");
                }
                else if (flagOptions.Contains(name) && inline is null)
                {
                    result.flags.Add(name);
                }
                else
                {
                    throw new UsageException($"Opsi tidak dikenal: {arg}");
                }
            }
            else if (arg.StartsWith('-') && arg.Length > 1)
            {
                throw new UsageException($"Opsi tidak dikenal: {arg}");
            }
            else
            {
                result.Positional.Add(arg);
            }
        }
        return result;
    }

    public string Required(string option) =>
        options.TryGetValue(option, out var value) ? value : throw new UsageException($"Opsi {option} wajib diberikan.");

    public string? Optional(string option) => options.GetValueOrDefault(option);

    public bool Has(string flag) => flags.Contains(flag);

    public void ExpectPositional(int count, string what)
    {
        if (Positional.Count < count) throw new UsageException($"{what} belum diberikan.");
        if (Positional.Count > count) throw new UsageException($"Argumen tidak dikenal: {Positional[count]}");
    }
}
