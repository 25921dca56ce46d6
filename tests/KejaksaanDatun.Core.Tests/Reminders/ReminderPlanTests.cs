using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Reminders;

namespace KejaksaanDatun.Core.Tests.Reminders;

public class ReminderPlanTests
{
    private static readonly ReminderRule SkkExpiry30 = new() { Id = 5, Kind = ReminderKind.SkkExpiry, OffsetDays = -30 };
    private static readonly ReminderRule SummonsDay = new() { Id = 1, Kind = ReminderKind.SummonsDay, OffsetDays = -1 };
    private static readonly ReminderRule Monthly = new() { Id = 10, Kind = ReminderKind.MonthlyReportDue, OffsetDays = 4 };
    private static readonly ReminderRule AgreementExpiry60 = new() { Id = 7, Kind = ReminderKind.AgreementExpiry, OffsetDays = -60 };

    private static CaseSubject Case(SkkStatus status = SkkStatus.Ditangani, OfficeTimeZone zone = OfficeTimeZone.WITA) => new(
        7, status, "SKK.12/KC-BJM/2026", "PDT-3/O.3.14/Gp.2/11/2026", "PT Maju Jaya", new DateOnly(2027, 3, 31), 12, zone,
        new DateTime(2026, 11, 2, 3, 0, 0, DateTimeKind.Utc),
        [new SummonsSubject(40, 2, new DateTime(2026, 11, 30, 1, 0, 0, DateTimeKind.Utc), "Ruang Datun Kejari HST")],
        []);

    [Theory]
    [InlineData(OfficeTimeZone.WIB, "2027-03-01T01:00:00")]
    [InlineData(OfficeTimeZone.WITA, "2027-03-01T00:00:00")]
    [InlineData(OfficeTimeZone.WIT, "2027-02-28T23:00:00")]
    public void Eight_oclock_local_is_the_utc_instant_of_the_office_zone(OfficeTimeZone zone, string expectedUtc)
    {
        var due = ReminderPlan.DueAt(new DateOnly(2027, 3, 31), SkkExpiry30, zone);

        Assert.Equal(DateTime.Parse(expectedUtc), due);
        Assert.Equal(DateTimeKind.Utc, due.Kind);
    }

    [Theory]
    [InlineData(OfficeTimeZone.WITA, "2026-11-23T22:30:00", "2026-11-24T00:00:00")] // 06:30 WITA: at 08:00 the same day
    [InlineData(OfficeTimeZone.WITA, "2026-11-24T02:15:00", "2026-11-24T02:15:00")] // 10:15 WITA: at once
    [InlineData(OfficeTimeZone.WITA, "2026-11-24T08:00:00", "2026-11-25T00:00:00")] // 16:00 WITA: the next morning
    [InlineData(OfficeTimeZone.WITA, "2026-11-24T13:00:00", "2026-11-25T00:00:00")] // 21:00 WITA: the next morning
    [InlineData(OfficeTimeZone.WIT, "2026-11-24T05:00:00", "2026-11-24T05:00:00")] // 14:00 WIT: at once
    [InlineData(OfficeTimeZone.WIB, "2026-11-24T09:30:00", "2026-11-25T01:00:00")] // 16:30 WIB: 08:00 WIB the next day
    public void A_late_reminder_goes_out_during_the_office_working_day(OfficeTimeZone zone, string nowUtc, string expectedUtc)
    {
        var at = ReminderPlan.LateDeliveryAt(DateTime.SpecifyKind(DateTime.Parse(nowUtc), DateTimeKind.Utc), new TimeOnly(8, 0), zone);

        Assert.Equal(DateTime.Parse(expectedUtc), at);
    }

    [Theory]
    [InlineData(ReminderKind.CaseIdle, true)]
    [InlineData(ReminderKind.SummonsMissed, true)]
    [InlineData(ReminderKind.BrokenPromise, true)]
    [InlineData(ReminderKind.SummonsDay, false)]
    [InlineData(ReminderKind.InstallmentDue, false)]
    [InlineData(ReminderKind.SkkExpiry, false)]
    [InlineData(ReminderKind.AgreementExpiry, false)]
    [InlineData(ReminderKind.MonthlyReportDue, false)]
    public void Only_a_reminder_whose_condition_still_holds_is_sent_when_planned_late(ReminderKind kind, bool late)
    {
        var planned = new PlannedReminder(new ReminderRule { Id = 1, Kind = kind }, "skk:7", 7, null, 12, OfficeTimeZone.WITA,
            DateTime.UtcNow, "", "", "");

        Assert.Equal(late, planned.StillDueWhenLate);
    }

    [Fact]
    public void The_day_before_reminder_of_a_summons_names_the_summons_its_local_hour_and_place()
    {
        var planned = Assert.Single(ReminderPlan.ForCase(Case(), [SummonsDay]));

        Assert.Equal(new DateTime(2026, 11, 29, 0, 0, 0, DateTimeKind.Utc), planned.DueAt);
        Assert.Equal("summons:40", planned.Subject);
        Assert.Equal("1:summons:40:202611290000", planned.Key);
        Assert.Equal((7, 12, "/skk/7"), (planned.SkkId!.Value, planned.OfficeId, planned.Link));
        Assert.StartsWith("Besok Undangan II PT Maju Jaya pukul 09.00 WITA di Ruang Datun Kejari HST", planned.Message);
        Assert.Equal("Undangan II PT Maju Jaya besok", planned.Title);
    }

    [Theory]
    [InlineData(SkkStatus.Selesai)]
    [InlineData(SkkStatus.Dilaporkan)]
    [InlineData(SkkStatus.Dicabut)]
    [InlineData(SkkStatus.Diserahkan)]
    public void A_case_that_is_not_being_handled_calls_for_no_reminder(SkkStatus status) =>
        Assert.Empty(ReminderPlan.ForCase(Case(status), [SummonsDay, SkkExpiry30]));

    [Fact]
    public void An_accepted_case_without_a_team_is_reminded_of_its_skk_expiry_only() =>
        Assert.Equal([ReminderKind.SkkExpiry], ReminderPlan.ForCase(Case(SkkStatus.Diterima), [SummonsDay, SkkExpiry30]).Select(p => p.Rule.Kind));

    [Fact]
    public void A_renewed_agreement_calls_for_no_expiry_reminder()
    {
        var agreement = new AgreementSubject(3, AgreementKind.Pks, "B-1/O.16.10/Gp.2/11/2026", new DateOnly(2027, 6, 30), IsRenewed: false,
            12, "Kejaksaan Negeri Palangka Raya", "BPJS Ketenagakerjaan Cabang Palangka Raya", OfficeTimeZone.WIB);

        var planned = Assert.Single(ReminderPlan.ForAgreement(agreement, [AgreementExpiry60]));
        Assert.Equal(new DateTime(2027, 5, 1, 1, 0, 0, DateTimeKind.Utc), planned.DueAt);
        Assert.Contains("berakhir 60 hari lagi, 30 Juni 2027", planned.Message);
        Assert.Empty(ReminderPlan.ForAgreement(agreement with { IsRenewed = true }, [AgreementExpiry60]));
    }

    [Fact]
    public void The_monthly_report_of_last_month_is_due_on_the_fifth_and_next_months_is_planned_with_it()
    {
        var office = new ReportingOffice(12, "Kejaksaan Negeri Hulu Sungai Tengah", OfficeTimeZone.WITA, new DateOnly(2026, 11, 17));

        var planned = ReminderPlan.ForMonthlyReports(office, [Monthly]).ToList();

        Assert.Equal(["office:12:2026-10", "office:12:2026-11"], planned.Select(p => p.Subject));
        Assert.Equal([new DateTime(2026, 11, 5, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 12, 5, 0, 0, 0, DateTimeKind.Utc)],
            planned.Select(p => p.DueAt));
        Assert.Equal("Laporan bulanan November 2026 jatuh tempo", planned[1].Title);
        Assert.Contains("jatuh tempo 5 Desember 2026", planned[1].Message);
        Assert.Equal(["/laporan-bulanan?bulan=2026-10", "/laporan-bulanan?bulan=2026-11"], planned.Select(p => p.Link));
    }

    [Fact]
    public void A_month_whose_report_is_issued_is_not_reminded_and_a_pending_reminder_of_it_is_cancelled_as_issued()
    {
        var office = new ReportingOffice(12, "Kejaksaan Negeri Hulu Sungai Tengah", OfficeTimeZone.WITA, new DateOnly(2026, 11, 17),
            new HashSet<DateOnly> { new(2026, 10, 1) });

        var planned = Assert.Single(ReminderPlan.ForMonthlyReports(office, [Monthly]));

        Assert.Equal("office:12:2026-11", planned.Subject);
        var october = new Reminder { RuleId = Monthly.Id, Kind = ReminderKind.MonthlyReportDue, Subject = "office:12:2026-10" };
        Assert.Equal("Laporan bulanan sudah diterbitkan", ReminderPlan.WhyCancelledMonthly(october, new HashSet<string> { "office:12:2026-10" }, new HashSet<int>()));
        Assert.Equal(ReminderTexts.ScheduleChanged, ReminderPlan.WhyCancelledMonthly(october, new HashSet<string>(), new HashSet<int> { Monthly.Id }));
    }

    [Theory]
    [InlineData(-30, "30 hari lagi")]
    [InlineData(-1, "Besok")]
    [InlineData(0, "Hari ini")]
    [InlineData(2, "2 hari yang lalu")]
    public void The_offset_of_a_rule_reads_as_the_days_to_the_subject(int offsetDays, string expected) =>
        Assert.Equal(expected, ReminderTexts.DaysAhead(new ReminderRule { OffsetDays = offsetDays }));
}
