using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Features.ReminderRules;

/// <summary>How reminder rules read in Indonesian, on the administration page and wherever a rule is described.</summary>
public static class ReminderLabels
{
    public static readonly ReminderRecipients[] AllRecipients =
        [ReminderRecipients.JpnTeam, ReminderRecipients.KejaksaanLeadership, ReminderRecipients.BpjsStaff, ReminderRecipients.BpjsLeadership];

    public static string Label(this ReminderKind kind) => kind switch
    {
        ReminderKind.SummonsDay => "Hari panggilan",
        ReminderKind.SummonsMissed => "Panggilan tidak dihadiri",
        ReminderKind.InstallmentDue => "Angsuran jatuh tempo",
        ReminderKind.BrokenPromise => "Ingkar janji",
        ReminderKind.SkkExpiry => "SKK berakhir",
        ReminderKind.AgreementExpiry => "MoU/PKS berakhir",
        ReminderKind.CaseIdle => "Perkara tidak bergerak",
        ReminderKind.MonthlyReportDue => "Laporan bulanan",
        _ => kind.ToString(),
    };

    /// <summary>What the rule's date is, for the admin choosing an offset from it.</summary>
    public static string DateLabel(this ReminderKind kind) => kind switch
    {
        ReminderKind.SummonsDay or ReminderKind.SummonsMissed => "hari panggilan",
        ReminderKind.InstallmentDue or ReminderKind.BrokenPromise => "tanggal jatuh tempo angsuran",
        ReminderKind.SkkExpiry => "tanggal berakhir SKK",
        ReminderKind.AgreementExpiry => "tanggal berakhir MoU/PKS",
        ReminderKind.CaseIdle => "langkah terakhir perkara",
        ReminderKind.MonthlyReportDue => "tanggal 1 setiap bulan",
        _ => kind.ToString(),
    };

    public static string Label(this ReminderRecipients recipient) => recipient switch
    {
        ReminderRecipients.JpnTeam => "JPN",
        ReminderRecipients.KejaksaanLeadership => "pimpinan Kejaksaan",
        ReminderRecipients.BpjsStaff => "staf BPJS",
        ReminderRecipients.BpjsLeadership => "pimpinan BPJS",
        _ => recipient.ToString(),
    };

    /// <summary>Each recipient group of a combination, in a fixed order.</summary>
    public static IReadOnlyList<ReminderRecipients> Split(this ReminderRecipients recipients) =>
        AllRecipients.Where(r => recipients.HasFlag(r)).ToList();

    /// <summary><c>JPN, staf BPJS dan pimpinan Kejaksaan</c></summary>
    public static string Describe(this ReminderRecipients recipients)
    {
        var labels = recipients.Split().Select(r => r.Label()).ToList();
        return labels.Count switch
        {
            0 => "tidak ada penerima",
            1 => labels[0],
            _ => $"{string.Join(", ", labels[..^1])} dan {labels[^1]}",
        };
    }

    /// <summary>
    /// <c>H-3</c>, <c>H</c>, <c>H+1</c>; for the monthly report, which counts from the first of the month,
    /// the day of the month (<c>tgl. 5</c>).
    /// </summary>
    public static string OffsetLabel(ReminderKind kind, int offsetDays) => kind == ReminderKind.MonthlyReportDue
        ? $"tgl. {offsetDays + 1}"
        : offsetDays switch
        {
            0 => "H",
            < 0 => $"H{offsetDays}",
            _ => $"H+{offsetDays}",
        };

    /// <summary><c>H-3 pukul 08.00 waktu kantor, kepada JPN dan staf BPJS, notifikasi + e-mail</c></summary>
    public static string Describe(ReminderKind kind, int offsetDays, TimeOnly localTime, ReminderRecipients recipients, bool sendEmail) =>
        $"{OffsetLabel(kind, offsetDays)} pukul {localTime:HH.mm} waktu kantor, kepada {recipients.Describe()}, " +
        (sendEmail ? "notifikasi + e-mail" : "notifikasi saja");
}
