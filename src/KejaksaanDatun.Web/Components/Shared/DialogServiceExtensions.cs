using KejaksaanDatun.Core.Features.Common;
using Mediator;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace KejaksaanDatun.Web.Components.Shared;

/// <summary>The two dialogs pages open for a command; each returns true when the command was sent successfully.</summary>
public static class DialogServiceExtensions
{
    private static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Small, FullWidth = true };

    /// <summary>Asks the reason of a change (return, withdrawal, void, reversal) and sends the command.</summary>
    public static async Task<bool> AskReason(this IDialogService dialogs, string title, IReasonedCommand command, string explanation,
        string confirm, string success, Color color)
    {
        var parameters = new DialogParameters<ReasonDialog>
        {
            { d => d.Command, command }, { d => d.Explanation, explanation }, { d => d.ConfirmText, confirm },
            { d => d.SuccessMessage, success }, { d => d.ConfirmColor, color },
        };
        var dialog = await dialogs.ShowAsync<ReasonDialog>(title, parameters, Options);
        return await dialog.Result is { Canceled: false };
    }

    /// <summary>
    /// Shows the command's fields in a form validated by the command's own validator, and sends it. A form with a
    /// table of rows asks for a wider dialog.
    /// </summary>
    public static async Task<bool> FillCommand<TResponse>(this IDialogService dialogs, string title, ICommand<TResponse> command,
        RenderFragment fields, string confirm, string success, MaxWidth width = MaxWidth.Small)
    {
        var parameters = new DialogParameters<CommandDialog<TResponse>>
        {
            { d => d.Command, command }, { d => d.Fields, fields }, { d => d.ConfirmText, confirm }, { d => d.SuccessMessage, success },
        };
        var options = width == Options.MaxWidth ? Options : new DialogOptions { MaxWidth = width, FullWidth = true };
        var dialog = await dialogs.ShowAsync<CommandDialog<TResponse>>(title, parameters, options);
        return await dialog.Result is { Canceled: false };
    }
}
