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

    /// <summary>
    /// Loads what a page shows, like <see cref="Run"/>: the result, or null when loading failed. When it failed
    /// because the record does not exist or lies outside the user's scope, <paramref name="notFound"/> runs too, so
    /// the page can say so in place of its content rather than show an empty page.
    /// </summary>
    public async Task<T?> Load<T>(Func<Task<T>> load, Action notFound) where T : class
    {
        T? result = null;
        await Run(async () =>
        {
            try
            {
                result = await load();
            }
            catch (NotFoundOrNotAllowedException)
            {
                notFound();
                throw;
            }
        });
        return result;
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
