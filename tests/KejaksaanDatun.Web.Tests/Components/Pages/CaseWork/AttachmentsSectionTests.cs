using System.Text;
using KejaksaanDatun.Core.Attachments;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Attachments;
using KejaksaanDatun.Web.Components.Pages.CaseWork;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace KejaksaanDatun.Web.Tests.Components.Pages.CaseWork;

public sealed class AttachmentsSectionTests() : PageTestContext(Roles.Jpn, Institution.Kejaksaan)
{
    private const int SkkId = 12;

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");

    private static readonly AttachmentRow Proof = new(31, "transfer <Bank Kalsel>.pdf", AttachmentKind.Pdf, AttachmentCategory.BuktiPembayaran,
        "Bukti pembayaran", "Setoran pertama", "12,5 KB", new DateTime(2026, 5, 4, 2, 5, 0, DateTimeKind.Utc), "4 Mei 2026 10.05 WITA",
        "Ahmad Rizani, S.H.", 5, "pembayaran Rp1.000.000 tanggal 4 Mei 2026 (dilaporkan)");

    private static readonly PaymentOption Payment = new(5, "pembayaran Rp1.000.000 tanggal 4 Mei 2026 (dilaporkan)");

    private IRenderedComponent<AttachmentsSection> RenderSection(bool canAdd, params AttachmentRow[] rows)
    {
        Sender.On<ListAttachments>(_ => new AttachmentList(rows, [Payment], canAdd));
        return Render<AttachmentsSection>(p => p.Add(s => s.SkkId, SkkId));
    }

    private IRenderedComponent<MudDialogProvider> OpenUploadDialog(IRenderedComponent<AttachmentsSection> section)
    {
        var dialogs = Render<MudDialogProvider>();
        section.WaitForElement("[data-testid=attachment-upload]").Click();
        dialogs.WaitForElement("#attachment-form");
        return dialogs;
    }

    private static void Pick(IRenderedComponent<MudDialogProvider> dialogs, byte[] content, string name) =>
        dialogs.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, name));

    /// <summary>Waits until the dialog shows the picked file and has finished reading it (the pick button is enabled again).</summary>
    private static void WaitUntilRead(IRenderedComponent<MudDialogProvider> dialogs, string name) =>
        dialogs.WaitForAssertion(() =>
        {
            Assert.Equal(name, dialogs.Find("[data-testid=attachment-file-name]").TextContent);
            Assert.False(dialogs.Find("[data-testid=attachment-pick]").HasAttribute("disabled"));
        });

    [Fact]
    public void Each_attachment_is_listed_with_what_it_proves_and_a_download_link()
    {
        var section = RenderSection(canAdd: false, Proof);

        var row = section.WaitForElement("[data-testid=attachment-row]");
        Assert.Contains("transfer &lt;Bank Kalsel&gt;.pdf", row.InnerHtml);
        Assert.Contains("Bukti pembayaran", row.TextContent);
        Assert.Contains("untuk pembayaran Rp1.000.000 tanggal 4 Mei 2026 (dilaporkan)", row.TextContent);
        Assert.Contains("12,5 KB", row.TextContent);
        Assert.Contains("Ahmad Rizani, S.H.", row.TextContent);
        Assert.Contains("4 Mei 2026 10.05 WITA", row.TextContent);
        Assert.Equal("/unduh/lampiran/31", row.QuerySelector("[data-testid=download-attachment]")!.GetAttribute("href"));
    }

    [Fact]
    public void Who_may_not_add_sees_no_upload_button()
    {
        var section = RenderSection(canAdd: false);

        section.WaitForAssertion(() => Assert.Contains("Belum ada lampiran.", section.Find("[data-testid=attachments]").TextContent));
        Assert.Empty(section.FindAll("[data-testid=attachment-upload]"));
    }

    [Fact]
    public async Task An_uploaded_file_is_sent_with_its_category_and_payment_and_the_list_reloads()
    {
        var section = RenderSection(canAdd: true);
        Sender.On<AddAttachment>(_ => 40L);
        var dialogs = OpenUploadDialog(section);

        Pick(dialogs, Pdf, "bukti setor.pdf");
        WaitUntilRead(dialogs, "bukti setor.pdf");
        await dialogs.InvokeAsync(() => dialogs.FindComponent<MudSelect<AttachmentCategory?>>().Instance.ValueChanged
            .InvokeAsync(AttachmentCategory.BuktiPembayaran));
        await dialogs.InvokeAsync(() => dialogs.FindComponent<MudSelect<int?>>().Instance.ValueChanged.InvokeAsync(Payment.Id));
        dialogs.Find("#attachment-form").Submit();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("#attachment-form")));
        var sent = dialogs.WaitFor(() => Assert.Single(Sender.SentOf<AddAttachment>()));
        Assert.Equal((SkkId, "bukti setor.pdf", AttachmentCategory.BuktiPembayaran, (int?)Payment.Id), (sent.SkkId, sent.FileName, sent.Category, sent.PaymentId));
        Assert.Equal(Pdf, sent.Content);
        // Listed on first render, again as the dialog opens (payments reported meanwhile) and after the upload.
        section.WaitForAssertion(() => Assert.Equal(3, Sender.SentOf<ListAttachments>().Count()));
        section.WaitForAssertion(() => Assert.Contains("Lampiran ditambahkan.", Snackbars));
    }

    [Fact]
    public async Task A_file_that_is_not_really_a_pdf_is_named_as_such_and_not_sent()
    {
        var section = RenderSection(canAdd: true);
        var dialogs = OpenUploadDialog(section);

        Pick(dialogs, [.. "MZ"u8, 0x90, 0x00, 0x03], "laporan.pdf");
        WaitUntilRead(dialogs, "laporan.pdf");
        await dialogs.InvokeAsync(() => dialogs.FindComponent<MudSelect<AttachmentCategory?>>().Instance.ValueChanged
            .InvokeAsync(AttachmentCategory.BeritaAcara));
        dialogs.Find("#attachment-form").Submit();

        dialogs.WaitForAssertion(() =>
            Assert.Contains(AttachmentContent.UnsupportedMessage, dialogs.Find("[data-testid=attachment-file-error]").TextContent));
        Assert.Empty(Sender.SentOf<AddAttachment>());
    }

    [Fact]
    public void A_file_over_the_limit_is_not_read_and_cannot_be_sent()
    {
        var section = RenderSection(canAdd: true);
        var dialogs = OpenUploadDialog(section);

        Pick(dialogs, new byte[Attachment.MaxBytes + 2048], "pindaian besar.pdf");

        dialogs.WaitForAssertion(() => Assert.Contains(AttachmentContent.TooLargeMessage(Attachment.MaxBytes + 2048),
            dialogs.Find("[data-testid=attachment-file-error]").TextContent));
        Assert.True(dialogs.Find("[data-testid=command-confirm]").HasAttribute("disabled"));
        Assert.Empty(Sender.SentOf<AddAttachment>());
    }
}
