using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Meetings;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Tests.Features.Summons;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Meetings;

public class MeetingTests
{
    [Theory]
    [InlineData(MeetingKind.Fasilitasi, "Fasilitasi")]
    [InlineData(MeetingKind.Mediasi, "Mediasi")]
    [InlineData(MeetingKind.Negosiasi, "Negosiasi")]
    [InlineData(MeetingKind.Konsiliasi, "Konsiliasi")]
    public async Task Each_kind_of_meeting_is_recorded_with_its_berita_acara(MeetingKind kind, string label)
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        app.SetOfficeTime(app.Today.AddDays(1), 15);
        var heldOn = app.Today;

        var meetingId = await app.Send(SummonsScenarios.Meeting(skkId, kind, heldOn.ToDateTime(new TimeOnly(10, 0))), jpn);

        var row = Assert.Single(await app.Send(new ListMeetings(skkId), await app.As("bpjs.bjm")));
        Assert.Equal(meetingId, row.Id);
        Assert.Equal(kind, row.Kind);
        Assert.Equal(label, row.KindLabel);
        Assert.Equal(SummonsScenarios.WitaToUtc(heldOn, 10), row.HeldAt);
        Assert.Equal(heldOn.ToDateTime(new TimeOnly(10, 0)), row.HeldAtLocal);
        Assert.EndsWith($"{IndonesianFormat.Date(heldOn)} pukul 10.00 WITA", row.HeldAtText);
        Assert.Equal("Aula Kejaksaan Negeri Hulu Sungai Tengah", row.Place);
        // One attendee per line: blank lines dropped, spaces and carriage returns trimmed.
        Assert.Equal(["H. Abdul Gani (Direktur PT Uji Coba)", "Rina Marlina, S.H. (JPN)", "Muhammad Rizky Ananda, S.H. (BPJS Ketenagakerjaan)"],
            row.Attendees);
        Assert.Equal("Badan usaha mengakui tunggakan iuran dan meminta waktu untuk membayar.", row.EmployerStatement);
        Assert.Equal("Badan usaha membayar dalam tiga kali angsuran mulai bulan depan.", row.Agreement);
        Assert.Equal("Pertemuan berjalan tertib.", row.Notes);

        await using var db = app.NewDb();
        var recorded = Assert.Single(await db.CaseEvents.Where(e => e.SkkId == skkId && e.Kind == CaseEventKind.MeetingRecorded).ToListAsync());
        Assert.Equal($"Berita Acara {label} dicatat: {row.HeldAtText} di Aula Kejaksaan Negeri Hulu Sungai Tengah, 3 orang hadir. " +
            "Kesepakatan: Badan usaha membayar dalam tiga kali angsuran mulai bulan depan.", recorded.Description);
        Assert.Equal(jpn.UserId, recorded.ActorId);
        var audit = Assert.Single(await db.AuditEntries.Where(a => a.EntityType == "Meeting" && a.EntityKey == meetingId.ToString()).ToListAsync());
        Assert.Equal("RecordMeeting", audit.Action);
        Assert.Equal("Added", audit.Operation);
        Assert.Contains($"\"Kind\":\"{kind}\"", audit.After);
    }

    [Fact]
    public async Task A_meeting_without_agreement_says_so_on_the_timeline()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var meeting = SummonsScenarios.Meeting(skkId, MeetingKind.Negosiasi, app.Today.AddDays(-2).ToDateTime(new TimeOnly(14, 0)));
        meeting.Agreement = "  ";
        meeting.Attendees = "H. Abdul Gani";
        await app.Send(meeting, await app.As("kasidatun.hst"));

        await using var db = app.NewDb();
        var recorded = Assert.Single(await db.CaseEvents.Where(e => e.SkkId == skkId && e.Kind == CaseEventKind.MeetingRecorded).ToListAsync());
        Assert.EndsWith(", 1 orang hadir. Belum ada kesepakatan.", recorded.Description);
        Assert.Equal("", Assert.Single(await app.Send(new ListMeetings(skkId), await app.As("jpn.hst1"))).Agreement);
    }

    [Fact]
    public async Task Meetings_are_listed_by_the_time_they_were_held_not_by_when_they_were_recorded()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        app.SetOfficeTime(app.Today.AddDays(1), 18);
        var today = app.Today;
        var afternoon = await app.Send(SummonsScenarios.Meeting(skkId, MeetingKind.Mediasi, today.ToDateTime(new TimeOnly(14, 0))), jpn);
        var lastWeek = await app.Send(SummonsScenarios.Meeting(skkId, MeetingKind.Fasilitasi, today.AddDays(-7).ToDateTime(new TimeOnly(9, 0))), jpn);
        var morning = await app.Send(SummonsScenarios.Meeting(skkId, MeetingKind.Negosiasi, today.ToDateTime(new TimeOnly(8, 0))), jpn);

        var list = await app.Send(new ListMeetings(skkId), jpn);
        Assert.Equal([lastWeek, morning, afternoon], list.Select(m => m.Id));
        Assert.Equal([MeetingKind.Fasilitasi, MeetingKind.Negosiasi, MeetingKind.Mediasi], list.Select(m => m.Kind));

        // Moving the afternoon meeting to the day before puts it second.
        var edit = await app.EditOf(skkId, afternoon);
        edit.HeldAtLocal = today.AddDays(-1).ToDateTime(new TimeOnly(14, 0));
        await app.Send(edit, jpn);
        Assert.Equal([lastWeek, afternoon, morning], (await app.Send(new ListMeetings(skkId), jpn)).Select(m => m.Id));
    }

    [Fact]
    public async Task Editing_corrects_the_berita_acara_and_bumps_the_version()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var heldAt = app.Today.AddDays(-1).ToDateTime(new TimeOnly(10, 0));
        var meetingId = await app.Send(SummonsScenarios.Meeting(skkId, MeetingKind.Fasilitasi, heldAt), jpn);
        var edit = await app.EditOf(skkId, meetingId);
        var version = edit.Version;

        edit.Kind = MeetingKind.Mediasi;
        edit.HeldAtLocal = heldAt.AddHours(3);
        edit.Place = " Ruang Rapat Kantor Cabang BPJS Ketenagakerjaan ";
        edit.Attendees += "\nHj. Siti Rahmah (Bagian Keuangan)";
        edit.Agreement = "Badan usaha membayar lunas paling lambat akhir bulan.";
        edit.Notes = "";
        await app.Send(edit, await app.As("kasidatun.hst"));

        var row = Assert.Single(await app.Send(new ListMeetings(skkId), jpn));
        Assert.Equal(MeetingKind.Mediasi, row.Kind);
        Assert.Equal(heldAt.AddHours(3), row.HeldAtLocal);
        Assert.Equal(SummonsScenarios.WitaToUtc(app.Today.AddDays(-1), 13), row.HeldAt);
        Assert.Equal("Ruang Rapat Kantor Cabang BPJS Ketenagakerjaan", row.Place);
        Assert.Equal(4, row.Attendees.Count);
        Assert.Equal("Hj. Siti Rahmah (Bagian Keuangan)", row.Attendees[3]);
        Assert.Equal("Badan usaha membayar lunas paling lambat akhir bulan.", row.Agreement);
        Assert.Equal("", row.Notes);
        Assert.Equal(version + 1, row.Version);

        await using var db = app.NewDb();
        var timeline = await db.CaseEvents.Where(e => e.SkkId == skkId && e.Kind == CaseEventKind.MeetingRecorded).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(2, timeline.Count);
        Assert.StartsWith("Berita Acara Fasilitasi dicatat:", timeline[0].Description);
        Assert.StartsWith("Berita Acara Mediasi diperbaiki:", timeline[1].Description);
        Assert.Contains("pukul 13.00 WITA di Ruang Rapat Kantor Cabang BPJS Ketenagakerjaan, 4 orang hadir.", timeline[1].Description);
        var audit = await db.AuditEntries.Where(a => a.EntityType == "Meeting" && a.EntityKey == meetingId.ToString()).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["RecordMeeting", "EditMeeting"], audit.Select(a => a.Action));
        Assert.Contains("\"Kind\":\"Fasilitasi\"", audit[1].Before);
        Assert.Contains("\"Kind\":\"Mediasi\"", audit[1].After);
    }

    [Fact]
    public async Task A_stale_edit_gets_a_conflict_and_nothing_changes()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var meetingId = await app.Send(SummonsScenarios.Meeting(skkId, MeetingKind.Negosiasi, app.Today.AddDays(-1).ToDateTime(new TimeOnly(10, 0))), jpn);
        var first = await app.EditOf(skkId, meetingId);
        var second = await app.EditOf(skkId, meetingId);
        first.Agreement = "Angsuran enam kali.";
        second.Agreement = "Angsuran tiga kali.";
        await app.Send(first, jpn);

        var refused = await app.RefusedWithoutChange<ConcurrencyConflictException>(skkId, async () => await app.Send(second, await app.As("kasidatun.hst")));
        Assert.StartsWith("Data ini baru saja diubah oleh pengguna lain.", refused.Message);
        Assert.Equal("Angsuran enam kali.", Assert.Single(await app.Send(new ListMeetings(skkId), jpn)).Agreement);
    }

    [Fact]
    public async Task Missing_berita_acara_fields_are_refused_with_a_message_for_each()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var meeting = new RecordMeeting { SkkId = skkId, Kind = (MeetingKind)9, HeldAtLocal = null, Place = " ", Attendees = "\n", EmployerStatement = "" };

        var refused = await app.RefusedWithoutChange<RequestValidationException>(skkId, () => app.Send(meeting, jpn));

        Assert.Equal(
            ["Jenis pertemuan tidak dikenal.", "Tanggal dan jam pertemuan wajib diisi.", "Tempat pertemuan wajib diisi.", "Daftar hadir wajib diisi.",
             "Keterangan badan usaha wajib diisi."],
            refused.Errors.Select(e => e.Message));
        Assert.Empty(await app.Send(new ListMeetings(skkId), jpn));
    }

    [Fact]
    public async Task A_meeting_in_the_future_is_refused_when_recorded_or_edited()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var tomorrow = app.Today.AddDays(1).ToDateTime(new TimeOnly(9, 0));

        var refused = await app.RefusedWithoutChange<RequestValidationException>(skkId,
            () => app.Send(SummonsScenarios.Meeting(skkId, MeetingKind.Mediasi, tomorrow), jpn));
        Assert.Equal("HeldAtLocal", Assert.Single(refused.Errors).Field);
        Assert.Equal("Pertemuan yang dicatat tidak boleh di masa depan.", refused.Message);

        var meetingId = await app.Send(SummonsScenarios.Meeting(skkId, MeetingKind.Mediasi, app.Today.ToDateTime(new TimeOnly(0, 0))), jpn);
        var edit = await app.EditOf(skkId, meetingId);
        edit.HeldAtLocal = tomorrow;
        Assert.Equal("Pertemuan yang dicatat tidak boleh di masa depan.",
            (await app.RefusedWithoutChange<RequestValidationException>(skkId, () => app.Send(edit, jpn))).Message);
    }

    [Fact]
    public async Task Outsiders_bpjs_users_and_other_offices_may_not_record_or_edit_meetings()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var meeting = SummonsScenarios.Meeting(skkId, MeetingKind.Fasilitasi, app.Today.AddDays(-1).ToDateTime(new TimeOnly(10, 0)));
        var meetingId = await app.Send(meeting, await app.As("jpn.hst1"));
        var edit = await app.EditOf(skkId, meetingId);
        edit.Agreement = "Diubah oleh orang lain.";

        foreach (var user in new[] { "jpn.hst2", "kajati.kalsel", "bpjs.bjm", "pimpinan.bpjs.bjm", "admin" })
        {
            await app.RefusedWithoutChange<NotAllowedException>(skkId, async () => await app.Send(meeting, await app.As(user)));
            await app.RefusedWithoutChange<NotAllowedException>(skkId, async () => await app.Send(edit, await app.As(user)));
        }
        foreach (var user in new[] { "jpn.bjm1", "kasidatun.plk" })
        {
            await app.RefusedWithoutChange<NotFoundOrNotAllowedException>(skkId, async () => await app.Send(meeting, await app.As(user)));
            await app.RefusedWithoutChange<NotFoundOrNotAllowedException>(skkId, async () => await app.Send(edit, await app.As(user)));
            await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(async () => await app.Send(new ListMeetings(skkId), await app.As(user)));
        }
    }

    [Fact]
    public async Task A_meeting_of_another_case_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var (otherSkkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var meetingId = await app.Send(SummonsScenarios.Meeting(skkId, MeetingKind.Konsiliasi, app.Today.AddDays(-1).ToDateTime(new TimeOnly(10, 0))), jpn);
        var edit = await app.EditOf(skkId, meetingId);
        edit.SkkId = otherSkkId;
        var otherBefore = await app.WorkStateOf(otherSkkId);

        await app.RefusedWithoutChange<NotFoundOrNotAllowedException>(skkId, () => app.Send(edit, jpn));
        Assert.Equal(otherBefore, await app.WorkStateOf(otherSkkId));
        Assert.Empty(await app.Send(new ListMeetings(otherSkkId), jpn));
    }

    [Fact]
    public async Task An_expired_skk_takes_no_new_meeting_but_a_recorded_one_can_be_corrected()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var meetingId = await app.Send(SummonsScenarios.Meeting(skkId, MeetingKind.Mediasi, app.Today.ToDateTime(new TimeOnly(0, 0))), jpn);
        var validUntil = app.Today.AddYears(1).AddDays(-1);
        app.SetOfficeTime(validUntil.AddDays(1), 9);

        var refused = await app.RefusedWithoutChange<BusinessRuleException>(skkId,
            () => app.Send(SummonsScenarios.Meeting(skkId, MeetingKind.Negosiasi, app.Today.ToDateTime(new TimeOnly(8, 0))), jpn));
        Assert.Equal($"SKK sudah tidak berlaku sejak {IndonesianFormat.Date(validUntil.AddDays(1))}; tindakan baru tidak dapat dicatat " +
            "selain laporan atau perpanjangan dengan SKK baru.", refused.Message);

        var edit = await app.EditOf(skkId, meetingId);
        edit.Notes = "Koreksi ejaan nama peserta.";
        await app.Send(edit, jpn);
        Assert.Equal("Koreksi ejaan nama peserta.", Assert.Single(await app.Send(new ListMeetings(skkId), jpn)).Notes);
    }

    [Fact]
    public async Task A_closed_case_takes_no_meeting_and_no_correction()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var meetingId = await app.Send(SummonsScenarios.Meeting(skkId, MeetingKind.Mediasi, app.Today.ToDateTime(new TimeOnly(0, 0))), jpn);
        await app.Send(new CloseCase
        {
            SkkId = skkId, Version = await app.VersionOf(skkId), Outcome = CaseOutcome.TidakBerhasil,
            Reason = "Badan usaha menolak membayar dan tidak ditemukan aset.",
        }, jpn);

        const string expected = "Tindakan penanganan hanya dapat dicatat untuk perkara berstatus Ditangani; perkara ini berstatus Selesai.";
        Assert.Equal(expected, (await app.RefusedWithoutChange<BusinessRuleException>(skkId,
            () => app.Send(SummonsScenarios.Meeting(skkId, MeetingKind.Negosiasi, app.Today.ToDateTime(new TimeOnly(0, 0))), jpn))).Message);
        var edit = await app.EditOf(skkId, meetingId);
        edit.Notes = "Tambahan setelah perkara selesai.";
        Assert.Equal(expected, (await app.RefusedWithoutChange<BusinessRuleException>(skkId, () => app.Send(edit, jpn))).Message);
        Assert.Single(await app.Send(new ListMeetings(skkId), await app.As("bpjs.bjm")));
    }
}
