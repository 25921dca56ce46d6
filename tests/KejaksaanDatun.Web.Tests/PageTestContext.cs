using System.Security.Claims;
using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Employers;
using KejaksaanDatun.Web.Requests;
using KejaksaanDatun.Web.Security;
using KejaksaanDatun.Web.Tests.Fakes;
using Mediator;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace KejaksaanDatun.Web.Tests;

/// <summary>
/// Renders pages as the app does — UserRequests, RequestDispatcher, UiActions and the requests' own validators —
/// with a <see cref="FakeSender"/> in place of the mediator, so no database is needed.
/// </summary>
public abstract class PageTestContext : MudTestContext
{
    protected FakeSender Sender { get; } = new();

    /// <summary>The background jobs pages enqueued.</summary>
    protected RecordingJobClient Jobs { get; } = new();

    /// <summary>Signs in a user of one role at an office, the way the sign-in cookie describes them.</summary>
    protected PageTestContext(string role, Institution institution)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized("pengguna.uji");
        authorization.SetClaims(
            new Claim(ClaimTypes.NameIdentifier, "user-1"),
            new Claim(ClaimTypes.Role, role),
            new Claim(DatunClaimTypes.FullName, "Pengguna Uji"),
            new Claim(DatunClaimTypes.OfficeId, "3"),
            new Claim(DatunClaimTypes.OfficePath, "/1/2/3/"),
            new Claim(DatunClaimTypes.Institution, institution.ToString()));

        Services.AddSingleton<ISender>(Sender);
        Services.AddSingleton<Hangfire.IBackgroundJobClient>(Jobs);
        Services.AddScoped<CurrentUser>();
        Services.AddSingleton<RequestDispatcher>();
        Services.AddScoped<UserRequests>();
        Services.AddScoped<UiActions>();
        Services.AddSingleton(new OfficeClock(TimeProvider.System));
        Services.AddValidatorsFromAssemblyContaining<RegisterEmployer>(includeInternalTypes: true);
        // Pickers and selects open their lists in the popover provider, as in the app's layout.
        Popovers = Render<MudPopoverProvider>();
    }

    /// <summary>Where open menus, selects and pickers render their content.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; }

    protected void GoTo(string relativeUri) => Services.GetRequiredService<NavigationManager>().NavigateTo(relativeUri);

    protected string CurrentPath
    {
        get
        {
            var navigation = Services.GetRequiredService<NavigationManager>();
            return "/" + navigation.ToBaseRelativePath(navigation.Uri);
        }
    }

    protected IEnumerable<string?> Snackbars => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message);
}
