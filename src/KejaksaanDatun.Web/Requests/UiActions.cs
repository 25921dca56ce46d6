using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Web.Components.Shared;
using MudBlazor;

namespace KejaksaanDatun.Web.Requests;

/// <summary>
/// Runs a component's action and turns the pipeline's exceptions into an Indonesian message in a snackbar, so
/// pages need no try/catch of their own:
/// <code>
/// var saved = await Actions.Run(async () => skk = await Requests.Send(new SaveSkk(...)), "SKK disimpan.", validator);
/// </code>
/// Returns true when the action completed. Validation errors are also put on the form's fields when a
/// <see cref="FluentValidationValidator"/> is given. Unexpected exceptions are logged and shown as a generic
/// message without details.
/// </summary>
public sealed class UiActions(ISnackbar snackbar, ILogger<UiActions> logger)
{
    public const string UnexpectedErrorMessage = "Terjadi kesalahan. Silakan coba lagi atau hubungi administrator.";

    public async Task<bool> Run(Func<Task> action, string? successMessage = null, FluentValidationValidator? form = null)
    {
        try
        {
            await action();
        }
        catch (OperationCanceledException)
        {
            // The user left the page or closed the tab; there is nobody to tell.
            return false;
        }
        catch (Exception ex)
        {
            if (ex is RequestValidationException invalid) form?.ShowServerErrors(invalid.Errors);
            if (!IsExpected(ex)) logger.LogError(ex, "Unexpected error in a UI action");
            snackbar.Add(MessageFor(ex), SeverityFor(ex));
            return false;
        }
        if (successMessage is not null) snackbar.Add(successMessage, Severity.Success);
        return true;
    }

    /// <summary>The text a user sees for an exception: the pipeline's own Indonesian message, or a generic one.</summary>
    public static string MessageFor(Exception ex) => IsExpected(ex) ? ex.Message : UnexpectedErrorMessage;

    private static bool IsExpected(Exception ex) => ex is RequestValidationException or BusinessRuleException
        or NotAllowedException or NotFoundOrNotAllowedException or ConcurrencyConflictException;

    private static Severity SeverityFor(Exception ex) => ex switch
    {
        RequestValidationException or BusinessRuleException or ConcurrencyConflictException => Severity.Warning,
        _ => Severity.Error,
    };
}
