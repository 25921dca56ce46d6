using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Features.Attachments;
using KejaksaanDatun.Web.Security;

namespace KejaksaanDatun.Web.Downloads;

/// <summary>
/// <c>/unduh/lampiran/{id}</c>: an attached file, streamed from the attachment store to whoever may see its case.
/// Always as a download of the type its content was checked to be, never rendered by the browser as something else.
/// </summary>
public static class AttachmentDownloads
{
    public static void MapAttachmentDownload(this RouteGroupBuilder downloads) =>
        downloads.MapGet("/lampiran/{attachmentId:long}", async (long attachmentId, HttpContext http, RequestDispatcher dispatcher) =>
        {
            if (http.User.ToUserContext() is not { } user) return Results.Unauthorized();
            try
            {
                var file = await dispatcher.Send(new GetAttachmentFile(attachmentId), user, http.RequestAborted);
                http.Response.Headers.XContentTypeOptions = "nosniff";
                // Results.File writes Content-Disposition: attachment with the name encoded, and disposes the stream.
                return Results.File(file.Content, file.ContentType, file.FileName);
            }
            catch (Exception ex) when (ex is NotFoundOrNotAllowedException or NotAllowedException)
            {
                return Results.NotFound();
            }
        });
}
