using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Features.Skk;
using static KejaksaanDatun.Core.Data.Synthetic.SyntheticCalendar;

namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>
/// Writes out one <see cref="CasePlan"/> as the rows the app's commands would have left: the SKK and its arrears lines,
/// each status change through <see cref="SkkLifecycle.Transition"/> (so an illegal path cannot be generated) with the
/// texts the commands put on the timeline, the JPN team, the recovery (<see cref="RecoveryRowsBuilder"/>), the
/// registration results and the closing through <see cref="RecoveryRules.Close"/>.
/// </summary>
internal sealed class CaseRowsBuilder(int seed)
{
    private static readonly string[] Notes =
    [
        "",
        "Badan usaha telah dua kali diberi surat peringatan oleh BPJS Ketenagakerjaan namun tidak menanggapi.",
        "Hasil pemeriksaan petugas pengawasan dan pemeriksaan BPJS Ketenagakerjaan terlampir.",
        "Pimpinan badan usaha pernah menyatakan kesanggupan membayar secara lisan namun tidak ditindaklanjuti.",
        "",
    ];

    private static readonly (Collectibility, double)[] Collectibilities =
        [(Collectibility.Lancar, 15), (Collectibility.KurangLancar, 30), (Collectibility.Diragukan, 30), (Collectibility.Macet, 25)];

    private static readonly string[] PartialReasons =
    [
        "Badan usaha menghentikan sebagian kegiatannya dan tidak sanggup melunasi sisa tunggakan.",
        "Angsuran terhenti setelah badan usaha kehilangan kontrak utamanya; sisa tunggakan dikembalikan kepada BPJS.",
        "Badan usaha hanya sanggup membayar sebagian dan tidak menanggapi somasi atas sisa tunggakan.",
    ];

    private static readonly string[] FailureReasons =
    [
        "Badan usaha sudah tidak beroperasi dan pengurusnya tidak hadir setelah tiga kali dipanggil.",
        "Badan usaha dinyatakan pailit berdasarkan putusan Pengadilan Niaga.",
        "Pimpinan badan usaha menolak membayar dan tidak menanggapi somasi.",
        "Alamat badan usaha tidak ditemukan; kantor dan lokasi usaha telah kosong.",
    ];

    private static readonly string[] LawsuitReasons =
    [
        "Badan usaha ingkar janji atas Surat Pernyataan Kesanggupan dan tidak menanggapi somasi.",
        "Badan usaha masih beroperasi dan mampu membayar tetapi menolak menyelesaikan tunggakan di luar pengadilan.",
    ];

    /// <summary>Claims up to this amount go to a gugatan sederhana (small claims); larger ones to an ordinary civil suit.</summary>
    private static readonly Money SmallClaimsLimit = Money.FromRupiah(500_000_000);

    public CaseRows Build(CasePlan plan)
    {
        var random = SyntheticRandom.For(seed, RandomStream.CaseRows, plan.Id);
        var skk = NewSkk(plan, random);
        var rows = new CaseRows { Skk = skk };
        skk.Events.Add(new CaseEvent
        {
            At = plan.Created, Kind = CaseEventKind.Created, ToStatus = SkkStatus.Draft, ActorId = plan.BpjsStaff.Id, ActorName = plan.BpjsStaff.FullName,
            Description = $"Draf SKK {skk.Number} dibuat untuk {plan.Employer.Name}, tunggakan {skk.TotalArrears}.",
        });
        WriteHandover(plan, skk);
        if (plan.Accepted is { } accepted)
        {
            skk.RegisterYear = plan.RegisterYear;
            skk.RegisterSequence = plan.RegisterSequence;
            skk.RegisterNumber = $"REG-{plan.RegisterSequence}/{plan.Route.Kejaksaan.LetterCode}/Gp.2/{plan.RegisterYear}";
            skk.AcceptedAt = accepted;
            Move(skk, SkkStatus.Diterima, accepted, plan.Desk, $"SKK diterima dan dicatat dalam register dengan nomor {skk.RegisterNumber}.");
        }
        if (plan.Appointed is not null)
        {
            AppointTeam(plan, skk);
            RecoveryRowsBuilder.Add(plan, rows, random);
            AddRegistration(plan, rows);
            if (plan.Closed is not null) Close(plan, rows, random);
            if (plan.Reported is not null) Report(plan, rows, random);
        }
        if (plan.Withdrawn is { } withdrawn)
        {
            skk.WithdrawReason = plan.WithdrawReason;
            skk.ClosedAt = withdrawn;
            foreach (var team in skk.Teams) team.IsActive = false;
            Move(skk, SkkStatus.Dicabut, withdrawn, random.Chance(0.5) ? plan.BpjsHead : plan.BpjsStaff,
                $"SKK dicabut oleh {plan.Route.Bpjs.Name}. Alasan: {skk.WithdrawReason}");
        }
        if (skk.Status != plan.Status) throw new InvalidOperationException($"Synthetic case {plan.Id} ended {skk.Status}, planned {plan.Status}.");
        // The timeline was written step by step; stored in time order, the ids follow it. OrderBy keeps same-instant events in order.
        skk.Events = skk.Events.OrderBy(e => e.At).ToList();
        return rows;
    }

    private static Skk NewSkk(CasePlan plan, SyntheticRandom random)
    {
        var bpjs = plan.Route.Bpjs;
        var skk = new Skk
        {
            Id = plan.Id,
            Number = $"SKK.{plan.SkkSequence:000}/{bpjs.LetterCode}/HK/{plan.Date:MMyyyy}",
            Date = plan.Date, ValidUntil = plan.ValidUntil, CaseType = plan.Type, EmployerId = plan.Employer.Id,
            BpjsOfficeId = bpjs.Id, KejaksaanOfficeId = plan.Route.Kejaksaan.Id, GrantorName = bpjs.HeadName, GrantorTitle = bpjs.HeadTitle,
            PeriodFrom = plan.PeriodFrom, PeriodTo = plan.PeriodTo, Notes = random.Pick(Notes), Status = SkkStatus.Draft,
            CreatedAt = plan.Created, CreatedById = plan.BpjsStaff.Id,
        };
        var months = ArrearsLineGenerator.MonthsOf(plan.PeriodFrom, plan.PeriodTo).ToList();
        skk.Collectibility = months.Count >= 9 && random.Chance(0.6) ? Collectibility.Macet : random.Pick(Collectibilities);
        foreach (var month in months)
        {
            foreach (var (program, rate) in ContributionRates.OwedFor(plan.Type))
            {
                var iuran = new Money(ContributionRates.MonthlySen(plan.ArrearsWorkers, plan.ArrearsWage, rate));
                skk.ArrearsLines.Add(new ArrearsLine
                {
                    SkkId = skk.Id, Period = month, Program = program, IuranSen = iuran.Sen, DendaSen = LateFee.For(iuran, month, plan.Date).Sen,
                });
            }
        }
        skk.RecomputeTotals();
        return skk;
    }

    private static void WriteHandover(CasePlan plan, Skk skk)
    {
        if (plan.HandedOver is not { } handedOver) return;
        var agreement = plan.Route.AgreementOn(plan.Date);
        var handoverText = $"SKK diserahkan kepada {plan.Route.Kejaksaan.Name} berdasarkan {DomainLabels.Of(agreement.Kind)} {agreement.Number}.";
        skk.AgreementId = agreement.Id;
        skk.HandedOverAt = handedOver;
        Move(skk, SkkStatus.Diserahkan, handedOver, plan.BpjsStaff, handoverText);
        if (plan.Returned is not { } returned) return;
        skk.ReturnReason = plan.ReturnReason;
        Move(skk, SkkStatus.Dikembalikan, returned, plan.Desk, $"SKK dikembalikan kepada {plan.Route.Bpjs.Name}. Alasan: {skk.ReturnReason}");
        if (plan.Redrafted is not { } redrafted) return;
        Move(skk, SkkStatus.Draft, redrafted, plan.BpjsStaff, "SKK diperbaiki setelah dikembalikan dan menjadi draf kembali.");
        if (plan.HandedOverAgain is not { } again) return;
        skk.HandedOverAt = again;
        skk.ReturnReason = null;
        Move(skk, SkkStatus.Diserahkan, again, plan.BpjsStaff, handoverText);
    }

    private static void AppointTeam(CasePlan plan, Skk skk)
    {
        var appointed = plan.Appointed!.Value;
        var warrantDate = LocalDay(appointed, plan.Route.Kejaksaan.TimeZone);
        var team = new JpnTeam
        {
            SkkId = skk.Id, WarrantNumber = plan.WarrantNumber!, WarrantDate = warrantDate, LeadJpnId = plan.LeadJpn.Id, IsActive = true,
            AppointedAt = appointed, AppointedById = plan.Desk.Id,
            Members = plan.Members.Select(m => new JpnTeamMember { UserId = m.Id }).Prepend(new JpnTeamMember { UserId = plan.LeadJpn.Id, IsLead = true }).ToList(),
        };
        skk.Teams.Add(team);
        var description = $"Surat Perintah {team.WarrantNumber} tanggal {IndonesianFormat.Date(warrantDate)}: ketua tim {plan.LeadJpn.FullName}" +
            (plan.Members.Count > 0 ? $"; anggota {string.Join("; ", plan.Members.Select(m => m.FullName))}" : "");
        if (!description.EndsWith('.')) description += ".";
        Move(skk, SkkStatus.Ditangani, appointed, plan.Desk, "Tim JPN ditunjuk. " + description);
    }

    /// <summary>What the employer registered, as reported by the JPN and confirmed by BPJS or entered by BPJS itself.</summary>
    private static void AddRegistration(CasePlan plan, CaseRows rows)
    {
        if (plan.Registration is not { } registration) return;
        var employer = plan.Employer;
        var outcomes = plan.Type switch
        {
            CaseType.Pwbd =>
            [
                new RegistrationOutcome
                {
                    Kind = RegistrationOutcomeKind.NppDiterbitkan, Npp = employer.Npp,
                    Note = "Salinan sertifikat kepesertaan BPJS Ketenagakerjaan diserahkan pimpinan badan usaha.",
                },
                new RegistrationOutcome
                {
                    Kind = RegistrationOutcomeKind.TenagaKerjaDitambahkan, WorkersAdded = registration.WorkersAdded,
                    Note = "Daftar tenaga kerja yang didaftarkan dilampirkan.",
                },
            ],
            CaseType.PdsTenagaKerja => [new RegistrationOutcome
            {
                Kind = RegistrationOutcomeKind.TenagaKerjaDitambahkan, WorkersAdded = registration.WorkersAdded,
                Note = "Daftar tenaga kerja yang belum didaftarkan kini telah didaftarkan.",
            }],
            CaseType.PdsUpah => [new RegistrationOutcome
            {
                Kind = RegistrationOutcomeKind.UpahDikoreksi,
                WageBeforeSen = Money.FromRupiah(plan.ArrearsWorkers * (plan.FullWage - plan.ArrearsWage)).Sen,
                WageAfterSen = Money.FromRupiah(plan.ArrearsWorkers * plan.FullWage).Sen,
                Note = "Laporan upah terbaru badan usaha sesuai daftar gaji.",
            }],
            _ => new List<RegistrationOutcome>
            {
                new()
                {
                    Kind = RegistrationOutcomeKind.ProgramDitambahkan,
                    Programs = [SocialSecurityProgram.Jht, SocialSecurityProgram.Jp, SocialSecurityProgram.Jkp],
                    Note = "Formulir pendaftaran program JHT, JP dan JKP.",
                },
            },
        };
        var skk = rows.Skk;
        var reporter = registration.Source == PaymentSource.Kejaksaan ? plan.LeadJpn : plan.BpjsStaff;
        foreach (var outcome in outcomes)
        {
            outcome.SkkId = skk.Id;
            outcome.EffectiveOn = registration.EffectiveOn;
            outcome.Source = registration.Source;
            outcome.State = PaymentState.Reported;
            outcome.MarkReported(Actor(reporter), registration.ReportedAt);
            var described = $"{outcome.Describe()} (tanggal {IndonesianFormat.Date(outcome.EffectiveOn)})";
            if (registration.Source == PaymentSource.Kejaksaan)
                AddEvent(skk, CaseEventKind.RegistrationReported, registration.ReportedAt, reporter,
                    $"Hasil kepesertaan dilaporkan, menunggu konfirmasi BPJS: {described}. Keterangan: {outcome.Note}");
            if (registration.ConfirmedAt is { } confirmed)
            {
                outcome.MarkConfirmed(Actor(plan.BpjsStaff), confirmed);
                var change = outcome.Kind switch
                {
                    RegistrationOutcomeKind.NppDiterbitkan => $" {employer.Name} kini terdaftar dengan NPP {employer.Npp}.",
                    RegistrationOutcomeKind.TenagaKerjaDitambahkan => $" Jumlah tenaga kerja {employer.Name}: {RegistrationText.Count(employer.Workers)} " +
                        $"menjadi {RegistrationText.Count(employer.Workers + outcome.WorkersAdded!.Value)} orang.",
                    _ => "",
                };
                AddEvent(skk, CaseEventKind.RegistrationConfirmed, confirmed, plan.BpjsStaff, registration.Source == PaymentSource.Kejaksaan
                    ? $"Hasil kepesertaan dikonfirmasi BPJS sesuai catatan BPJS: {described}.{change}"
                    : $"Hasil kepesertaan dicatat dan dikonfirmasi BPJS: {described}.{change}");
            }
            rows.Registrations.Add(outcome);
        }
    }

    /// <summary>Selesai with the outcome: Lunas when BPJS confirmed the last payment, the others closed by the JPN as CloseCase does.</summary>
    private static void Close(CasePlan plan, CaseRows rows, SyntheticRandom random)
    {
        var skk = rows.Skk;
        var closed = plan.Closed!.Value;
        var confirmed = new Money(RecoveryMath.Confirmed(rows.Payments));
        var outstanding = new Money(RecoveryMath.Outstanding(skk.TotalArrearsSen, rows.Payments));
        var registration = RegistrationTotals.Of(rows.Registrations);
        var bpjsName = plan.Route.Bpjs.Name;
        var closer = random.Chance(0.7) ? plan.LeadJpn : plan.Desk;
        switch (plan.Ending)
        {
            case CaseEnding.Lunas:
                // Payments confirmed by then are confirmed at the latest at that moment; the last of them closed the case.
                var last = rows.Payments.Last(p => p.State == PaymentState.Confirmed && p.ConfirmedAt == closed);
                if (outstanding.Sen != 0) throw new InvalidOperationException($"Synthetic case {plan.Id} closes Lunas with {outstanding} outstanding.");
                RecoveryRules.Close(skk, CaseOutcome.Lunas, null, RecoveryRules.PaidInFullText(skk), skk.TotalArrears, registration,
                    new Actor(last.ConfirmedById!, last.ConfirmedByName!), closed);
                break;
            case CaseEnding.SebagianDikembalikan:
                var partly = random.Pick(PartialReasons);
                if (confirmed.Sen == 0 || outstanding.Sen == 0) throw new InvalidOperationException($"Synthetic case {plan.Id} is not partly recovered.");
                RecoveryRules.Close(skk, CaseOutcome.SebagianDikembalikan, partly,
                    $"Perkara selesai: sebagian dipulihkan {confirmed}, sisa tunggakan {outstanding} dikembalikan kepada {bpjsName}. Alasan: {partly}",
                    confirmed, registration, Actor(closer), closed);
                break;
            case CaseEnding.TidakBerhasil:
                var failed = random.Pick(FailureReasons);
                RecoveryRules.Close(skk, CaseOutcome.TidakBerhasil, failed,
                    $"Perkara selesai: tidak berhasil; SKK dikembalikan kepada {bpjsName} dengan sisa tunggakan {outstanding}. Alasan: {failed}",
                    confirmed, registration, Actor(closer), closed);
                break;
            case CaseEnding.Gugatan:
                var sued = random.Pick(LawsuitReasons);
                var kind = outstanding <= SmallClaimsLimit ? LitigationKind.GugatanSederhana : LitigationKind.GugatanPerdata;
                rows.Litigation = new LitigationRecord
                {
                    SkkId = skk.Id, Kind = kind, Reason = sued, Note = CloseCaseHandler.LitigationNote, CreatedAt = closed, CreatedById = closer.Id,
                };
                RecoveryRules.Close(skk, CaseOutcome.Gugatan, sued,
                    $"Perkara selesai: ditingkatkan ke {DomainLabels.Of(kind).ToLowerInvariant()} atas sisa tunggakan {outstanding}. " +
                    $"Alasan: {sued} {CloseCaseHandler.LitigationNote}", confirmed, registration, Actor(closer), closed);
                break;
        }
    }

    private static void Report(CasePlan plan, CaseRows rows, SyntheticRandom random)
    {
        var reported = plan.Reported!.Value;
        var sentOn = LocalDay(reported, plan.Route.Kejaksaan.TimeZone);
        var reporter = random.Chance(0.6) ? plan.LeadJpn : plan.Desk;
        rows.Report = new CaseReport
        {
            SkkId = rows.Skk.Id, SentOn = sentOn, LetterNumber = plan.ReportLetterNumber, RecordedAt = reported,
            RecordedById = reporter.Id, RecordedByName = reporter.FullName,
        };
        Move(rows.Skk, SkkStatus.Dilaporkan, reported, reporter,
            $"Laporan pelaksanaan SKK dikirim kepada {plan.Route.Bpjs.Name} tanggal {IndonesianFormat.Date(sentOn)} dengan surat nomor {plan.ReportLetterNumber}.");
    }

    private static void Move(Skk skk, SkkStatus to, DateTime at, AppUser actor, string description) =>
        SkkLifecycle.Transition(skk, to, Actor(actor), at, description);

    public static Actor Actor(AppUser user) => new(user.Id, user.FullName);

    public static void AddEvent(Skk skk, CaseEventKind kind, DateTime at, AppUser actor, string description) =>
        skk.Events.Add(new CaseEvent { SkkId = skk.Id, At = at, Kind = kind, Description = description, ActorId = actor.Id, ActorName = actor.FullName });
}
