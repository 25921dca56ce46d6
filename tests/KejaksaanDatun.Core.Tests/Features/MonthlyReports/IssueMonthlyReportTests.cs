using System.Text.Json;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Letters;
using KejaksaanDatun.Core.Features.MonthlyReports;
using KejaksaanDatun.Core.Letters;
using KejaksaanDatun.Core.Tests.Features.Letters;
using KejaksaanDatun.Core.Tests.Features.Recovery;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.MonthlyReports;

public sealed class IssueMonthlyReportTests
{
    private static readonly DateOnly March2025 = new(2025, 3, 1);

    /// <summary>A number of the default pattern <c>B-{seq}/{kode}/Gp.2/{mm}/{yyyy}</c>.</summary>
    private static string Number(int sequence, string officeLetterCode, DateOnly date) =>
        $"B-{sequence}/{officeLetterCode}/Gp.2/{date:MM}/{date.Year}";

    /// <summary>Neither a stored report nor a taken number: what every refusal must leave behind.</summary>
    private static async Task AssertNothingIssued(TestApp app)
    {
        await using var db = app.NewDb();
        Assert.False(await db.Letters.AnyAsync(l => l.Kind == LetterKind.LaporanBulanan));
        Assert.False(await db.NumberSequences.AnyAsync(n => n.Kind == LetterNumbers.SequenceKind(LetterKind.LaporanBulanan)));
    }

    [Fact]
    public async Task Issuing_a_month_takes_the_offices_next_number_and_keeps_the_report_to_download_again_unchanged()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseOfMarch2025();
        var kasi = await app.As("kasidatun.hst");
        var hst = await app.OfficeId("KEJARI-HST");

        var issued = await app.Send(new IssueMonthlyReport(null, 2025, 3), kasi);

        var number = Number(1, "O.3.14", app.Today);
        Assert.Equal((number, app.Today), (issued.Number, issued.Date));
        Assert.Equal($"laporan-bulanan-KEJARI-HST-2025-03-B-1-O.3.14-Gp.2-{app.Today:MM}-{app.Today.Year}.docx", issued.FileName);
        await using (var db = app.NewDb())
        {
            var letter = await db.Letters.AsNoTracking().SingleAsync(l => l.Id == issued.LetterId);
            Assert.Equal((hst, (int?)null, LetterKind.LaporanBulanan, (DateOnly?)March2025, app.Today.Year, 1, false),
                (letter.OfficeId, letter.SkkId, letter.Kind, letter.ReportedMonth, letter.Year, letter.Sequence, letter.IsVoid));
            Assert.Equal((kasi.UserId, kasi.Name, app.Clock.Now.UtcDateTime), (letter.CreatedById, letter.CreatedByName, letter.CreatedAt));
            var defaultTemplate = await db.TemplateVersions
                .Where(t => t.OfficeId == null && t.Kind == LetterKind.LaporanBulanan && t.IsActive).Select(t => t.Id).SingleAsync();
            Assert.Equal(defaultTemplate, letter.TemplateVersionId);
            using var snapshot = JsonDocument.Parse(letter.DataSnapshot);
            Assert.Equal(number, snapshot.RootElement.GetProperty("Nomor").GetString());
            Assert.Equal("2025-03-01", snapshot.RootElement.GetProperty("Bulan").GetString());
            Assert.Equal(1_025_100m, snapshot.RootElement.GetProperty("Ringkasan").GetProperty("Dipulihkan").GetDecimal());
        }

        var file = await app.Send(new GetLetterFile(issued.LetterId), kasi);
        Assert.Equal(issued.FileName, file.FileName);
        var text = MonthlyReportScenarios.ValidatedText(file.Content);
        Assert.Contains($"Nomor: {number}", text);
        Assert.Contains("BULAN MARET 2025", text);
        Assert.Contains("Iuran yang dipulihkan (dikonfirmasi BPJS Ketenagakerjaan)Rp1.025.100", text);
        Assert.Contains("Rina Marlina, S.H.110Rp20.502.000Rp1.025.1005,0 %", text);

        // A payment of March confirmed afterwards changes the preview, never the report issued before it.
        await app.Send(RecoveryScenarios.Record(skkId, app.Today, Money.FromRupiah(500_000)), await app.As("bpjs.bjm"));
        await app.MovePayments(skkId, new DateOnly(2025, 3, 25), Money.FromRupiah(500_000));
        var preview = MonthlyReportScenarios.ValidatedText((await app.Send(new GetMonthlyReport(null, 2025, 3), kasi)).Content);
        Assert.Contains("Iuran yang dipulihkan (dikonfirmasi BPJS Ketenagakerjaan)Rp1.525.100", preview);
        var again = await app.Send(new GetLetterFile(issued.LetterId), await app.As("kajati.kalsel"));
        Assert.Equal(file.Content, again.Content);

        var row = Assert.Single(await app.Send(new ListMonthlyReports(null), kasi));
        Assert.Equal((issued.LetterId, March2025, number, app.Today, kasi.Name, false, 0),
            (row.Id, row.Month, row.Number, row.Date, row.CreatedByName, row.IsVoid, row.WarningCount));
    }

    [Fact]
    public async Task Last_month_of_the_demo_office_is_issued_without_template_warnings()
    {
        await using var app = await TestApp.StartAsync();
        var lastMonth = new DateOnly(app.Today.Year, app.Today.Month, 1).AddMonths(-1);

        var issued = await app.Send(new IssueMonthlyReport(null, lastMonth.Year, lastMonth.Month), await app.As("kasidatun.hst"));

        await using var db = app.NewDb();
        var letter = await db.Letters.AsNoTracking().SingleAsync(l => l.Id == issued.LetterId);
        // Cases carried over from earlier months have no note; that is no missing data.
        Assert.Contains("\"Keterangan\": \"\"", letter.DataSnapshot);
        Assert.Equal("", letter.Warnings);
    }

    [Fact]
    public async Task Each_report_takes_the_next_number_of_its_own_office_and_the_list_shows_the_newest_first()
    {
        await using var app = await TestApp.StartAsync();
        var kasi = await app.As("kasidatun.hst");
        var kajati = await app.As("kajati.kalsel");
        var hst = await app.OfficeId("KEJARI-HST");

        var february = await app.Send(new IssueMonthlyReport(null, 2025, 2), kasi);
        app.Clock.Now = app.Clock.Now.AddMinutes(5);
        var march = await app.Send(new IssueMonthlyReport(hst, 2025, 3), kajati);
        var kejati = await app.Send(new IssueMonthlyReport(null, 2025, 3), kajati);

        Assert.Equal([Number(1, "O.3.14", app.Today), Number(2, "O.3.14", app.Today), Number(1, "O.3", app.Today)],
            new[] { february, march, kejati }.Select(r => r.Number));
        var list = await app.Send(new ListMonthlyReports(hst), kajati);
        Assert.Equal([(march.LetterId, March2025, kajati.Name), (february.LetterId, new DateOnly(2025, 2, 1), kasi.Name)],
            list.Select(r => (r.Id, r.Month, r.CreatedByName)));
        Assert.Equal([kejati.LetterId], (await app.Send(new ListMonthlyReports(null), kajati)).Select(r => r.Id));
    }

    [Fact]
    public async Task A_month_that_has_not_ended_at_the_office_is_refused_and_takes_no_number()
    {
        await using var app = await TestApp.StartAsync();
        var kasi = await app.As("kasidatun.hst");
        app.Clock.Now = new DateTimeOffset(2026, 11, 30, 15, 30, 0, TimeSpan.Zero); // 30 November 2026, 23.30 WITA

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => app.Send(new IssueMonthlyReport(null, 2026, 11), kasi));
        Assert.Equal("Laporan bulanan November 2026 belum dapat diterbitkan karena bulan itu belum berakhir di Kejaksaan Negeri Hulu Sungai Tengah. " +
            "Laporan dapat diterbitkan mulai 1 Desember 2026.", refused.Message);
        await Assert.ThrowsAsync<BusinessRuleException>(() => app.Send(new IssueMonthlyReport(null, 2027, 1), kasi));
        await AssertNothingIssued(app);

        app.Clock.Now = new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero); // 1 December 2026, 00.00 WITA
        var issued = await app.Send(new IssueMonthlyReport(null, 2026, 11), kasi);
        Assert.Equal("B-1/O.3.14/Gp.2/12/2026", issued.Number);
    }

    [Fact]
    public async Task A_month_in_force_is_refused_with_its_number_and_once_voided_is_issued_again_under_a_new_number()
    {
        await using var app = await TestApp.StartAsync();
        var kasi = await app.As("kasidatun.hst");
        var hst = await app.OfficeId("KEJARI-HST");
        var first = await app.Send(new IssueMonthlyReport(null, 2025, 3), kasi);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => app.Send(new IssueMonthlyReport(hst, 2025, 3), kasi));
        Assert.Equal($"Laporan bulanan Maret 2025 Kejaksaan Negeri Hulu Sungai Tengah sudah diterbitkan dengan nomor {first.Number}. " +
            "Batalkan laporan itu terlebih dahulu bila laporan bulan tersebut perlu diterbitkan ulang.", refused.Message);
        await using (var db = app.NewDb())
        {
            Assert.Equal(1, await db.Letters.CountAsync(l => l.Kind == LetterKind.LaporanBulanan));
            // The refused request had reserved the next number first; it went back with the refusal.
            Assert.Equal(1, await db.NumberSequences
                .Where(n => n.OfficeId == hst && n.Kind == LetterNumbers.SequenceKind(LetterKind.LaporanBulanan)).Select(n => n.LastValue).SingleAsync());
        }

        await app.Send(new VoidLetter { LetterId = first.LetterId, Reason = "Pembayaran tanggal 31 Maret belum termasuk." }, kasi);
        var second = await app.Send(new IssueMonthlyReport(null, 2025, 3), kasi);

        Assert.Equal(Number(2, "O.3.14", app.Today), second.Number);
        var list = await app.Send(new ListMonthlyReports(null), kasi);
        Assert.Equal([(second.LetterId, second.Number, false, (string?)null), (first.LetterId, first.Number, true, "Pembayaran tanggal 31 Maret belum termasuk.")],
            list.Select(r => (r.Id, r.Number, r.IsVoid, r.VoidReason)));
        Assert.Equal(app.Clock.Now.UtcDateTime, list[1].VoidedAt);
        Assert.Contains($"Nomor: {first.Number}", MonthlyReportScenarios.ValidatedText((await app.Send(new GetLetterFile(first.LetterId), kasi)).Content));
        var twice = await Assert.ThrowsAsync<BusinessRuleException>(() => app.Send(new VoidLetter { LetterId = first.LetterId, Reason = "Lagi." }, kasi));
        Assert.Equal($"Surat nomor {first.Number} sudah dibatalkan.", twice.Message);
    }

    [Fact]
    public async Task The_same_month_issued_by_two_heads_at_once_gives_one_report_and_tells_the_other_its_number()
    {
        await using var app = await TestApp.StartAsync();
        var hst = await app.OfficeId("KEJARI-HST");
        var heads = new[] { await app.As("kasidatun.hst"), await app.As("kajati.kalsel") };
        var issued = new IssuedMonthlyReport?[heads.Length];

        var outcomes = await AllAtOnce.Run(heads.Select((head, i) => (Func<Task>)(async () =>
            issued[i] = await app.Send(new IssueMonthlyReport(hst, 2025, 3), head))));

        var winner = Assert.Single(issued, r => r is not null)!;
        Assert.Equal(Number(1, "O.3.14", app.Today), winner.Number);
        var refused = Assert.IsType<BusinessRuleException>(Assert.Single(outcomes, o => o is not null));
        Assert.Contains($"sudah diterbitkan dengan nomor {winner.Number}", refused.Message);
        await using var db = app.NewDb();
        Assert.Equal(1, await db.Letters.CountAsync(l => l.Kind == LetterKind.LaporanBulanan));
        Assert.Equal(1, await db.NumberSequences
            .Where(n => n.OfficeId == hst && n.Kind == LetterNumbers.SequenceKind(LetterKind.LaporanBulanan)).Select(n => n.LastValue).SingleAsync());
    }

    [Fact]
    public async Task Another_kejari_a_jpn_a_bpjs_user_and_a_bpjs_office_are_refused_and_nothing_is_issued()
    {
        await using var app = await TestApp.StartAsync();
        var kasi = await app.As("kasidatun.hst");
        var jpn = await app.As("jpn.hst1");
        var admin = await app.As("admin");
        var banjarmasin = await app.OfficeId("KEJARI-BJM");

        var outside = await Assert.ThrowsAsync<NotAllowedException>(() => app.Send(new IssueMonthlyReport(banjarmasin, 2025, 3), kasi));
        Assert.Equal("Kejaksaan Negeri Banjarmasin berada di luar wilayah Anda. Anda hanya dapat melihat angka Kejaksaan Negeri Hulu Sungai Tengah " +
            "dan kantor di bawahnya.", outside.Message);
        await Assert.ThrowsAsync<NotAllowedException>(() => app.Send(new ListMonthlyReports(banjarmasin), kasi));
        await Assert.ThrowsAsync<NotAllowedException>(() => app.Send(new IssueMonthlyReport(null, 2025, 3), jpn));
        await Assert.ThrowsAsync<NotAllowedException>(() => app.Send(new ListMonthlyReports(null), jpn));
        var bpjsUser = await app.As("bpjs.bjm");
        await Assert.ThrowsAsync<NotAllowedException>(() => app.Send(new IssueMonthlyReport(null, 2025, 3), bpjsUser));
        var bpjsBanjarmasin = await app.OfficeId("BPJS-BJM");
        var bpjsOffice = await Assert.ThrowsAsync<RequestValidationException>(() => app.Send(new IssueMonthlyReport(bpjsBanjarmasin, 2025, 3), admin));
        Assert.Equal("Laporan bulanan bidang Datun dibuat oleh kantor Kejaksaan. Pilih Kejaksaan Tinggi atau Kejaksaan Negeri.", bpjsOffice.Message);
        var month = await Assert.ThrowsAsync<RequestValidationException>(() => app.Send(new IssueMonthlyReport(null, 2025, 13), kasi));
        Assert.Equal("Bulan laporan harus antara 1 dan 12.", month.Message);
        await AssertNothingIssued(app);

        // An issued report is the leadership's: neither the office's JPN nor another Kejari can read or void it.
        var issued = await app.Send(new IssueMonthlyReport(null, 2025, 3), kasi);
        foreach (var user in new[] { jpn, await app.As("kasidatun.bjm") })
        {
            await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(() => app.Send(new GetLetterFile(issued.LetterId), user));
            await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(() =>
                app.Send(new VoidLetter { LetterId = issued.LetterId, Reason = "Bukan laporan kantor kami." }, user));
        }
        await app.Send(new VoidLetter { LetterId = issued.LetterId, Reason = "Diterbitkan untuk uji coba." }, admin);
        Assert.True(Assert.Single(await app.Send(new ListMonthlyReports(await app.OfficeId("KEJARI-HST")), admin)).IsVoid);
    }

    [Fact]
    public async Task A_report_whose_template_cannot_be_rendered_leaves_neither_a_letter_nor_a_used_number()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.As("admin");
        var original = await File.ReadAllBytesAsync(Path.Combine(DefaultTemplates.Folder, LetterKind.LaporanBulanan.TemplateFileName()));
        await using (var db = app.NewDb())
        {
            // Uploads refuse such a template; a version stored by an older release could still be one.
            db.TemplateVersions.Add(new TemplateVersion
            {
                OfficeId = await app.OfficeId("KEJARI-HST"), Kind = LetterKind.LaporanBulanan, VersionNumber = 1, FileName = "laporan-bulanan-hst.docx",
                Content = TemplateFiles.WithExtraParagraph(original, "Nomor register: {{ Nomor | tebal }}"), IsActive = true,
                UploadedAt = app.Clock.Now.UtcDateTime, UploadedById = admin.UserId, UploadedByName = admin.Name,
            });
            await db.SaveChangesAsync();
        }

        var kasi = await app.As("kasidatun.hst");
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => app.Send(new IssueMonthlyReport(null, 2025, 3), kasi));

        Assert.StartsWith("Templat Laporan Bulanan Bidang Datun versi 1 rusak: ", refused.Message);
        await AssertNothingIssued(app);
    }
}
