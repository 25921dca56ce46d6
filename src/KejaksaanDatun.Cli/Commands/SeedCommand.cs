using System.Globalization;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Data.Synthetic;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Cli.Commands;

/// <summary>
/// datun seed --demo: fills an empty database with the demo data (offices, users, MoU/PKS, employers, SKK).
/// datun seed --synthetic --cases N --payments N [--seed N]: fills an empty SQLite database with deterministic
/// national-scale data for benchmarks (<see cref="SyntheticData"/>).
/// </summary>
internal static class SeedCommand
{
    public static readonly string[] ValueOptions = ["--cases", "--payments", "--seed"];
    public static readonly string[] Flags = ["--demo", "--synthetic"];

    public static async Task<int> Run(Arguments args, TextWriter stdout, IReadOnlyDictionary<string, string?>? settings)
    {
        args.ExpectPositional(0, "");
        var demo = args.Has("--demo");
        var synthetic = args.Has("--synthetic");
        if (demo && synthetic) throw new UsageException("Pilih salah satu: --demo atau --synthetic.");
        if (synthetic) return await SeedSynthetic(SyntheticOptionsFrom(args), stdout, settings);
        if (!demo) throw new UsageException("Pilih data yang diisikan: datun seed --demo atau datun seed --synthetic --cases N --payments N");
        if (ValueOptions.Any(o => args.Optional(o) is not null))
            throw new UsageException("Opsi --cases, --payments dan --seed hanya untuk --synthetic.");
        return await SeedDemo(stdout, settings);
    }

    private static async Task<int> SeedDemo(TextWriter stdout, IReadOnlyDictionary<string, string?>? settings)
    {
        await using var services = Database.Services(settings);
        return await Database.Guard("mengisi data demo", async () =>
        {
            if (!await IsEmptyAndMigrated(services))
            {
                stdout.WriteLine($"Basis data {Database.Describe(services)} sudah berisi data; data demo tidak diisikan.");
                return DatunCli.Ok;
            }
            await DemoData.SeedAsync(services);
            stdout.WriteLine($"Data demo diisikan ke {Database.Describe(services)}. Kata sandi semua pengguna demo: {DemoData.DemoPassword}");
            return DatunCli.Ok;
        });
    }

    /// <summary>
    /// Unlike the demo data, which the web app also puts into an empty database on its own, synthetic data is asked for on
    /// purpose: a database that already holds data is refused rather than passed over, so a benchmark never runs on the
    /// wrong data.
    /// </summary>
    private static async Task<int> SeedSynthetic(SyntheticOptions options, TextWriter stdout, IReadOnlyDictionary<string, string?>? settings)
    {
        await using var services = Database.Services(settings);
        if (services.GetRequiredService<DatabaseSettings>().Provider != DatabaseProvider.Sqlite)
            throw new BadInputException("Data sintetis hanya dapat diisikan ke basis data SQLite (Database__Provider=Sqlite).");
        return await Database.Guard("mengisi data sintetis", async () =>
        {
            var database = Database.Describe(services);
            if (!await IsEmptyAndMigrated(services))
                throw new BadInputException($"Basis data {database} sudah berisi data; data sintetis hanya diisikan ke basis data kosong. " +
                    "Arahkan ConnectionStrings__Datun ke berkas SQLite baru, jalankan datun migrate, lalu ulangi.");

            stdout.WriteLine($"Mengisi data sintetis ke {database}: {Count(options.Cases)} perkara, {Count(options.Payments)} pembayaran, seed {options.Seed}.");
            var reported = 0L;
            var summary = await SyntheticData.SeedAsync(services, options, progress =>
            {
                // About every tenth of the cases.
                if (progress.CasesWritten < progress.Cases && progress.CasesWritten * 10 / progress.Cases == reported) return;
                reported = progress.CasesWritten * 10 / progress.Cases;
                stdout.WriteLine($"  {progress.CasesWritten * 100 / progress.Cases,3} %: {Count(progress.CasesWritten)} perkara, " +
                    $"{Count(progress.PaymentsWritten)} pembayaran ({Duration(progress.Elapsed)})");
                if (progress.CasesWritten == progress.Cases) stdout.WriteLine("Membuat indeks dan menghitung angka bulanan dasbor...");
            });
            var rows = summary.Rows;
            stdout.WriteLine($"Selesai dalam {Duration(summary.Elapsed)}: {Count(summary.Offices)} kantor, {Count(summary.Users)} pengguna, " +
                $"{Count(summary.Agreements)} MoU/PKS, {Count(summary.Employers)} badan usaha, {Count(rows.Cases)} perkara " +
                $"({Count(rows.ArrearsLines)} baris tunggakan, {Count(rows.CaseEvents)} catatan riwayat), {Count(rows.InstallmentPlans)} rencana angsuran " +
                $"({Count(rows.Installments)} angsuran), {Count(rows.Payments)} pembayaran, {Count(rows.RegistrationOutcomes)} hasil kepesertaan.");
            stdout.WriteLine($"Kata sandi semua pengguna: {DemoData.DemoPassword} (misalnya admin, jamdatun, kajati.kalsel, kasidatun.banjarmasin, " +
                "jpn.banjarmasin1, pimpinan.bpjs.banjarmasin). Pengingat dijadwalkan oleh aplikasi web saat dijalankan.");
            return DatunCli.Ok;
        });
    }

    private static async Task<bool> IsEmptyAndMigrated(IServiceProvider services)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<DatunDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
            throw new BadInputException("Basis data belum mutakhir; jalankan dulu: datun migrate");
        return !await db.Offices.AnyAsync();
    }

    private static SyntheticOptions SyntheticOptionsFrom(Arguments args)
    {
        var cases = Whole(args, "--cases", "200000");
        if (cases < SyntheticOptions.MinCases)
            throw new UsageException($"--cases paling sedikit {Count(SyntheticOptions.MinCases)}, agar setiap status perkara terwakili; diberikan: {Count(cases)}.");
        if (cases > SyntheticOptions.MaxCases)
            throw new UsageException($"--cases paling banyak {Count(SyntheticOptions.MaxCases)}; diberikan: {Count(cases)}.");
        var payments = Whole(args, "--payments", "2000000");
        if (payments <= 0)
            throw new UsageException($"--payments harus lebih dari nol; diberikan: {Count(payments)}.");
        var options = new SyntheticOptions((int)cases, 0);
        if (payments < options.MinPayments)
            throw new UsageException($"--payments tidak boleh kurang dari --cases ({Count(cases)}): pembayaran dibagi ke perkara yang membayar, " +
                $"masing-masing paling sedikit satu; diberikan: {Count(payments)}.");
        if (payments > options.MaxPayments)
            throw new UsageException($"--payments paling banyak {SyntheticOptions.MaxPaymentsPerCase} kali --cases ({Count(options.MaxPayments)}); " +
                $"diberikan: {Count(payments)}.");
        var seed = args.Optional("--seed") is null ? SyntheticOptions.DefaultSeed : Whole(args, "--seed", "42");
        if (seed is < int.MinValue or > int.MaxValue)
            throw new UsageException($"--seed harus bilangan bulat antara {Count(int.MinValue)} dan {Count(int.MaxValue)}; diberikan: {seed}.");
        return options with { Payments = (int)payments, Seed = (int)seed };
    }

    private static long Whole(Arguments args, string option, string example)
    {
        var text = args.Optional(option) ?? throw new UsageException($"Opsi {option} wajib diberikan untuk --synthetic, misalnya {option} {example}.");
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw new UsageException($"{option} harus bilangan bulat, misalnya {option} {example}; diberikan: {text}");
        return value;
    }

    private static string Count(long count) => count.ToString("N0", IndonesianFormat.Culture);

    private static string Duration(TimeSpan elapsed) => $"{(int)elapsed.TotalMinutes}:{elapsed.Seconds:00}";
}
