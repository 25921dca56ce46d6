using System.Security.Cryptography;
using KejaksaanDatun.Core.Attachments;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Attachments;
using KejaksaanDatun.Core.Tests.Features.Recovery;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Attachments;

public class AttachmentTests
{
    private static AddAttachment Attach(int skkId, string fileName, byte[] content,
        AttachmentCategory category = AttachmentCategory.BeritaAcara, int? paymentId = null) => new()
    {
        SkkId = skkId, FileName = fileName, Content = content, Category = category, Description = "Ditandatangani para pihak", PaymentId = paymentId,
    };

    private static async Task<byte[]> Download(TestApp app, long attachmentId, UserContext user)
    {
        var file = await app.Send(new GetAttachmentFile(attachmentId), user);
        await using var stream = file.Content;
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static string[] StoredFiles(TestApp app) =>
        Directory.Exists(app.AttachmentDirectory) ? Directory.GetFiles(app.AttachmentDirectory, "*", SearchOption.AllDirectories) : [];

    public static TheoryData<string, byte[], AttachmentKind, string> Accepted() => new()
    {
        { "Berita Acara.pdf", SampleFiles.Pdf(), AttachmentKind.Pdf, "application/pdf" },
        { "foto tanda terima.png", SampleFiles.Png(), AttachmentKind.Png, "image/png" },
        { "foto kunjungan.JPG", SampleFiles.Jpeg(), AttachmentKind.Jpeg, "image/jpeg" },
        { "surat pernyataan.docx", SampleFiles.Docx(), AttachmentKind.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task A_file_of_each_accepted_kind_is_kept_and_comes_back_unchanged(string fileName, byte[] content, AttachmentKind kind, string contentType)
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");

        var id = await app.Send(Attach(skkId, fileName, content), jpn);

        await using var db = app.NewDb();
        var saved = await db.Attachments.SingleAsync(a => a.Id == id);
        Assert.Equal(kind, saved.Kind);
        Assert.Equal(content.Length, saved.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), saved.Sha256);
        Assert.Equal(jpn.Name, saved.UploadedByName);
        Assert.DoesNotContain(Path.GetFileNameWithoutExtension(fileName), saved.StorageKey);
        var stored = Assert.Single(StoredFiles(app));
        Assert.Equal(content, await File.ReadAllBytesAsync(stored));

        var file = await app.Send(new GetAttachmentFile(id), jpn);
        await file.Content.DisposeAsync();
        Assert.Equal(contentType, file.ContentType);
        Assert.Equal(content, await Download(app, id, jpn));
    }

    public static TheoryData<string, byte[], string> Refused() => new()
    {
        { "laporan.pdf", SampleFiles.Exe(), AttachmentContent.UnsupportedMessage },
        { "berita acara.docx", SampleFiles.PlainZip(), AttachmentContent.UnsupportedMessage },
        { "rekap.docx", SampleFiles.Xlsx(), AttachmentContent.UnsupportedMessage },
        { "terpotong.docx", SampleFiles.Truncated(SampleFiles.Docx()), AttachmentContent.UnsupportedMessage },
        { "kosong.pdf", [], "Berkas kosong" },
        { "besar.pdf", SampleFiles.Pdf(Attachment.MaxBytes + 1), "Berkas melebihi batas ukuran 10 MB (10.485.760 byte): berkas ini 10.485.761 byte." },
    };

    // Not enumerated at discovery: the runner would serialise the 10 MB file into every listing, and the test host's
    // memory with it.
    [Theory]
    [MemberData(nameof(Refused), DisableDiscoveryEnumeration = true)]
    public async Task A_file_that_is_not_an_accepted_kind_or_too_large_is_refused_and_leaves_nothing(string fileName, byte[] content, string message)
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var before = await app.StateOf(skkId);

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => app.Send(Attach(skkId, fileName, content), jpn));

        Assert.Contains(message, refused.Message);
        Assert.Equal(before, await app.StateOf(skkId));
        await using var db = app.NewDb();
        Assert.False(await db.Attachments.AnyAsync());
        Assert.Empty(StoredFiles(app));
    }

    [Fact]
    public async Task When_the_row_cannot_be_saved_the_stored_file_is_removed()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        await using (var db = app.NewDb())
        {
            // The database refuses the row after the file was written, as a full disk or lost connection would.
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER refuse_attachment BEFORE INSERT ON Attachments BEGIN SELECT RAISE(ABORT, 'refused'); END;");
        }

        await Assert.ThrowsAnyAsync<Exception>(() => app.Send(Attach(skkId, "bukti.pdf", SampleFiles.Pdf()), jpn));

        Assert.Empty(StoredFiles(app));
        await using var check = app.NewDb();
        Assert.False(await check.Attachments.AnyAsync());
    }

    [Fact]
    public async Task A_file_of_exactly_the_size_limit_is_accepted()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var content = SampleFiles.Pdf(Attachment.MaxBytes);
        Assert.Equal(Attachment.MaxBytes, content.Length);

        var id = await app.Send(Attach(skkId, "laporan lengkap.pdf", content), await app.As("jpn.hst1"));

        await using var db = app.NewDb();
        Assert.Equal(Attachment.MaxBytes, (await db.Attachments.SingleAsync(a => a.Id == id)).SizeBytes);
    }

    [Fact]
    public async Task Adding_a_file_puts_it_on_the_timeline_and_in_the_audit_log()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");

        var id = await app.Send(Attach(skkId, "Berita Acara Mediasi.pdf", SampleFiles.Pdf()), jpn);

        await using var db = app.NewDb();
        var added = await db.CaseEvents.SingleAsync(e => e.SkkId == skkId && e.Kind == CaseEventKind.AttachmentAdded);
        Assert.StartsWith("Lampiran ditambahkan: Berita Acara Mediasi.pdf (Berita acara bertanda tangan, PDF ", added.Description);
        Assert.Equal(jpn.Name, added.ActorName);
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(Attachment) && a.EntityKey == id.ToString());
        Assert.Equal(nameof(AddAttachment), audit.Action);
        Assert.Equal("Added", audit.Operation);
        Assert.Equal(jpn.UserId, audit.UserId);
    }

    [Fact]
    public async Task The_bpjs_office_that_granted_the_skk_may_attach_list_and_download()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var bpjs = await app.As("bpjs.bjm");

        var id = await app.Send(Attach(skkId, "rekening koran.pdf", SampleFiles.Pdf(), AttachmentCategory.Lainnya), bpjs);

        var list = await app.Send(new ListAttachments(skkId), bpjs);
        Assert.True(list.CanAdd);
        var row = Assert.Single(list.Attachments);
        Assert.Equal(("rekening koran.pdf", "Lainnya", bpjs.Name), (row.FileName, row.CategoryLabel, row.UploadedByName));
        Assert.Equal(SampleFiles.Pdf(), await Download(app, id, bpjs));
        Assert.Equal(SampleFiles.Pdf(), await Download(app, id, await app.As("kasidatun.hst")));
    }

    [Theory]
    [InlineData("kasidatun.bjm")]
    [InlineData("jpn.bjm1")]
    [InlineData("bpjs.plk")]
    public async Task Users_of_other_offices_can_neither_list_nor_download(string outsider)
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var id = await app.Send(Attach(skkId, "bukti.pdf", SampleFiles.Pdf()), await app.As("jpn.hst1"));
        var user = await app.As(outsider);

        await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(() => app.Send(new ListAttachments(skkId), user));
        await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(() => app.Send(new GetAttachmentFile(id), user));
        await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(() => app.Send(Attach(skkId, "lain.pdf", SampleFiles.Pdf()), user));
    }

    [Theory]
    [InlineData("jpn.hst2")]
    [InlineData("pimpinan.bpjs.kanwil")]
    public async Task Users_who_see_the_case_but_do_not_work_it_may_not_attach(string userName)
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var user = await app.As(userName);

        Assert.False((await app.Send(new ListAttachments(skkId), user)).CanAdd);
        var refused = await Assert.ThrowsAsync<NotAllowedException>(() => app.Send(Attach(skkId, "bukti.pdf", SampleFiles.Pdf()), user));
        Assert.Contains("yang dapat menambahkan lampiran", refused.Message);
        Assert.Empty(StoredFiles(app));
    }

    [Fact]
    public async Task A_case_not_yet_accepted_by_the_kejaksaan_takes_no_attachments()
    {
        await using var app = await TestApp.StartAsync();
        var skkId = await app.HandedOverSkk("KEJARI-HST");
        var bpjs = await app.As("bpjs.bjm");

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => app.Send(Attach(skkId, "bukti.pdf", SampleFiles.Pdf()), bpjs));

        Assert.Contains("berstatus Diserahkan", refused.Message);
        Assert.Empty(StoredFiles(app));
    }

    [Fact]
    public async Task Evidence_may_still_be_attached_after_the_skk_has_expired()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        app.Clock.Now = app.Clock.Now.AddYears(1).AddDays(2);

        await app.Send(Attach(skkId, "laporan.pdf", SampleFiles.Pdf()), await app.As("jpn.hst1"));

        Assert.Single((await app.Send(new ListAttachments(skkId), await app.As("jpn.hst1"))).Attachments);
    }

    [Fact]
    public async Task A_proof_of_payment_is_linked_to_a_payment_of_the_same_case_only()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var paymentId = await app.Send(RecoveryScenarios.Report(skkId, app.Today, Money.FromRupiah(1_000_000)), jpn);

        await app.Send(Attach(skkId, "transfer.jpg", SampleFiles.Jpeg(), AttachmentCategory.BuktiPembayaran, paymentId), jpn);
        var list = await app.Send(new ListAttachments(skkId), jpn);
        Assert.Equal(paymentId, Assert.Single(list.Payments).Id);
        Assert.Equal($"pembayaran Rp1.000.000 tanggal {IndonesianFormat.Date(app.Today)} (dilaporkan)", Assert.Single(list.Attachments).PaymentText);

        var (otherSkkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            app.Send(Attach(otherSkkId, "transfer.jpg", SampleFiles.Jpeg(), AttachmentCategory.BuktiPembayaran, paymentId), jpn));
        Assert.Contains("bukan pembayaran perkara ini", refused.Message);

        var wrongCategory = await Assert.ThrowsAsync<RequestValidationException>(() =>
            app.Send(Attach(skkId, "transfer.jpg", SampleFiles.Jpeg(), AttachmentCategory.Lainnya, paymentId), jpn));
        Assert.Contains("Hanya lampiran kategori Bukti pembayaran", wrongCategory.Message);
        Assert.Single(StoredFiles(app));
    }
}
