using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Letters;
using KejaksaanDatun.Core.Features.Templates;
using KejaksaanDatun.Core.Jobs;
using KejaksaanDatun.Core.Letters;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Core.Tests.Features.Letters;

public class LetterTests
{
    private static async Task<GenerateLetter> Summons(TestApp app, int skkId, LetterKind kind = LetterKind.Undangan1) => new()
    {
        SkkId = skkId, Kind = kind, LetterDate = app.Today, SignerUserId = (await app.As("kasidatun.hst")).UserId,
        MeetingDate = app.Today.AddDays(7), MeetingTime = new TimeOnly(9, 0), MeetingPlace = "Aula Kantor Kejaksaan Negeri Hulu Sungai Tengah",
        MeetingPurpose = "Klarifikasi dan negosiasi tunggakan iuran BPJS Ketenagakerjaan",
    };

    private static string TextOf(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.InnerText;
    }

    [Fact]
    public async Task A_summons_gets_the_next_number_the_case_data_and_stays_downloadable_unchanged()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");

        var letterId = await app.Send(await Summons(app, skkId), jpn);

        var history = await app.Send(new ListLetters(skkId), jpn);
        var row = Assert.Single(history);
        Assert.Equal(letterId, row.Id);
        Assert.Matches($@"^B-\d+/O\.3\.14/Gp\.2/{app.Today:MM}/{app.Today.Year}$", row.Number);
        Assert.True(row.IsDefaultTemplate);

        var file = await app.Send(new GetLetterFile(letterId), jpn);
        using (var document = WordprocessingDocument.Open(new MemoryStream(file.Content), false))
        {
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Description} at {e.Path?.XPath}").ToList();
            if (errors.Count > 0) Assert.Fail(string.Join("\n", errors));
        }
        var text = TextOf(file.Content);
        var detail = await app.Send(new KejaksaanDatun.Core.Features.Skk.GetSkkDetail(skkId), jpn);
        Assert.Contains(row.Number, text);
        Assert.Contains(detail.Employer.Name, text);
        Assert.Contains(detail.Skk.TotalArrears.ToString(), text);
        Assert.Contains("Muhammad Ridwan Hafidz", text);
        Assert.Contains(IndonesianFormat.Date(app.Today.AddDays(7)), text);

        var again = await app.Send(new GetLetterFile(letterId), await app.As("kasidatun.hst"));
        Assert.Equal(file.Content, again.Content);
        Assert.Contains(detail.Timeline, e => e.Kind == CaseEventKind.LetterGenerated && e.Description.Contains(row.Number));
    }

    [Fact]
    public async Task A_hundred_letters_requested_at_once_get_the_numbers_one_to_a_hundred()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var request = await Summons(app, skkId, LetterKind.Somasi);

        var ids = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => app.Send(new GenerateLetter
        {
            SkkId = request.SkkId, Kind = LetterKind.Somasi, LetterDate = request.LetterDate, SignerUserId = request.SignerUserId,
        }, jpn))));

        await using var db = app.NewDb();
        var sequences = await db.Letters.Where(l => ids.Contains(l.Id)).Select(l => l.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 100), sequences.Order());
        var numbers = await db.Letters.Where(l => ids.Contains(l.Id)).Select(l => l.Number).Distinct().CountAsync();
        Assert.Equal(100, numbers);
    }

    [Fact]
    public async Task A_voided_letter_keeps_its_number_and_the_next_letter_gets_a_new_one()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var first = await app.Send(await Summons(app, skkId), jpn);
        await app.Send(new VoidLetter { LetterId = first, Reason = "Salah alamat tujuan." }, jpn);
        var second = await app.Send(await Summons(app, skkId), jpn);

        var history = await app.Send(new ListLetters(skkId), jpn);
        var voided = history.Single(l => l.Id == first);
        var current = history.Single(l => l.Id == second);
        Assert.True(voided.IsVoid);
        Assert.Equal("Salah alamat tujuan.", voided.VoidReason);
        Assert.NotEqual(voided.Number, current.Number);
        await Assert.ThrowsAsync<BusinessRuleException>(() => app.Send(new VoidLetter { LetterId = first, Reason = "Lagi." }, jpn));
    }

    [Fact]
    public async Task The_administrator_who_may_void_an_office_report_still_does_not_void_a_case_letter()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var letterId = await app.Send(await Summons(app, skkId), await app.As("jpn.hst1"));
        var admin = await app.As("admin");

        await Assert.ThrowsAsync<NotAllowedException>(() => app.Send(new VoidLetter { LetterId = letterId, Reason = "Uji coba." }, admin));

        Assert.False(Assert.Single(await app.Send(new ListLetters(skkId), admin)).IsVoid);
    }

    [Fact]
    public async Task A_summons_without_its_meeting_is_refused_and_takes_no_number()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var request = await Summons(app, skkId);
        request.MeetingPlace = "";
        request.MeetingDate = app.Today.AddDays(-3);
        var refused = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.Send(request, await app.As("jpn.hst1")));
        Assert.Contains(refused.Errors, e => e.Field == "MeetingPlace");
        Assert.Contains(refused.Errors, e => e.Field == "MeetingDate" && e.Message.Contains("sebelum tanggal surat"));
        await using var db = app.NewDb();
        Assert.False(await db.NumberSequences.AnyAsync(n => n.Kind == LetterNumbers.SequenceKind(LetterKind.Undangan1)));
    }

    [Fact]
    public async Task Another_kejari_can_neither_generate_nor_download_the_case_letters()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var letterId = await app.Send(await Summons(app, skkId), await app.As("jpn.hst1"));
        var other = await app.As("jpn.bjm1");
        await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(async () => await app.Send(await Summons(app, skkId), other));
        await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(() => app.Send(new GetLetterFile(letterId), other));
        await Assert.ThrowsAsync<NotAllowedException>(async () => await app.Send(await Summons(app, skkId), await app.As("bpjs.bjm")));
    }

    [Fact]
    public async Task An_office_number_pattern_is_used_and_a_pattern_without_seq_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.As("admin");
        var hst = await app.OfficeId("KEJARI-HST");
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            app.Send(new SetLetterNumberFormat { OfficeId = hst, Kind = LetterKind.Undangan1, Pattern = "UND/{kode}/{tahun}" }, admin));
        Assert.Contains(refused.Errors, e => e.Message.Contains("{seq}"));
        Assert.Contains(refused.Errors, e => e.Message.Contains("{tahun} tidak dikenal"));

        await app.Send(new SetLetterNumberFormat { OfficeId = hst, Kind = LetterKind.Undangan1, Pattern = "UND-{seq}/{kode}/{yyyy}" }, admin);
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var id = await app.Send(await Summons(app, skkId), await app.As("jpn.hst1"));
        var row = (await app.Send(new ListLetters(skkId), await app.As("jpn.hst1"))).Single(l => l.Id == id);
        Assert.Equal($"UND-1/O.3.14/{app.Today.Year}", row.Number);
        var formats = await app.Send(new ListLetterNumberFormats(hst), admin);
        Assert.Equal($"UND-2/O.3.14/{app.Today.Year}", formats.Single(f => f.Kind == LetterKind.Undangan1).NextNumber);
    }

    [Fact]
    public async Task A_bulk_job_generates_consecutive_numbers_and_one_zip()
    {
        await using var app = await TestApp.StartAsync();
        var kasi = await app.As("kasidatun.hst");
        var cases = new List<int>();
        for (var i = 0; i < 5; i++) cases.Add((await app.CaseInHandsOfJpn("jpn.hst1")).SkkId);
        var single = await Summons(app, cases[0]);
        var jobId = await app.Send(new StartBulkLetters
        {
            Kind = LetterKind.Undangan1, SkkIds = cases, LetterDate = single.LetterDate, SignerUserId = single.SignerUserId,
            MeetingDate = single.MeetingDate, MeetingTime = single.MeetingTime, MeetingPlace = single.MeetingPlace, MeetingPurpose = single.MeetingPurpose,
        }, kasi);

        await app.Services.GetRequiredService<BulkLetterRunner>().Run(jobId);
        await app.Services.GetRequiredService<BulkLetterRunner>().Run(jobId);

        var status = await app.Send(new GetBulkLetterJob(jobId), kasi);
        Assert.Equal(BulkJobState.Selesai, status.State);
        Assert.Equal(5, status.Done);
        await using var db = app.NewDb();
        var sequences = await db.Letters.Where(l => l.BulkJobId == jobId).OrderBy(l => l.Sequence).Select(l => l.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(sequences[0], 5), sequences);

        var zip = await app.Send(new GetBulkLetterZip(jobId), kasi);
        using var archive = new ZipArchive(new MemoryStream(zip.Content));
        Assert.Equal(5, archive.Entries.Count);
        Assert.StartsWith("0001-", archive.Entries[0].Name);
    }

    [Fact]
    public async Task A_broken_template_upload_is_refused_with_the_tag_and_a_good_one_is_used_and_can_be_rolled_back()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.As("admin");
        var hst = await app.OfficeId("KEJARI-HST");
        var original = await File.ReadAllBytesAsync(Path.Combine(DefaultTemplates.Folder, LetterKind.Somasi.TemplateFileName()));

        var broken = TemplateFiles.WithExtraParagraph(original, "Catatan: {{ BadanUsaha.Nama | tebal }}");
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => app.Send(new UploadTemplateVersion
        {
            OfficeId = hst, Kind = LetterKind.Somasi, FileName = "somasi-hst.docx", Content = broken,
        }, admin));
        Assert.Contains(refused.Errors, e => e.Message.Contains("tebal") && e.Message.Contains("paragraf"));

        var notWord = await Assert.ThrowsAsync<RequestValidationException>(() => app.Send(new UploadTemplateVersion
        {
            OfficeId = hst, Kind = LetterKind.Somasi, FileName = "somasi.docx", Content = "bukan dokumen"u8.ToArray(),
        }, admin));
        Assert.Contains("Word", notWord.Message);

        var good = TemplateFiles.WithExtraParagraph(original, "Versi Kejari HST untuk {{ BadanUsaha.Nama | upper }}");
        var versionId = await app.Send(new UploadTemplateVersion { OfficeId = hst, Kind = LetterKind.Somasi, FileName = "somasi-hst.docx", Content = good }, admin);
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var request = new GenerateLetter { SkkId = skkId, Kind = LetterKind.Somasi, LetterDate = app.Today, SignerUserId = (await app.As("kasidatun.hst")).UserId };
        var letterId = await app.Send(request, jpn);
        Assert.Contains("Versi Kejari HST untuk", TextOf((await app.Send(new GetLetterFile(letterId), jpn)).Content));

        var somasi = (await app.Send(new ListTemplateVersions(hst), admin)).Single(k => k.Kind == LetterKind.Somasi);
        Assert.Equal(versionId, somasi.InUse!.Id);
        await app.Send(new ActivateTemplateVersion(hst, somasi.Versions.Single(v => v.IsDefault).Id), admin);
        var restored = await app.Send(request, jpn);
        Assert.DoesNotContain("Versi Kejari HST untuk", TextOf((await app.Send(new GetLetterFile(restored), jpn)).Content));
        Assert.Equal(original, (await app.Send(new GetTemplateFile(somasi.Versions.Single(v => v.IsDefault).Id), admin)).Content);
    }
}

public class DefaultTemplateTests
{
    [Fact]
    public async Task A_changed_default_template_becomes_a_new_default_version_and_an_unchanged_one_does_not()
    {
        await using var app = await TestApp.StartAsync();
        await using var db = app.NewDb();
        var before = await db.TemplateVersions.CountAsync(t => t.OfficeId == null);
        await DefaultTemplates.EnsureRegisteredAsync(db, app.Clock);
        Assert.Equal(before, await db.TemplateVersions.CountAsync(t => t.OfficeId == null));

        var somasi = await db.TemplateVersions.SingleAsync(t => t.OfficeId == null && t.Kind == LetterKind.Somasi && t.IsActive);
        somasi.Content = TemplateFiles.WithExtraParagraph(somasi.Content, "versi lama");
        await db.SaveChangesAsync();
        await DefaultTemplates.EnsureRegisteredAsync(db, app.Clock);

        var versions = await db.TemplateVersions.Where(t => t.OfficeId == null && t.Kind == LetterKind.Somasi).OrderBy(t => t.VersionNumber).ToListAsync();
        Assert.Equal([false, true], versions.Select(v => v.IsActive));
        Assert.Equal(versions[0].VersionNumber + 1, versions[1].VersionNumber);
    }
}
