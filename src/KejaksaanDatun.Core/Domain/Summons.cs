namespace KejaksaanDatun.Core.Domain;

/// <summary>Whether the employer came to a summons.</summary>
public enum SummonsAttendance { Pending, Attended, NotAttended }

/// <summary>
/// An undangan/panggilan (I, II or III) to the employer of a case: when and where, why, the delivery receipt
/// (tanda terima) and whether the employer came.
/// </summary>
public class Summons : IVersioned
{
    public const int MaxSequence = 3;

    public int Id { get; set; }
    public int SkkId { get; set; }
    /// <summary>1, 2 or 3: Undangan I, II, III.</summary>
    public int Sequence { get; set; }
    public DateTime ScheduledAt { get; set; }
    public string Place { get; set; } = "";
    public string Purpose { get; set; } = "";
    /// <summary>The generated letter of this summons, when there is one.</summary>
    public long? LetterId { get; set; }
    public DateOnly? DeliveredOn { get; set; }
    /// <summary>The tanda terima: who received the summons.</summary>
    public string? DeliveryNote { get; set; }
    public SummonsAttendance Attendance { get; set; }
    public string? AttendanceNote { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedById { get; set; } = "";
    public long Version { get; set; }

    public string Title => SummonsLabels.Title(Sequence);
}

public enum MeetingKind { Fasilitasi, Mediasi, Negosiasi, Konsiliasi }

/// <summary>A meeting with the employer, recorded in a Berita Acara.</summary>
public class Meeting : IVersioned
{
    public int Id { get; set; }
    public int SkkId { get; set; }
    public MeetingKind Kind { get; set; }
    public DateTime HeldAt { get; set; }
    public string Place { get; set; } = "";
    /// <summary>Who attended, one per line.</summary>
    public string Attendees { get; set; } = "";
    public string EmployerStatement { get; set; } = "";
    /// <summary>The kesepakatan reached, if any.</summary>
    public string Agreement { get; set; } = "";
    public string Notes { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string CreatedById { get; set; } = "";
    public long Version { get; set; }
}

/// <summary>The somasi (formal warning) sent after three summons without result.</summary>
public class Somasi
{
    public int Id { get; set; }
    public int SkkId { get; set; }
    public DateOnly IssuedOn { get; set; }
    /// <summary>Days the employer is given to pay or respond.</summary>
    public int DeadlineDays { get; set; }
    public string Notes { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string CreatedById { get; set; } = "";
}

public static class SummonsLabels
{
    private static readonly string[] Roman = ["I", "II", "III"];

    public static string Title(int sequence) =>
        sequence is >= 1 and <= Summons.MaxSequence ? $"Undangan {Roman[sequence - 1]}" : $"Undangan {sequence}";

    public static string Of(SummonsAttendance attendance) => attendance switch
    {
        SummonsAttendance.Pending => "Belum diketahui",
        SummonsAttendance.Attended => "Hadir",
        SummonsAttendance.NotAttended => "Tidak hadir",
        _ => attendance.ToString(),
    };

    public static string Of(MeetingKind kind) => kind switch
    {
        MeetingKind.Fasilitasi => "Fasilitasi",
        MeetingKind.Mediasi => "Mediasi",
        MeetingKind.Negosiasi => "Negosiasi",
        MeetingKind.Konsiliasi => "Konsiliasi",
        _ => kind.ToString(),
    };

    private static readonly string[] DayNames = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    /// <summary><c>Senin, 30 November 2026 pukul 09.00 WITA</c></summary>
    public static string When(DateTime utc, OfficeTimeZone zone)
    {
        var local = OfficeClock.ToLocal(utc, zone);
        return $"{DayNames[(int)local.DayOfWeek]}, {IndonesianFormat.Date(DateOnly.FromDateTime(local))} pukul {local:HH}.{local:mm} {zone}";
    }
}
