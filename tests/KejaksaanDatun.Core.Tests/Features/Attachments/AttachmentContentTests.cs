using KejaksaanDatun.Core.Attachments;
using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Tests.Features.Attachments;

public class AttachmentContentTests
{
    public static TheoryData<string, byte[], AttachmentKind> Accepted() => new()
    {
        { "pdf", SampleFiles.Pdf(), AttachmentKind.Pdf },
        { "png", SampleFiles.Png(), AttachmentKind.Png },
        { "jpeg", SampleFiles.Jpeg(), AttachmentKind.Jpeg },
        { "docx", SampleFiles.Docx(), AttachmentKind.Docx },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Each_accepted_kind_is_recognised_from_its_content(string _, byte[] content, AttachmentKind kind) =>
        Assert.Equal(kind, AttachmentContent.Detect(content));

    public static TheoryData<string, byte[]> Refused() => new()
    {
        { "program", SampleFiles.Exe() },
        { "plain zip", SampleFiles.PlainZip() },
        { "spreadsheet", SampleFiles.Xlsx() },
        { "empty", [] },
        { "truncated docx", SampleFiles.Truncated(SampleFiles.Docx()) },
        { "truncated pdf", SampleFiles.Truncated(SampleFiles.Pdf(4000)) },
        { "png signature only", SampleFiles.Png()[..8] },
        { "html", "<html><script>alert(1)</script></html>"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Anything_else_is_not_recognised(string _, byte[] content) => Assert.Null(AttachmentContent.Detect(content));

    [Theory]
    [InlineData("bukti transfer.PDF", AttachmentKind.Pdf, "bukti transfer.pdf")]
    [InlineData("scan.exe", AttachmentKind.Pdf, "scan.pdf")]
    [InlineData("foto.jpeg", AttachmentKind.Jpeg, "foto.jpeg")]
    [InlineData("foto", AttachmentKind.Jpeg, "foto.jpg")]
    [InlineData(@"C:\Users\jpn\..\berita<acara>:1.docx", AttachmentKind.Docx, "berita_acara__1.docx")]
    [InlineData("../../etc/passwd", AttachmentKind.Png, "passwd.png")]
    [InlineData("  .. ", AttachmentKind.Pdf, "lampiran.pdf")]
    [InlineData("tanda\tterima\u0000.png", AttachmentKind.Png, "tanda_terima_.png")]
    public void The_display_name_is_clean_and_carries_the_detected_extension(string uploaded, AttachmentKind kind, string expected) =>
        Assert.Equal(expected, AttachmentContent.DisplayName(uploaded, kind));

    [Fact]
    public void The_size_limit_message_gives_the_limit() =>
        Assert.Equal("Berkas melebihi batas ukuran 10 MB (10.485.760 byte): berkas ini 10.485.761 byte.",
            AttachmentContent.TooLargeMessage(Attachment.MaxBytes + 1));
}
