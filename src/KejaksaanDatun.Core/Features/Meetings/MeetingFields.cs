using FluentValidation;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;

namespace KejaksaanDatun.Core.Features.Meetings;

/// <summary>The Berita Acara of a meeting, as the JPN fills it in.</summary>
public class MeetingFields
{
    public MeetingKind Kind { get; set; } = MeetingKind.Fasilitasi;
    /// <summary>Date and time in the office's local time.</summary>
    public DateTime? HeldAtLocal { get; set; }
    public string Place { get; set; } = "";
    /// <summary>Who attended, one per line.</summary>
    public string Attendees { get; set; } = "";
    public string EmployerStatement { get; set; } = "";
    public string Agreement { get; set; } = "";
    public string Notes { get; set; } = "";

    internal static string CleanAttendees(string text) =>
        string.Join("\n", text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}

public static class MeetingFieldRules
{
    public static void AddMeetingRules<T>(this AbstractValidator<T> v) where T : MeetingFields
    {
        v.RuleFor(x => x.Kind).IsInEnum().WithMessage("Jenis pertemuan tidak dikenal.");
        v.RuleFor(x => x.HeldAtLocal).NotNull().WithMessage("Tanggal dan jam pertemuan wajib diisi.");
        v.RuleFor(x => x.Place).RequiredText("Tempat pertemuan", 400);
        v.RuleFor(x => x.Attendees).RequiredText("Daftar hadir", 4000);
        v.RuleFor(x => x.EmployerStatement).RequiredText("Keterangan badan usaha", 20000);
        v.RuleFor(x => x.Agreement).OptionalText("Kesepakatan", 20000);
        v.RuleFor(x => x.Notes).OptionalText("Catatan", 20000);
    }
}
