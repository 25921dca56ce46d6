using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Reminders;

/// <summary>The Indonesian titles and messages of reminders, written when the reminder is planned.</summary>
public static class ReminderTexts
{
    public const string RuleDisabled = "Aturan pengingat dinonaktifkan";
    public const string ScheduleChanged = "Jadwal pengingat diubah";
    public const string MonthlyReportIssued = "Laporan bulanan sudah diterbitkan";

    private const int TitleLength = 300;

    /// <summary>How far the subject's day is from the reminder's: the rule's offset read back ("Besok", "30 hari lagi").</summary>
    public static string DaysAhead(ReminderRule rule) => (-rule.OffsetDays) switch
    {
        0 => "Hari ini",
        1 => "Besok",
        > 1 and var days => $"{days} hari lagi",
        var days => $"{-days} hari yang lalu",
    };

    private static string Lower(string phrase) => char.ToLowerInvariant(phrase[0]) + phrase[1..];

    private static string Title(string text) => text.Length <= TitleLength ? text : text[..(TitleLength - 1)] + "…";

    public static string SummonsDayTitle(CaseSubject c, SummonsSubject s, ReminderRule rule) =>
        Title($"{SummonsLabels.Title(s.Sequence)} {c.EmployerName} {Lower(DaysAhead(rule))}");

    /// <summary><c>Besok Undangan II PT Maju Jaya pukul 09.00 WITA di Kantor Kejari HST (Senin, 30 November 2026).</c></summary>
    public static string SummonsDayMessage(CaseSubject c, SummonsSubject s, ReminderRule rule)
    {
        var local = OfficeClock.ToLocal(s.ScheduledAt, c.Zone);
        return $"{DaysAhead(rule)} {SummonsLabels.Title(s.Sequence)} {c.EmployerName} pukul {local:HH}.{local:mm} {c.Zone} di {s.Place} " +
            $"({SummonsLabels.When(s.ScheduledAt, c.Zone)}), perkara {c.Label}.";
    }

    public static string SummonsMissedTitle(CaseSubject c, SummonsSubject s) =>
        Title($"Hasil {SummonsLabels.Title(s.Sequence)} {c.EmployerName} belum dicatat");

    public static string SummonsMissedMessage(CaseSubject c, SummonsSubject s) =>
        $"Kehadiran pada {SummonsLabels.Title(s.Sequence)} ({SummonsLabels.When(s.ScheduledAt, c.Zone)}) belum dicatat; " +
        $"catat hasilnya dan jadwalkan undangan berikutnya. Perkara {c.Label}.";

    public static string InstallmentDueTitle(CaseSubject c, InstallmentSubject i) =>
        Title($"Angsuran ke-{i.Number} {c.EmployerName} jatuh tempo {IndonesianFormat.Date(i.DueOn)}");

    public static string InstallmentDueMessage(CaseSubject c, InstallmentSubject i, ReminderRule rule) =>
        $"{DaysAhead(rule)}, {IndonesianFormat.Date(i.DueOn)}, angsuran ke-{i.Number} {c.EmployerName} sebesar {new Money(i.AmountSen)} " +
        $"jatuh tempo (belum dibayar {new Money(i.AmountSen - i.PaidSen)}). Perkara {c.Label}.";

    public static string BrokenPromiseTitle(CaseSubject c, InstallmentSubject i) =>
        Title($"Ingkar janji: angsuran ke-{i.Number} {c.EmployerName}");

    public static string BrokenPromiseMessage(CaseSubject c, InstallmentSubject i) =>
        $"Angsuran ke-{i.Number} sebesar {new Money(i.AmountSen)} yang jatuh tempo {IndonesianFormat.Date(i.DueOn)} belum dibayar lunas " +
        $"(kurang {new Money(i.AmountSen - i.PaidSen)}); perkara {c.Label} ditandai ingkar janji.";

    public static string SkkExpiryTitle(CaseSubject c) =>
        Title($"SKK {c.Number} ({c.EmployerName}) berakhir {IndonesianFormat.Date(c.ValidUntil)}");

    public static string SkkExpiryMessage(CaseSubject c, ReminderRule rule) =>
        $"Masa berlaku SKK {c.Number} untuk perkara {c.Label} ({c.EmployerName}) berakhir {Lower(DaysAhead(rule))}, " +
        $"{IndonesianFormat.Date(c.ValidUntil)}. Bila perkara belum selesai, mintakan perpanjangan SKK kepada BPJS Ketenagakerjaan.";

    public static string AgreementExpiryTitle(AgreementSubject a) =>
        Title($"{DomainLabels.Of(a.Kind)} {a.Number} berakhir {IndonesianFormat.Date(a.ValidUntil)}");

    public static string AgreementExpiryMessage(AgreementSubject a, ReminderRule rule) =>
        $"{DomainLabels.Of(a.Kind)} {a.Number} antara {a.KejaksaanOfficeName} dan {a.BpjsOfficeName} berakhir {Lower(DaysAhead(rule))}, " +
        $"{IndonesianFormat.Date(a.ValidUntil)}. Siapkan perpanjangannya.";

    public static string CaseIdleTitle(CaseSubject c, ReminderRule rule) =>
        Title($"Perkara {c.Label} ({c.EmployerName}) tanpa kegiatan {rule.OffsetDays} hari");

    public static string CaseIdleMessage(CaseSubject c, DateOnly since) =>
        $"Tidak ada kegiatan yang tercatat pada perkara {c.Label} ({c.EmployerName}) sejak {IndonesianFormat.Date(since)}. " +
        "Tindak lanjuti perkara ini atau catat perkembangannya.";

    public static string MonthlyReportTitle(DateOnly reportedMonth) =>
        $"Laporan bulanan {IndonesianFormat.Month(reportedMonth)} jatuh tempo";

    public static string MonthlyReportMessage(ReportingOffice office, DateOnly reportedMonth, DateOnly dueDay) =>
        $"Laporan bulanan {office.Name} untuk bulan {IndonesianFormat.Month(reportedMonth)} jatuh tempo {IndonesianFormat.Date(dueDay)}.";
}
