using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Features.ReminderRules;

/// <summary>
/// The offsets a rule of each kind may have. A warning of something coming (an expiry, a due date) must come before
/// it, a follow-up of something missed must come after it; the outer limits keep a typo (H-300 for a summons) from
/// planning reminders nobody would understand.
/// </summary>
public static class ReminderOffsets
{
    public static (int Min, int Max) Bounds(ReminderKind kind) => kind switch
    {
        ReminderKind.SummonsDay => (-14, 0),
        ReminderKind.InstallmentDue => (-30, 0),
        ReminderKind.SkkExpiry => (-180, -1),
        ReminderKind.AgreementExpiry => (-365, -1),
        ReminderKind.SummonsMissed => (1, 30),
        ReminderKind.BrokenPromise => (1, 30),
        ReminderKind.CaseIdle => (7, 365),
        // Day 1 to 28 of the month: every month has them.
        ReminderKind.MonthlyReportDue => (0, 27),
        _ => (0, 0),
    };

    public static bool Allows(ReminderKind kind, int offsetDays)
    {
        var (min, max) = Bounds(kind);
        return offsetDays >= min && offsetDays <= max;
    }

    /// <summary><c>Pengingat SKK berakhir harus antara H-180 dan H-1 dari tanggal berakhir SKK.</c></summary>
    public static string Explain(ReminderKind kind)
    {
        var (min, max) = Bounds(kind);
        return kind == ReminderKind.MonthlyReportDue
            ? $"Pengingat {kind.Label()} harus antara {ReminderLabels.OffsetLabel(kind, min)} dan {ReminderLabels.OffsetLabel(kind, max)} setiap bulan."
            : $"Pengingat {kind.Label()} harus antara {ReminderLabels.OffsetLabel(kind, min)} dan {ReminderLabels.OffsetLabel(kind, max)} dari {kind.DateLabel()}.";
    }
}
