using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Meetings;
using KejaksaanDatun.Core.Features.Summons;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Summons;

/// <summary>Requests, clock moves and look-ups for the summons, somasi and meeting tests. KEJARI-HST keeps WITA (UTC+8).</summary>
public static class SummonsScenarios
{
    public const string Place = "Kantor Kejaksaan Negeri Hulu Sungai Tengah, Ruang Datun";
    public const string Purpose = "Klarifikasi tunggakan iuran BPJS Ketenagakerjaan";

    /// <summary>The office's local time as the UTC instant it is.</summary>
    public static DateTime WitaToUtc(DateOnly day, int hour, int minute = 0) =>
        DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(hour, minute)).AddHours(-8), DateTimeKind.Utc);

    /// <summary>Moves the clock to a local time at the office (WITA). Tests move it forward only.</summary>
    public static void SetOfficeTime(this TestApp app, DateOnly day, int hour, int minute = 0) =>
        app.Clock.Now = new DateTimeOffset(WitaToUtc(day, hour, minute));

    public static ScheduleSummons Schedule(int skkId, DateOnly day, int hour = 9, int minute = 0) => new()
    {
        SkkId = skkId, ScheduledAtLocal = day.ToDateTime(new TimeOnly(hour, minute)), Place = Place, Purpose = Purpose,
    };

    public static async Task<long> SummonsVersion(this TestApp app, int summonsId)
    {
        await using var db = app.NewDb();
        return await db.Summonses.Where(s => s.Id == summonsId).Select(s => s.Version).SingleAsync();
    }

    public static async Task<RecordSummonsAttendance> Attendance(this TestApp app, int skkId, int summonsId, SummonsAttendance attendance,
        string note = "") => new()
    {
        SkkId = skkId, SummonsId = summonsId, Version = await app.SummonsVersion(summonsId), Attendance = attendance, Note = note,
    };

    public static async Task<RecordSummonsDelivery> Delivery(this TestApp app, int skkId, int summonsId, DateOnly deliveredOn) => new()
    {
        SkkId = skkId, SummonsId = summonsId, Version = await app.SummonsVersion(summonsId), DeliveredOn = deliveredOn,
        ReceivedBy = "Diterima oleh Sdri. Nurul Hidayah (bagian umum)",
    };

    /// <summary>Schedules the next summons a few days ahead, moves to its day and records that the employer did not come.</summary>
    public static async Task<int> SummonsNotAttended(this TestApp app, int skkId, string jpnUserName = "jpn.hst1")
    {
        var jpn = await app.As(jpnUserName);
        var day = app.Today.AddDays(3);
        var summonsId = await app.Send(Schedule(skkId, day), jpn);
        app.SetOfficeTime(day, 11);
        await app.Send(await app.Attendance(skkId, summonsId, SummonsAttendance.NotAttended, "Tidak ada yang datang."), jpn);
        return summonsId;
    }

    /// <summary>Undangan I, II and III, none of them answered.</summary>
    public static async Task<int[]> ThreeSummonsNotAttended(this TestApp app, int skkId) =>
    [
        await app.SummonsNotAttended(skkId), await app.SummonsNotAttended(skkId), await app.SummonsNotAttended(skkId),
    ];

    public static RecordSomasi Somasi(int skkId, DateOnly issuedOn, int deadlineDays = 14) => new()
    {
        SkkId = skkId, IssuedOn = issuedOn, DeadlineDays = deadlineDays, Notes = "Disampaikan langsung kepada direktur.",
    };

    public static RecordMeeting Meeting(int skkId, MeetingKind kind, DateTime heldAtLocal) => new()
    {
        SkkId = skkId, Kind = kind, HeldAtLocal = heldAtLocal, Place = "Aula Kejaksaan Negeri Hulu Sungai Tengah",
        Attendees = "  H. Abdul Gani (Direktur PT Uji Coba)\n\nRina Marlina, S.H. (JPN)\r\nMuhammad Rizky Ananda, S.H. (BPJS Ketenagakerjaan)  \n",
        EmployerStatement = "  Badan usaha mengakui tunggakan iuran dan meminta waktu untuk membayar.  ",
        Agreement = " Badan usaha membayar dalam tiga kali angsuran mulai bulan depan. ",
        Notes = "Pertemuan berjalan tertib.",
    };

    public static async Task<long> MeetingVersion(this TestApp app, int meetingId)
    {
        await using var db = app.NewDb();
        return await db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Version).SingleAsync();
    }

    public static async Task<EditMeeting> EditOf(this TestApp app, int skkId, int meetingId)
    {
        await using var db = app.NewDb();
        var m = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meetingId);
        return new EditMeeting
        {
            SkkId = skkId, MeetingId = meetingId, Version = m.Version, Kind = m.Kind,
            HeldAtLocal = DateTime.SpecifyKind(OfficeClock.ToLocal(m.HeldAt, OfficeTimeZone.WITA), DateTimeKind.Unspecified),
            Place = m.Place, Attendees = m.Attendees, EmployerStatement = m.EmployerStatement, Agreement = m.Agreement, Notes = m.Notes,
        };
    }

    /// <summary>Everything a refused summons, somasi or meeting request could have changed, to compare before and after.</summary>
    public static async Task<string> WorkStateOf(this TestApp app, int skkId)
    {
        await using var db = app.NewDb();
        var skk = await db.Skks.AsNoTracking().SingleAsync(s => s.Id == skkId);
        var summons = (await db.Summonses.AsNoTracking().Where(s => s.SkkId == skkId).OrderBy(s => s.Id).ToListAsync())
            .Select(s => $"{s.Id}:{s.Sequence}:{s.ScheduledAt:O}:{s.Place}:{s.Purpose}:{s.LetterId}:{s.DeliveredOn}:{s.DeliveryNote}:" +
                $"{s.Attendance}:{s.AttendanceNote}:{s.Version}");
        var somasis = (await db.Somasis.AsNoTracking().Where(s => s.SkkId == skkId).OrderBy(s => s.Id).ToListAsync())
            .Select(s => $"{s.Id}:{s.IssuedOn}:{s.DeadlineDays}:{s.Notes}");
        var meetings = (await db.Meetings.AsNoTracking().Where(m => m.SkkId == skkId).OrderBy(m => m.Id).ToListAsync())
            .Select(m => $"{m.Id}:{m.Kind}:{m.HeldAt:O}:{m.Place}:{m.Attendees}:{m.EmployerStatement}:{m.Agreement}:{m.Notes}:{m.Version}");
        var events = await db.CaseEvents.CountAsync(e => e.SkkId == skkId);
        var audit = await db.AuditEntries.CountAsync();
        return $"{skk.Status}|{skk.Version}|{string.Join(",", summons)}|{string.Join(",", somasis)}|{string.Join(",", meetings)}|{events}|{audit}";
    }

    /// <summary>Sends a request that must be refused, and checks that nothing of the case changed.</summary>
    public static async Task<TException> RefusedWithoutChange<TException>(this TestApp app, int skkId, Func<Task> send) where TException : Exception
    {
        var before = await app.WorkStateOf(skkId);
        var refused = await Assert.ThrowsAsync<TException>(send);
        Assert.Equal(before, await app.WorkStateOf(skkId));
        return refused;
    }
}
