using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Letters;
using KejaksaanDatun.Core.Features.Summons;
using KejaksaanDatun.Core.Letters;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Summons;

public class ScheduleSummonsTests
{
    private static readonly string[] DayNames = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    private static string WitaText(DateOnly day, string time) => $"{DayNames[(int)day.DayOfWeek]}, {IndonesianFormat.Date(day)} pukul {time} WITA";

    [Fact]
    public async Task Undangan_I_is_stored_in_utc_and_shown_in_the_office_time_with_a_timeline_event_and_an_audit_entry()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var day = app.Today.AddDays(3);

        var summonsId = await app.Send(SummonsScenarios.Schedule(skkId, day, 9, 30), jpn);

        var history = await app.Send(new ListSummons(skkId), jpn);
        var row = Assert.Single(history.Summons);
        Assert.Null(history.Somasi);
        Assert.Equal(summonsId, row.Id);
        Assert.Equal(1, row.Sequence);
        Assert.Equal("Undangan I", row.Title);
        // 09.30 WITA is 01.30 UTC on the same day.
        Assert.Equal(new DateTime(day.Year, day.Month, day.Day, 1, 30, 0, DateTimeKind.Utc), row.ScheduledAt);
        Assert.Equal(DateTimeKind.Utc, row.ScheduledAt.Kind);
        Assert.Equal(WitaText(day, "09.30"), row.ScheduledAtText);
        Assert.Equal(SummonsScenarios.Place, row.Place);
        Assert.Equal(SummonsScenarios.Purpose, row.Purpose);
        Assert.Equal(SummonsAttendance.Pending, row.Attendance);
        Assert.Equal("Belum diketahui", row.AttendanceLabel);
        Assert.Null(row.DeliveredOn);
        Assert.Null(row.LetterId);

        await using var db = app.NewDb();
        var scheduled = Assert.Single(await db.CaseEvents.Where(e => e.SkkId == skkId && e.Kind == CaseEventKind.SummonsScheduled).ToListAsync());
        Assert.Equal($"Undangan I dijadwalkan {WitaText(day, "09.30")} di {SummonsScenarios.Place}. Perihal: {SummonsScenarios.Purpose}",
            scheduled.Description);
        Assert.Equal(jpn.UserId, scheduled.ActorId);
        Assert.Equal(jpn.Name, scheduled.ActorName);

        var audit = Assert.Single(await db.AuditEntries.Where(a => a.EntityType == "Summons" && a.EntityKey == summonsId.ToString()).ToListAsync());
        Assert.Equal("ScheduleSummons", audit.Action);
        Assert.Equal("Added", audit.Operation);
        Assert.Equal(jpn.UserId, audit.UserId);
        Assert.Null(audit.Before);
        Assert.Contains($"\"ScheduledAt\":\"{day:yyyy-MM-dd}T01:30:00Z\"", audit.After);
        Assert.Contains("\"Attendance\":\"Pending\"", audit.After);
    }

    [Fact]
    public async Task An_early_morning_summons_falls_on_the_previous_day_in_utc()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var day = app.Today.AddDays(2);
        var summonsId = await app.Send(SummonsScenarios.Schedule(skkId, day, 7, 15), await app.As("jpn.hst1"));

        await using var db = app.NewDb();
        var stored = await db.Summonses.SingleAsync(s => s.Id == summonsId);
        Assert.Equal(SummonsScenarios.WitaToUtc(day, 7, 15), stored.ScheduledAt);
        Assert.Equal(day.AddDays(-1), DateOnly.FromDateTime(stored.ScheduledAt));
        Assert.Equal(23, stored.ScheduledAt.Hour);
        Assert.Equal(WitaText(day, "07.15"), SummonsLabels.When(stored.ScheduledAt, OfficeTimeZone.WITA));
    }

    [Fact]
    public async Task The_pimpinan_of_the_office_may_schedule_and_a_summons_later_today_is_accepted()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        app.SetOfficeTime(app.Today.AddDays(1), 8);
        var kasi = await app.As("kasidatun.hst");

        var summonsId = await app.Send(SummonsScenarios.Schedule(skkId, app.Today, 14), kasi);

        var row = Assert.Single((await app.Send(new ListSummons(skkId), kasi)).Summons);
        Assert.Equal(summonsId, row.Id);
        Assert.Equal(SummonsScenarios.WitaToUtc(app.Today, 14), row.ScheduledAt);
    }

    [Fact]
    public async Task Missing_date_place_and_purpose_are_refused_with_a_message_for_each_and_nothing_is_saved()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var request = new ScheduleSummons { SkkId = skkId, ScheduledAtLocal = null, Place = "  ", Purpose = "" };

        var refused = await app.RefusedWithoutChange<RequestValidationException>(skkId, () => app.Send(request, jpn));

        Assert.Contains(refused.Errors, e => e is { Field: "ScheduledAtLocal", Message: "Tanggal dan jam undangan wajib diisi." });
        Assert.Contains(refused.Errors, e => e is { Field: "Place", Message: "Tempat wajib diisi." });
        Assert.Contains(refused.Errors, e => e is { Field: "Purpose", Message: "Perihal/keperluan wajib diisi." });
        Assert.Empty((await app.Send(new ListSummons(skkId), jpn)).Summons);
    }

    [Fact]
    public async Task A_place_longer_than_400_characters_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var request = SummonsScenarios.Schedule(skkId, app.Today.AddDays(3));
        request.Place = new string('x', 401);

        var refused = await app.RefusedWithoutChange<RequestValidationException>(skkId, async () => await app.Send(request, await app.As("jpn.hst1")));
        Assert.Equal("Tempat paling banyak 400 karakter.", Assert.Single(refused.Errors).Message);
    }

    [Fact]
    public async Task A_date_in_the_past_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var request = SummonsScenarios.Schedule(skkId, app.Today.AddDays(-1), 23, 59);

        var refused = await app.RefusedWithoutChange<RequestValidationException>(skkId, async () => await app.Send(request, await app.As("jpn.hst1")));
        var error = Assert.Single(refused.Errors);
        Assert.Equal("ScheduledAtLocal", error.Field);
        Assert.Equal("Tanggal undangan tidak boleh di masa lalu.", error.Message);
    }

    [Fact]
    public async Task A_letter_that_is_not_of_the_case_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var request = SummonsScenarios.Schedule(skkId, app.Today.AddDays(3));
        request.LetterId = 987_654;

        var refused = await app.RefusedWithoutChange<RequestValidationException>(skkId, async () => await app.Send(request, await app.As("jpn.hst1")));
        Assert.Equal("Surat undangan tidak ditemukan pada perkara ini atau sudah dibatalkan.", refused.Message);
    }

    private static async Task<long> UndanganLetter(TestApp app, int skkId, DateOnly day) => await app.Send(new GenerateLetter
    {
        SkkId = skkId, Kind = LetterKind.Undangan1, LetterDate = app.Today, SignerUserId = (await app.As("kasidatun.hst")).UserId,
        MeetingDate = day, MeetingTime = new TimeOnly(9, 0), MeetingPlace = SummonsScenarios.Place, MeetingPurpose = SummonsScenarios.Purpose,
    }, await app.As("jpn.hst1"));

    [Fact]
    public async Task The_letter_of_the_summons_must_be_a_valid_letter_of_the_same_case_and_stays_linked_when_rescheduled()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var (otherSkkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var day = app.Today.AddDays(7);
        var otherLetter = await UndanganLetter(app, otherSkkId, day);
        var voided = await UndanganLetter(app, skkId, day);
        await app.Send(new VoidLetter { LetterId = voided, Reason = "Salah alamat tujuan." }, jpn);
        var letter = await UndanganLetter(app, skkId, day);

        foreach (var wrong in new[] { otherLetter, voided })
        {
            var request = SummonsScenarios.Schedule(skkId, day);
            request.LetterId = wrong;
            var refused = await app.RefusedWithoutChange<RequestValidationException>(skkId, () => app.Send(request, jpn));
            Assert.Equal("LetterId", Assert.Single(refused.Errors).Field);
        }

        var linked = SummonsScenarios.Schedule(skkId, day);
        linked.LetterId = letter;
        var summonsId = await app.Send(linked, jpn);
        Assert.Equal(letter, Assert.Single((await app.Send(new ListSummons(skkId), jpn)).Summons).LetterId);

        await app.Send(new RescheduleSummons
        {
            SkkId = skkId, SummonsId = summonsId, Version = await app.SummonsVersion(summonsId),
            ScheduledAtLocal = day.AddDays(1).ToDateTime(new TimeOnly(9, 0)), Place = SummonsScenarios.Place, Purpose = SummonsScenarios.Purpose,
        }, jpn);
        Assert.Equal(letter, Assert.Single((await app.Send(new ListSummons(skkId), jpn)).Summons).LetterId);
    }

    [Fact]
    public async Task The_next_summons_waits_for_the_result_of_the_previous_one()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        await app.Send(SummonsScenarios.Schedule(skkId, app.Today.AddDays(3)), jpn);

        var refused = await app.RefusedWithoutChange<BusinessRuleException>(skkId,
            () => app.Send(SummonsScenarios.Schedule(skkId, app.Today.AddDays(10)), jpn));
        Assert.Equal("Hasil Undangan I belum dicatat; catat kehadiran badan usaha sebelum menjadwalkan undangan berikutnya.", refused.Message);
    }

    [Fact]
    public async Task After_the_employer_came_no_further_summons_is_scheduled()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var day = app.Today.AddDays(3);
        var summonsId = await app.Send(SummonsScenarios.Schedule(skkId, day), jpn);
        app.SetOfficeTime(day, 10);
        await app.Send(await app.Attendance(skkId, summonsId, SummonsAttendance.Attended, "Hadir: direktur dan bagian keuangan."), jpn);

        Assert.Null(await app.Send(new ProposeNextSummons(skkId), jpn));
        var refused = await app.RefusedWithoutChange<BusinessRuleException>(skkId,
            () => app.Send(SummonsScenarios.Schedule(skkId, app.Today.AddDays(7)), jpn));
        Assert.Equal("Badan usaha sudah hadir memenuhi Undangan I; lanjutkan dengan pertemuan, bukan undangan baru.", refused.Message);
    }

    [Fact]
    public async Task Rescheduling_moves_the_summons_and_the_timeline_keeps_the_earlier_schedule()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var first = app.Today.AddDays(3);
        var second = app.Today.AddDays(5);
        var summonsId = await app.Send(SummonsScenarios.Schedule(skkId, first, 9), jpn);
        var version = await app.SummonsVersion(summonsId);

        await app.Send(new RescheduleSummons
        {
            SkkId = skkId, SummonsId = summonsId, Version = version, ScheduledAtLocal = second.ToDateTime(new TimeOnly(13, 0)),
            Place = "  Kantor Desa Barabai Darat  ", Purpose = "Klarifikasi tunggakan dan rencana pembayaran",
        }, jpn);

        var row = Assert.Single((await app.Send(new ListSummons(skkId), jpn)).Summons);
        Assert.Equal(summonsId, row.Id);
        Assert.Equal(1, row.Sequence);
        Assert.Equal(SummonsScenarios.WitaToUtc(second, 13), row.ScheduledAt);
        Assert.Equal(WitaText(second, "13.00"), row.ScheduledAtText);
        Assert.Equal("Kantor Desa Barabai Darat", row.Place);
        Assert.Equal("Klarifikasi tunggakan dan rencana pembayaran", row.Purpose);
        Assert.Equal(version + 1, row.Version);

        await using var db = app.NewDb();
        var timeline = await db.CaseEvents.Where(e => e.SkkId == skkId).OrderBy(e => e.Id).ToListAsync();
        Assert.Contains(timeline, e => e.Kind == CaseEventKind.SummonsScheduled && e.Description.Contains(WitaText(first, "09.00")));
        var moved = Assert.Single(timeline, e => e.Kind == CaseEventKind.SummonsRescheduled);
        Assert.Equal($"Undangan I dijadwalkan ulang dari {WitaText(first, "09.00")} di {SummonsScenarios.Place} " +
            $"menjadi {WitaText(second, "13.00")} di Kantor Desa Barabai Darat.", moved.Description);
        var audit = await db.AuditEntries.Where(a => a.EntityType == "Summons" && a.EntityKey == summonsId.ToString())
            .OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["ScheduleSummons", "RescheduleSummons"], audit.Select(a => a.Action));
        Assert.Contains($"\"ScheduledAt\":\"{first:yyyy-MM-dd}T01:00:00Z\"", audit[1].Before);
        Assert.Contains($"\"ScheduledAt\":\"{second:yyyy-MM-dd}T05:00:00Z\"", audit[1].After);
    }

    [Fact]
    public async Task Rescheduling_into_the_past_or_after_the_result_is_known_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var day = app.Today.AddDays(3);
        var summonsId = await app.Send(SummonsScenarios.Schedule(skkId, day), jpn);
        var reschedule = new RescheduleSummons
        {
            SkkId = skkId, SummonsId = summonsId, Version = await app.SummonsVersion(summonsId),
            ScheduledAtLocal = app.Today.AddDays(-1).ToDateTime(new TimeOnly(9, 0)), Place = SummonsScenarios.Place, Purpose = SummonsScenarios.Purpose,
        };
        var refused = await app.RefusedWithoutChange<RequestValidationException>(skkId, () => app.Send(reschedule, jpn));
        Assert.Equal("Tanggal undangan tidak boleh di masa lalu.", refused.Message);

        app.SetOfficeTime(day, 10);
        await app.Send(await app.Attendance(skkId, summonsId, SummonsAttendance.NotAttended), jpn);
        reschedule.Version = await app.SummonsVersion(summonsId);
        reschedule.ScheduledAtLocal = day.AddDays(2).ToDateTime(new TimeOnly(9, 0));
        var late = await app.RefusedWithoutChange<BusinessRuleException>(skkId, () => app.Send(reschedule, jpn));
        Assert.Equal("Kehadiran pada Undangan I sudah dicatat; jadwalnya tidak dapat diubah lagi.", late.Message);
    }

    [Fact]
    public async Task The_delivery_receipt_is_recorded_with_who_received_it()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var summonsId = await app.Send(SummonsScenarios.Schedule(skkId, app.Today.AddDays(5)), jpn);
        app.SetOfficeTime(app.Today.AddDays(1), 10);
        var version = await app.SummonsVersion(summonsId);
        var delivery = await app.Delivery(skkId, summonsId, app.Today);
        delivery.ReceivedBy = "  " + delivery.ReceivedBy + " ";

        await app.Send(delivery, jpn);

        var row = Assert.Single((await app.Send(new ListSummons(skkId), await app.As("bpjs.bjm"))).Summons);
        Assert.Equal(app.Today, row.DeliveredOn);
        Assert.Equal("Diterima oleh Sdri. Nurul Hidayah (bagian umum)", row.DeliveryNote);
        Assert.Equal(version + 1, row.Version);
        Assert.Equal(SummonsAttendance.Pending, row.Attendance);
        await using var db = app.NewDb();
        var delivered = Assert.Single(await db.CaseEvents.Where(e => e.SkkId == skkId && e.Kind == CaseEventKind.SummonsDelivered).ToListAsync());
        Assert.Equal($"Undangan I diterima pada {IndonesianFormat.Date(app.Today)} oleh Diterima oleh Sdri. Nurul Hidayah (bagian umum).",
            delivered.Description);
    }

    [Fact]
    public async Task A_delivery_in_the_future_before_the_summons_existed_or_without_receiver_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var summonsId = await app.Send(SummonsScenarios.Schedule(skkId, app.Today.AddDays(5)), jpn);

        var future = await app.RefusedWithoutChange<RequestValidationException>(skkId,
            async () => await app.Send(await app.Delivery(skkId, summonsId, app.Today.AddDays(1)), jpn));
        Assert.Equal("Tanggal diterima tidak boleh di masa depan.", future.Message);

        var early = await app.RefusedWithoutChange<RequestValidationException>(skkId,
            async () => await app.Send(await app.Delivery(skkId, summonsId, app.Today.AddDays(-1)), jpn));
        Assert.Equal("Tanggal diterima tidak boleh sebelum undangan dibuat.", early.Message);

        var empty = await app.Delivery(skkId, summonsId, app.Today);
        empty.ReceivedBy = " ";
        empty.DeliveredOn = null;
        var missing = await app.RefusedWithoutChange<RequestValidationException>(skkId, () => app.Send(empty, jpn));
        Assert.Contains(missing.Errors, e => e.Message == "Tanggal diterima wajib diisi.");
        Assert.Contains(missing.Errors, e => e.Message == "Penerima (tanda terima) wajib diisi.");
    }
}
