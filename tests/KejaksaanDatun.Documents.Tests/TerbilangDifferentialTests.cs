using System.Diagnostics;
using System.Globalization;

namespace KejaksaanDatun.Documents.Tests;

/// <summary>
/// Compares <see cref="IndonesianText.Terbilang"/> with the npm package @develoka/angka-terbilang-js, which ./test.sh
/// installs into terbilang-oracle/node_modules. The package spells "milyar"; KBBI and this product spell "miliar".
/// </summary>
public class TerbilangDifferentialTests
{
    private const int Count = 12_000;

    [Fact]
    public void Terbilang_agrees_with_angka_terbilang_js_on_random_numbers_of_every_magnitude()
    {
        var numbers = Numbers().ToList();
        var oracleDir = FindOracle();
        var input = Path.Combine(Path.GetTempPath(), $"terbilang-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(input, numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
        try
        {
            var expected = RunOracle(oracleDir, input);
            Assert.Equal(numbers.Count, expected.Count);
            var mismatches = new List<string>();
            for (var i = 0; i < numbers.Count; i++)
            {
                var oracle = expected[i].Trim().Replace("milyar", "miliar");
                var ours = IndonesianText.Terbilang(numbers[i]);
                if (oracle != ours) mismatches.Add($"{numbers[i]}: kami \"{ours}\", oracle \"{oracle}\"");
            }
            Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {numbers.Count} differ:\n" + string.Join("\n", mismatches.Take(20)));
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>Deterministic numbers spread over every magnitude from 0 to 999 triliun, plus the edges.</summary>
    private static IEnumerable<long> Numbers()
    {
        long[] edges = [0, 1, 9, 10, 11, 12, 19, 20, 99, 100, 101, 110, 111, 999, 1000, 1001, 1999, 2000, 10_000, 11_000, 100_000, 1_000_000,
            1_001_000, 1_000_000_000, 1_000_000_000_000, 999_999_999_999_999];
        foreach (var e in edges) yield return e;
        var random = new Random(20220216);
        for (var i = edges.Length; i < Count; i++)
        {
            var digits = 1 + i % 15;
            var max = (long)Math.Pow(10, digits);
            var n = random.NextInt64(max / 10, max);
            // Some numbers with zero groups, which are where spellings go wrong.
            if (i % 4 == 0 && digits > 3) n -= n % (long)Math.Pow(10, random.Next(1, digits));
            yield return n;
        }
    }

    private static string FindOracle()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "KejaksaanDatun.Documents.Tests", "terbilang-oracle");
            if (Directory.Exists(candidate))
            {
                if (!Directory.Exists(Path.Combine(candidate, "node_modules", "@develoka", "angka-terbilang-js")))
                    Assert.Fail($"The npm package @develoka/angka-terbilang-js is not installed in {candidate}; run ./test.sh (it runs npm ci there).");
                return candidate;
            }
        }
        Assert.Fail("terbilang-oracle folder not found; run ./test.sh from the repository.");
        return "";
    }

    private static List<string> RunOracle(string oracleDir, string input)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = oracleDir, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("oracle.js");
        start.ArgumentList.Add(input);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Assert.Fail($"node is not installed or cannot run ({e.Message}); run ./test.sh, which needs Node.js and npm.");
            throw;
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var lines = new List<string>();
            while (process.StandardOutput.ReadLine() is { } line) lines.Add(line);
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"node oracle.js failed: {stderr.Result}; run ./test.sh.");
            return lines;
        }
    }
}
