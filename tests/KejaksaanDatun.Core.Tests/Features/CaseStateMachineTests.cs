using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Attachments;
using KejaksaanDatun.Core.Features.Letters;
using KejaksaanDatun.Core.Features.Meetings;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Features.Registration;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Features.Summons;
using KejaksaanDatun.Core.Letters;
using KejaksaanDatun.Core.Tests.Features.Attachments;
using KejaksaanDatun.Core.Tests.Features.Recovery;
using KejaksaanDatun.Core.Tests.Features.Registration;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features;

/// <summary>
/// The case lifecycle of PRODUCT.md §3, exhaustively: every command on a case is sent, by a user entitled to send it,
/// to a case in every status. Where the lifecycle allows it the command succeeds; everywhere else it is refused with a
/// message and the case — status, version, timeline, summons, meetings, plans, payments, letters, teams — is exactly
/// as it was.
/// </summary>
public class CaseStateMachineTests
{
    /// <summary>
    /// A case in some status with the records the commands act on (0 where the case has none). The cases are PDS
    /// tenaga kerja, so that they take both payments and registration outcomes.
    /// </summary>
    public sealed record CaseUnderTest(int SkkId, int SummonsId = 0, int MeetingId = 0, int PaymentId = 0, int OutcomeId = 0);

    private const CaseType TypeUnderTest = CaseType.PdsTenagaKerja;

    /// <summary>
    /// One command on a case, as the user entitled to it would send it. <see cref="Prepare"/> takes a case where the
    /// command is allowed one ordinary step further, to where it makes sense (the next summons after a no-show).
    /// </summary>
    public sealed record CaseCommand(string Name, Func<TestApp, CaseUnderTest, Task> Send, params SkkStatus[] AllowedIn)
    {
        public Func<TestApp, CaseUnderTest, Task>? Prepare { get; init; }
    }

    private static readonly SkkStatus[] Handled = [SkkStatus.Ditangani];
    private static readonly SkkStatus[] Open = [SkkStatus.Draft, SkkStatus.Diserahkan, SkkStatus.Dikembalikan, SkkStatus.Diterima, SkkStatus.Ditangani];
    /// <summary>Letters are made once the Kejari has the SKK, until it is withdrawn.</summary>
    /// <summary>Notes go on anything the Kejaksaan has registered as a case.</summary>
    private static readonly SkkStatus[] Cases = [SkkStatus.Diterima, SkkStatus.Ditangani, SkkStatus.Selesai, SkkStatus.Dilaporkan, SkkStatus.Dicabut];
    /// <summary>Files document the work from acceptance until the report, not a withdrawn SKK.</summary>
    private static readonly SkkStatus[] Attachable = [SkkStatus.Diterima, SkkStatus.Ditangani, SkkStatus.Selesai, SkkStatus.Dilaporkan];
    private static readonly SkkStatus[] Lettered = [SkkStatus.Diserahkan, SkkStatus.Diterima, SkkStatus.Ditangani, SkkStatus.Selesai, SkkStatus.Dilaporkan];

    public static readonly CaseCommand[] Commands =
    [
        new("ExtendSkk", async (app, c) => await app.Send(new ExtendSkk
        {
            SkkId = c.SkkId, Version = await app.VersionOf(c.SkkId), Number = $"SKK.{c.SkkId}-P/KC-BJM/2026", Date = app.Today,
            ValidUntil = app.Today.AddYears(2), GrantorName = "Kepala Kantor Cabang", GrantorTitle = "Kepala BPJS Ketenagakerjaan Cabang Banjarmasin",
        }, await app.As("bpjs.bjm")), SkkStatus.Diterima, SkkStatus.Ditangani),
        new("MarkCaseReported", async (app, c) => await app.Send(Reported(c.SkkId, await app.VersionOf(c.SkkId), app), await app.As("kasidatun.hst")), SkkStatus.Selesai),
        new("AddAttachment", async (app, c) => await app.Send(new AddAttachment
        {
            SkkId = c.SkkId, FileName = "surat-pernyataan.pdf", Content = SampleFiles.Pdf(), Category = AttachmentCategory.Lainnya,
            Description = "Pindaian surat dari badan usaha",
        }, await app.As("bpjs.bjm")), Attachable),
        new("AddCaseNote", async (app, c) => await app.Send(new AddCaseNote { SkkId = c.SkkId, Text = "Badan usaha minta waktu sampai akhir bulan." },
            await app.As("bpjs.bjm")), Cases),
        new("EditSkk", async (app, c) => await app.Send(await EditOf(app, c.SkkId), await app.As("bpjs.bjm")), SkkStatus.Draft, SkkStatus.Dikembalikan),
        new("HandOverSkk", async (app, c) => await app.Send(new HandOverSkk(c.SkkId, await app.VersionOf(c.SkkId)), await app.As("bpjs.bjm")), SkkStatus.Draft),
        new("AcceptSkk", async (app, c) => await app.Send(new AcceptSkk(c.SkkId, await app.VersionOf(c.SkkId)), await app.As("kasidatun.hst")), SkkStatus.Diserahkan),
        new("ReturnSkk", async (app, c) => await app.Send(new ReturnSkk { SkkId = c.SkkId, Version = await app.VersionOf(c.SkkId), Reason = "Rincian tunggakan belum lengkap." },
            await app.As("kasidatun.hst")), SkkStatus.Diserahkan),
        new("WithdrawSkk", async (app, c) => await app.Send(new WithdrawSkk { SkkId = c.SkkId, Version = await app.VersionOf(c.SkkId), Reason = "Badan usaha melunasi langsung." },
            await app.As("bpjs.bjm")), Open),
        new("AppointJpnTeam", async (app, c) => await app.Send(new AppointJpnTeam
        {
            SkkId = c.SkkId, Version = await app.VersionOf(c.SkkId), WarrantNumber = $"PRINT-{c.SkkId}-B/O.3.14/Gp.2/11/2026", WarrantDate = app.Today,
            LeadJpnId = (await app.As("jpn.hst2")).UserId,
        }, await app.As("kasidatun.hst")), SkkStatus.Diterima, SkkStatus.Ditangani),
        new("GenerateLetter", async (app, c) => await app.Send(new GenerateLetter
        {
            SkkId = c.SkkId, Kind = LetterKind.LaporanPelaksanaanSkk, LetterDate = app.Today, SignerUserId = (await app.As("kajari.hst")).UserId,
        }, await app.As("kasidatun.hst")), Lettered),
        new("ScheduleSummons", async (app, c) => await app.Send(new ScheduleSummons
        {
            SkkId = c.SkkId, ScheduledAtLocal = app.Today.AddDays(7).ToDateTime(new TimeOnly(9, 0)), Place = "Kantor Kejaksaan Negeri Hulu Sungai Tengah",
            Purpose = "Klarifikasi tunggakan iuran",
        }, await app.As("kasidatun.hst")), Handled)
        {
            Prepare = async (app, c) => await app.Send(new RecordSummonsAttendance
            {
                SkkId = c.SkkId, SummonsId = c.SummonsId, Version = await SummonsVersion(app, c.SummonsId), Attendance = SummonsAttendance.NotAttended,
            }, await app.As("jpn.hst1")),
        },
        new("RescheduleSummons", async (app, c) => await app.Send(new RescheduleSummons
        {
            SkkId = c.SkkId, SummonsId = c.SummonsId, Version = await SummonsVersion(app, c.SummonsId),
            ScheduledAtLocal = app.Today.AddDays(3).ToDateTime(new TimeOnly(10, 0)), Place = "Aula Kejaksaan Negeri Hulu Sungai Tengah", Purpose = "Klarifikasi tunggakan iuran",
        }, await app.As("kasidatun.hst")), Handled),
        new("RecordSummonsDelivery", async (app, c) => await app.Send(new RecordSummonsDelivery
        {
            SkkId = c.SkkId, SummonsId = c.SummonsId, Version = await SummonsVersion(app, c.SummonsId), DeliveredOn = app.Today, ReceivedBy = "Sdri. Nurul (bagian umum)",
        }, await app.As("kasidatun.hst")), Handled),
        new("RecordSummonsAttendance", async (app, c) => await app.Send(new RecordSummonsAttendance
        {
            SkkId = c.SkkId, SummonsId = c.SummonsId, Version = await SummonsVersion(app, c.SummonsId), Attendance = SummonsAttendance.Attended,
        }, await app.As("kasidatun.hst")), Handled),
        // Legal in a handled case only after three summons without result; SummonsTests covers that path.
        new("RecordSomasi", async (app, c) => await app.Send(new RecordSomasi { SkkId = c.SkkId, IssuedOn = app.Today }, await app.As("kasidatun.hst"))),
        new("RecordMeeting", async (app, c) => await app.Send(Meeting(new RecordMeeting { SkkId = c.SkkId }, app), await app.As("kasidatun.hst")), Handled),
        new("EditMeeting", async (app, c) => await app.Send(Meeting(new EditMeeting
        {
            SkkId = c.SkkId, MeetingId = c.MeetingId, Version = await MeetingVersion(app, c.MeetingId),
        }, app), await app.As("kasidatun.hst")), Handled),
        new("AgreeInstallmentPlan", async (app, c) => await app.Send(await app.Plan(c.SkkId, app.Today, (app.Today.AddMonths(1), Money.FromRupiah(1_000_000))),
            await app.As("kasidatun.hst")), Handled),
        new("ReportPayment", async (app, c) => await app.Send(RecoveryScenarios.Report(c.SkkId, app.Today, Money.FromRupiah(500_000)), await app.As("kasidatun.hst")), Handled),
        new("RecordConfirmedPayment", async (app, c) => await app.Send(RecoveryScenarios.Record(c.SkkId, app.Today, Money.FromRupiah(500_000)), await app.As("bpjs.bjm")), Handled),
        new("ConfirmPayment", async (app, c) => await app.Send(new ConfirmPayment(c.SkkId, c.PaymentId, await PaymentVersion(app, c.PaymentId)), await app.As("bpjs.bjm")), Handled),
        new("ReversePayment", async (app, c) => await app.Send(new ReversePayment
        {
            SkkId = c.SkkId, PaymentId = c.PaymentId, Version = await PaymentVersion(app, c.PaymentId), Reason = "Dilaporkan dua kali.",
        }, await app.As("kasidatun.hst")), Handled),
        new("CloseCase", async (app, c) => await app.Send(new CloseCase
        {
            SkkId = c.SkkId, Version = await app.VersionOf(c.SkkId), Outcome = CaseOutcome.TidakBerhasil, Reason = "Badan usaha sudah bubar sejak 2025.",
        }, await app.As("kasidatun.hst")), Handled)
        {
            // A case closes only once BPJS has dealt with every reported payment and registration outcome.
            Prepare = ConfirmPending,
        },
        new("ReportRegistrationOutcome", async (app, c) => await app.Send(RegistrationScenarios.ReportWorkers(c.SkkId, app.Today, 12), await app.As("kasidatun.hst")), Handled),
        new("RecordConfirmedRegistrationOutcome", async (app, c) => await app.Send(new RecordConfirmedRegistrationOutcome
        {
            SkkId = c.SkkId, Kind = RegistrationOutcomeKind.TenagaKerjaDitambahkan, EffectiveOn = app.Today, WorkersAdded = 4, Note = "Data SIPP",
        }, await app.As("bpjs.bjm")), Handled),
        new("ConfirmRegistrationOutcome", async (app, c) => await app.Send(new ConfirmRegistrationOutcome(c.SkkId, c.OutcomeId, await OutcomeVersion(app, c.OutcomeId)),
            await app.As("bpjs.bjm")), Handled),
        new("ReverseRegistrationOutcome", async (app, c) => await app.Send(new ReverseRegistrationOutcome
        {
            SkkId = c.SkkId, OutcomeId = c.OutcomeId, Version = await OutcomeVersion(app, c.OutcomeId), Reason = "Tenaga kerja sudah terdaftar sebelumnya.",
        }, await app.As("kasidatun.hst")), Handled),
    ];

    public static TheoryData<SkkStatus> Statuses() => new(Enum.GetValues<SkkStatus>());

    public static TheoryData<SkkStatus> StatusesOtherThanHandled() => new(Enum.GetValues<SkkStatus>().Where(s => s != SkkStatus.Ditangani));

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task Every_command_is_refused_without_change_where_the_lifecycle_forbids_it_and_succeeds_where_it_allows_it(SkkStatus status)
    {
        await using var app = await TestApp.StartAsync();
        var subject = await CaseIn(app, status);
        Assert.Equal(status, await StatusOf(app, subject.SkkId));

        foreach (var command in Commands.Where(c => !c.AllowedIn.Contains(status)))
        {
            var before = await StateOf(app, subject.SkkId);
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => command.Send(app, subject));
            Assert.True(refused is BusinessRuleException or NotAllowedException or NotFoundOrNotAllowedException,
                $"{command.Name} in {status}: refused with {refused.GetType().Name}: {refused.Message}");
            Assert.False(string.IsNullOrWhiteSpace(refused.Message), $"{command.Name} in {status} was refused without a message.");
            Assert.Equal(before, await StateOf(app, subject.SkkId));
        }

        foreach (var command in Commands.Where(c => c.AllowedIn.Contains(status)))
        {
            // Each allowed command gets a case of its own, so one success does not move the case the next one needs.
            var fresh = await CaseIn(app, status);
            if (command.Prepare is { } prepare) await prepare(app, fresh);
            var before = await StateOf(app, fresh.SkkId);
            await command.Send(app, fresh);
            Assert.NotEqual(before, await StateOf(app, fresh.SkkId));
        }
    }

    [Fact]
    public void Every_command_on_a_case_is_in_the_state_machine_test()
    {
        var caseCommands = typeof(ISkkRequest).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISkkRequest).IsAssignableFrom(t)
                && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)))
            .Select(t => t.Name)
            // A background job's command: it only marks what is overdue on a handled case and does nothing elsewhere.
            .Where(name => name != nameof(MarkBrokenPromises))
            .Order().ToList();
        Assert.Equal(caseCommands, Commands.Select(c => c.Name).Order().ToList());
    }

    [Theory]
    [MemberData(nameof(StatusesOtherThanHandled))]
    public async Task Marking_broken_promises_outside_a_handled_case_does_nothing(SkkStatus status)
    {
        await using var app = await TestApp.StartAsync();
        var subject = await CaseIn(app, status);
        app.Clock.Now = app.Clock.Now.AddMonths(6);
        var before = await StateOf(app, subject.SkkId);
        Assert.Equal(0, await app.Send(new MarkBrokenPromises(subject.SkkId), await app.As("bpjs.bjm")));
        Assert.Equal(before, await StateOf(app, subject.SkkId));
    }

    /// <summary>Brings a new case to the status through the real use cases, with a summons, a meeting, a plan and a payment once handled.</summary>
    public static async Task<CaseUnderTest> CaseIn(TestApp app, SkkStatus status)
    {
        var bpjs = await app.As("bpjs.bjm");
        var kasi = await app.As("kasidatun.hst");
        switch (status)
        {
            case SkkStatus.Draft:
                var employerId = await app.Send(Requests.Employer(), bpjs);
                var draft = Requests.Skk(employerId, await app.OfficeId("KEJARI-HST"), app.Today);
                draft.CaseType = TypeUnderTest;
                return new(await app.Send(draft, bpjs));
            case SkkStatus.Diserahkan:
                return new(await app.HandedOverSkk("KEJARI-HST", TypeUnderTest));
            case SkkStatus.Dikembalikan:
                var returned = await app.HandedOverSkk("KEJARI-HST", TypeUnderTest);
                await app.Send(new ReturnSkk { SkkId = returned, Version = await app.VersionOf(returned), Reason = "Lampiran rincian tunggakan tidak ada." }, kasi);
                return new(returned);
            case SkkStatus.Diterima:
                var accepted = await app.HandedOverSkk("KEJARI-HST", TypeUnderTest);
                await app.Send(new AcceptSkk(accepted, await app.VersionOf(accepted)), kasi);
                return new(accepted);
        }

        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1", TypeUnderTest);
        var jpn = await app.As("jpn.hst1");
        var summonsId = await app.Send(new ScheduleSummons
        {
            SkkId = skkId, ScheduledAtLocal = app.Today.ToDateTime(new TimeOnly(9, 0)), Place = "Kantor Kejaksaan Negeri Hulu Sungai Tengah",
            Purpose = "Klarifikasi tunggakan iuran",
        }, jpn);
        var meetingId = await app.Send(Meeting(new RecordMeeting { SkkId = skkId }, app), jpn);
        await app.Send(await app.ThreeMonthlyInstallments(skkId), jpn);
        var confirmedId = await app.Send(RecoveryScenarios.Record(skkId, app.Today, Money.FromRupiah(6_834_000)), bpjs);
        var outcomeId = await app.Send(RegistrationScenarios.ReportWorkers(skkId, app.Today, 25), jpn);
        switch (status)
        {
            case SkkStatus.Ditangani:
                return new(skkId, summonsId, meetingId, await app.Send(RecoveryScenarios.Report(skkId, app.Today, Money.FromRupiah(1_000_000)), jpn), outcomeId);
            case SkkStatus.Dicabut:
                var reportedId = await app.Send(RecoveryScenarios.Report(skkId, app.Today, Money.FromRupiah(1_000_000)), jpn);
                await app.Send(new WithdrawSkk { SkkId = skkId, Version = await app.VersionOf(skkId), Reason = "Piutang dihapusbukukan BPJS." }, bpjs);
                return new(skkId, summonsId, meetingId, reportedId, outcomeId);
            case SkkStatus.Selesai or SkkStatus.Dilaporkan:
                await app.Send(new ConfirmRegistrationOutcome(skkId, outcomeId, await OutcomeVersion(app, outcomeId)), bpjs);
                await app.Send(new CloseCase
                {
                    SkkId = skkId, Version = await app.VersionOf(skkId), Outcome = CaseOutcome.SebagianDikembalikan,
                    Reason = "Badan usaha hanya sanggup membayar angsuran pertama.",
                }, jpn);
                if (status == SkkStatus.Dilaporkan) await app.Send(Reported(skkId, await app.VersionOf(skkId), app), jpn);
                return new(skkId, summonsId, meetingId, confirmedId, outcomeId);
            default:
                throw new NotSupportedException($"No scenario for a case in status {status}.");
        }
    }

    private static async Task ConfirmPending(TestApp app, CaseUnderTest c)
    {
        var bpjs = await app.As("bpjs.bjm");
        await app.Send(new ConfirmPayment(c.SkkId, c.PaymentId, await PaymentVersion(app, c.PaymentId)), bpjs);
        await app.Send(new ConfirmRegistrationOutcome(c.SkkId, c.OutcomeId, await OutcomeVersion(app, c.OutcomeId)), bpjs);
    }

    private static MarkCaseReported Reported(int skkId, long version, TestApp app) => new()
    {
        SkkId = skkId, Version = version, SentOn = app.Today, LetterNumber = $"B-{skkId}/O.3.14/Gp.2/11/2026", Note = "Dikirim melalui ekspedisi.",
    };

    private static async Task<EditSkk> EditOf(TestApp app, int skkId)
    {
        await using var db = app.NewDb();
        var skk = await db.Skks.Include(s => s.ArrearsLines).AsNoTracking().SingleAsync(s => s.Id == skkId);
        var edit = EditSkk.From(skk);
        edit.Notes = "Diperbaiki: rincian tunggakan dilengkapi.";
        return edit;
    }

    private static T Meeting<T>(T meeting, TestApp app) where T : MeetingFields
    {
        meeting.Kind = MeetingKind.Negosiasi;
        meeting.HeldAtLocal = app.Today.ToDateTime(new TimeOnly(10, 0));
        meeting.Place = "Ruang Datun Kejaksaan Negeri Hulu Sungai Tengah";
        meeting.Attendees = "JPN\nDirektur badan usaha";
        meeting.EmployerStatement = "Badan usaha mengakui tunggakan dan sanggup mengangsur.";
        return meeting;
    }

    private static async Task<long> SummonsVersion(TestApp app, int summonsId)
    {
        await using var db = app.NewDb();
        return await db.Summonses.Where(s => s.Id == summonsId).Select(s => s.Version).SingleOrDefaultAsync();
    }

    private static async Task<long> MeetingVersion(TestApp app, int meetingId)
    {
        await using var db = app.NewDb();
        return await db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Version).SingleOrDefaultAsync();
    }

    private static async Task<long> PaymentVersion(TestApp app, int paymentId)
    {
        await using var db = app.NewDb();
        return await db.Payments.Where(p => p.Id == paymentId).Select(p => p.Version).SingleOrDefaultAsync();
    }

    private static async Task<long> OutcomeVersion(TestApp app, int outcomeId)
    {
        await using var db = app.NewDb();
        return await db.RegistrationOutcomes.Where(o => o.Id == outcomeId).Select(o => o.Version).SingleOrDefaultAsync();
    }

    private static async Task<SkkStatus> StatusOf(TestApp app, int skkId)
    {
        await using var db = app.NewDb();
        return await db.Skks.Where(s => s.Id == skkId).Select(s => s.Status).SingleAsync();
    }

    /// <summary>Everything a command on the case could change, to compare before and after.</summary>
    private static async Task<string> StateOf(TestApp app, int skkId)
    {
        await using var db = app.NewDb();
        var summons = await db.Summonses.Where(s => s.SkkId == skkId).OrderBy(s => s.Id).Select(s => $"{s.Id}:{s.Version}").ToListAsync();
        var meetings = await db.Meetings.Where(m => m.SkkId == skkId).OrderBy(m => m.Id).Select(m => $"{m.Id}:{m.Version}").ToListAsync();
        var somasi = await db.Somasis.CountAsync(s => s.SkkId == skkId);
        var letters = await db.Letters.CountAsync(l => l.SkkId == skkId);
        var attachments = await db.Attachments.CountAsync(a => a.SkkId == skkId);
        var teams = await db.JpnTeams.Where(t => t.SkkId == skkId).OrderBy(t => t.Id).Select(t => $"{t.Id}:{t.IsActive}").ToListAsync();
        var outcomes = await db.RegistrationOutcomes.Where(o => o.SkkId == skkId).OrderBy(o => o.Id).Select(o => $"{o.Id}:{o.State}:{o.Version}").ToListAsync();
        var employer = await db.Employers.Where(e => db.Skks.Any(s => s.Id == skkId && s.EmployerId == e.Id)).Select(e => $"{e.WorkerCount}:{e.Version}").SingleAsync();
        return $"{await app.StateOf(skkId)}|{string.Join(",", outcomes)}|{employer}|{string.Join(",", summons)}|{string.Join(",", meetings)}|{somasi}|{letters}|{attachments}|{string.Join(",", teams)}";
    }
}
