using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Letters;
using KejaksaanDatun.Core.Features.Templates;
using KejaksaanDatun.Web.Security;
using Mediator;

namespace KejaksaanDatun.Web.Downloads;

/// <summary>
/// Files leave the app through these endpoints (a Blazor circuit cannot stream a download). Each one sends the
/// same query as the pages, on behalf of the signed-in user, so the pipeline's role and office checks apply.
/// </summary>
public static class DownloadEndpoints
{
    private const string ZipContentType = "application/zip";

    public static void MapDatunDownloads(this WebApplication app)
    {
        var downloads = app.MapGroup("/unduh").RequireAuthorization();
        downloads.MapGet("/surat/{letterId:long}", (long letterId, HttpContext http, RequestDispatcher dispatcher) =>
            Send(http, dispatcher, new GetLetterFile(letterId), FileDownload.DocxContentType));
        downloads.MapGet("/templat/{versionId:int}", (int versionId, HttpContext http, RequestDispatcher dispatcher) =>
            Send(http, dispatcher, new GetTemplateFile(versionId), FileDownload.DocxContentType));
        downloads.MapGet("/massal/{jobId:guid}", (Guid jobId, HttpContext http, RequestDispatcher dispatcher) =>
            Send(http, dispatcher, new GetBulkLetterZip(jobId), ZipContentType));
        downloads.MapAttachmentDownload();
        downloads.MapDashboardDownloads();
    }

    /// <summary>
    /// Sends the query and answers with its file. A request the pipeline finds invalid is answered 400, and one its
    /// rules refuse (e.g. a template that cannot be rendered) 409, each with the pipeline's Indonesian message.
    /// </summary>
    internal static async Task<IResult> Send(HttpContext http, RequestDispatcher dispatcher, IQuery<FileDownload> query, string contentType)
    {
        if (http.User.ToUserContext() is not { } user) return Results.Unauthorized();
        try
        {
            var file = await dispatcher.Send(query, user, http.RequestAborted);
            return Results.File(file.Content, contentType, file.FileName);
        }
        catch (Exception ex) when (ex is NotFoundOrNotAllowedException or NotAllowedException)
        {
            // Not found and not allowed look the same from outside, as everywhere else.
            return Results.NotFound();
        }
        catch (RequestValidationException ex)
        {
            return Problem(ex.Message, StatusCodes.Status400BadRequest);
        }
        catch (BusinessRuleException ex)
        {
            return Problem(ex.Message, StatusCodes.Status409Conflict);
        }
    }

    /// <summary>A refusal as plain text, which a browser shows as it is to whoever followed the download link.</summary>
    internal static IResult Problem(string message, int statusCode) => Results.Text(message, "text/plain; charset=utf-8", statusCode: statusCode);
}
