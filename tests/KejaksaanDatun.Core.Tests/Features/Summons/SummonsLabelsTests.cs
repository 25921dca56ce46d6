using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Tests.Features.Summons;

public class SummonsLabelsTests
{
    [Theory]
    [InlineData(1, "Undangan I")]
    [InlineData(2, "Undangan II")]
    [InlineData(3, "Undangan III")]
    [InlineData(4, "Undangan 4")]
    public void Summons_are_numbered_in_roman_numerals_up_to_three(int sequence, string title) =>
        Assert.Equal(title, SummonsLabels.Title(sequence));

    [Theory]
    [InlineData(OfficeTimeZone.WIB, "Senin, 30 November 2026 pukul 09.00 WIB")]
    [InlineData(OfficeTimeZone.WITA, "Senin, 30 November 2026 pukul 10.00 WITA")]
    [InlineData(OfficeTimeZone.WIT, "Senin, 30 November 2026 pukul 11.00 WIT")]
    public void A_moment_is_written_in_the_time_of_the_office(OfficeTimeZone zone, string text) =>
        Assert.Equal(text, SummonsLabels.When(new DateTime(2026, 11, 30, 2, 0, 0, DateTimeKind.Utc), zone));

    [Fact]
    public void Late_evening_utc_is_the_next_day_in_indonesia() =>
        Assert.Equal("Selasa, 1 Desember 2026 pukul 07.30 WITA",
            SummonsLabels.When(new DateTime(2026, 11, 30, 23, 30, 0, DateTimeKind.Utc), OfficeTimeZone.WITA));

    [Fact]
    public void Attendance_and_meeting_kinds_have_indonesian_labels()
    {
        Assert.Equal(["Belum diketahui", "Hadir", "Tidak hadir"],
            Enum.GetValues<SummonsAttendance>().Select(a => SummonsLabels.Of(a)));
        Assert.Equal(["Fasilitasi", "Mediasi", "Negosiasi", "Konsiliasi"], Enum.GetValues<MeetingKind>().Select(k => SummonsLabels.Of(k)));
    }
}
