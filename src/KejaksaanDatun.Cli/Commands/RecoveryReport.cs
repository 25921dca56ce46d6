using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;

namespace KejaksaanDatun.Cli.Commands;

/// <summary>
/// The recovery report as an aligned table in Indonesian (<c>Rp108.137.709</c>, <c>5,0 %</c>) or as JSON with
/// stable camelCase names, amounts in rupiah as exact decimal numbers (<c>108137709.5</c> for Rp108.137.709,50) and
/// percentages as numbers with one decimal.
/// </summary>
internal sealed class RecoveryReport(DashboardSummary summary, IReadOnlyList<OfficeFiguresRow> offices)
{
    public string ToText()
    {
        var text = new StringBuilder();
        var office = summary.Office;
        text.AppendLine($"Laporan pemulihan iuran: {office.Name} ({office.Code})");
        text.AppendLine($"Periode {IndonesianFormat.Date(summary.From)} s.d. {IndonesianFormat.Date(summary.To)}; " +
            (summary.View == Institution.Kejaksaan ? "SKK yang diserahkan kepada kantor ini dan kantor di bawahnya."
                : "SKK yang diberikan kantor ini dan kantor di bawahnya."));
        text.AppendLine();

        var totals = summary.Totals;
        var installments = summary.Installments;
        var lines = new List<(string Label, string Value)>
        {
            ("SKK diterima", Count(totals.Received)),
            ("Tunggakan diserahkan", totals.ArrearsHandedOver.ToString()),
            ("Dipulihkan (dikonfirmasi BPJS)", totals.Recovered.ToString()),
            ("Tingkat pemulihan", $"{RecoveryMath.FormatRate(totals.RecoveryRate)} ({totals.RecoveredOfReceived} dari tunggakan yang diserahkan)"),
            ("Dalam proses pada akhir periode", Count(totals.InProgress)),
            ("Selesai", Count(totals.Finished)),
        };
        lines.AddRange(summary.FinishedByOutcome.Select(o => ("  " + o.Label, Count(o.Cases))));
        lines.Add(("Rata-rata hari sampai selesai", summary.AverageDaysToOutcome is { } days ? days.ToString("0.0", IndonesianFormat.Culture) : "-"));
        lines.Add(("Badan usaha terdaftar (NPP terbit)", Count(summary.EmployersRegistered)));
        lines.Add(("Tenaga kerja ditambahkan", Count(summary.WorkersAdded)));
        lines.Add(("Angsuran jatuh tempo", $"{Count(installments.Due)} (tepat waktu {Count(installments.OnSchedule)}, " +
            $"terlambat {Count(installments.PaidLate)}, ingkar janji {Count(installments.Broken)}, belum jatuh tempo {Count(installments.NotYetDue)})"));
        lines.Add(("Target pemulihan", Target(summary.Target)));
        var width = lines.Max(l => l.Label.Length);
        foreach (var (label, value) in lines) text.AppendLine($"{label.PadRight(width)}  {value}");
        text.AppendLine();

        var table = new TextTable("Kantor", "SKK diterima", "Tunggakan diserahkan", "Dipulihkan", "Tingkat pemulihan", "Dalam proses",
            "Selesai", "Target pemulihan", "Capaian");
        foreach (var row in offices)
            table.Add(Row(row.OwnCases ? $"{row.Office.Name} (ditangani sendiri)" : row.Office.Name, row.Figures, row.Target));
        table.Add(Row("Jumlah", totals, null));
        table.WriteTo(text);
        return text.ToString();
    }

    public string ToJson() => JsonSerializer.Serialize(new
    {
        report = "recovery",
        from = summary.From,
        to = summary.To,
        office = new { code = summary.Office.Code, name = summary.Office.Name, view = summary.View.ToString() },
        totals = new
        {
            received = summary.Totals.Received,
            arrearsHandedOver = summary.Totals.ArrearsHandedOver.Rupiah,
            recovered = summary.Totals.Recovered.Rupiah,
            recoveredOfReceived = summary.Totals.RecoveredOfReceived.Rupiah,
            recoveryRate = summary.Totals.RecoveryRate,
            inProgress = summary.Totals.InProgress,
            finished = summary.Totals.Finished,
            finishedByOutcome = summary.FinishedByOutcome.ToDictionary(o => JsonNamingPolicy.CamelCase.ConvertName(o.Outcome.ToString()), o => o.Cases),
            averageDaysToOutcome = summary.AverageDaysToOutcome,
            employersRegistered = summary.EmployersRegistered,
            workersAdded = summary.WorkersAdded,
            installments = new
            {
                due = summary.Installments.Due, onSchedule = summary.Installments.OnSchedule, paidLate = summary.Installments.PaidLate,
                broken = summary.Installments.Broken, notYetDue = summary.Installments.NotYetDue,
            },
            target = TargetJson(summary.Target),
        },
        offices = offices.Select(row => new
        {
            code = row.Office.Code,
            name = row.Office.Name,
            ownCases = row.OwnCases,
            received = row.Figures.Received,
            arrearsHandedOver = row.Figures.ArrearsHandedOver.Rupiah,
            recovered = row.Figures.Recovered.Rupiah,
            recoveredOfReceived = row.Figures.RecoveredOfReceived.Rupiah,
            recoveryRate = row.Figures.RecoveryRate,
            inProgress = row.Figures.InProgress,
            finished = row.Figures.Finished,
            target = row.OwnCases ? null : TargetJson(row.Target),
        }),
    }, Json) + Environment.NewLine;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    private static object TargetJson(TargetProgress target) => new
    {
        recovered = target.TargetRecovered?.Rupiah,
        finishedCases = target.TargetFinishedCases,
        recoveredAchievement = target.RecoveredAchievement,
        finishedAchievement = target.FinishedAchievement,
    };

    private static string[] Row(string name, CaseFigures figures, TargetProgress? target) =>
    [
        name, Count(figures.Received), figures.ArrearsHandedOver.ToString(), figures.Recovered.ToString(), RecoveryMath.FormatRate(figures.RecoveryRate),
        Count(figures.InProgress), Count(figures.Finished), target?.TargetRecovered?.ToString() ?? "-",
        target?.RecoveredAchievement is { } achieved ? RecoveryMath.FormatRate(achieved) : "-",
    ];

    private static string Target(TargetProgress target) => target.TargetRecovered is { } amount
        ? $"{amount} (capaian {RecoveryMath.FormatRate(target.RecoveredAchievement!.Value)})"
        : "belum ditetapkan";

    /// <summary><c>1.250</c></summary>
    private static string Count(int count) => count.ToString("N0", IndonesianFormat.Culture);

    /// <summary>Columns padded to their widest cell: the first to the left, the figures to the right.</summary>
    private sealed class TextTable(params string[] headers)
    {
        private readonly List<string[]> _rows = [headers];

        public void Add(string[] row) => _rows.Add(row);

        public void WriteTo(StringBuilder text)
        {
            var widths = headers.Select((_, column) => _rows.Max(r => r[column].Length)).ToArray();
            foreach (var row in _rows)
                text.AppendLine(string.Join("  ", row.Select((cell, column) => column == 0 ? cell.PadRight(widths[column]) : cell.PadLeft(widths[column])))
                    .TrimEnd());
        }
    }
}
