using System.Globalization;
using KejaksaanDatun.Core;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Web.Jobs;
using KejaksaanDatun.Web.Requests;
using KejaksaanDatun.Web.Security;
using KejaksaanDatun.Web.Testing;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using MudBlazor;
using MudBlazor.Services;

namespace KejaksaanDatun.Web;

public static class WebServices
{
    public const string Culture = "id-ID";

    /// <summary>Everything the web host needs: Core, Identity with cookies, Blazor, MudBlazor and the request helpers.</summary>
    public static IServiceCollection AddDatunWeb(this IServiceCollection services, IConfiguration configuration)
    {
        // Blazor circuits and background work take these defaults, not the request's culture.
        var culture = CultureInfo.GetCultureInfo(Culture);
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(culture);
            options.SupportedCultures = [culture];
            options.SupportedUICultures = [culture];
            // The product speaks Indonesian only; a browser asking for English must not change date or money formats.
            options.RequestCultureProviders.Clear();
        });

        services.AddAdjustableClockWhenConfigured(configuration);
        services.AddDatunCore(configuration);
        services.AddDatunIdentity();
        services.AddDatunJobs(configuration);

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddAntiforgery();
        services.AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            config.SnackbarConfiguration.PreventDuplicates = true;
            config.SnackbarConfiguration.VisibleStateDuration = 8000;
        });

        services.AddScoped<UserRequests>();
        services.AddScoped<UiActions>();
        return services;
    }

    private static void AddDatunIdentity(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityAuthenticationStateProvider>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/masuk";
            cookie.LogoutPath = "/keluar";
            cookie.AccessDeniedPath = "/tidak-berwenang";
            cookie.Cookie.Name = "datun.auth";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            cookie.SlidingExpiration = true;
        });
        services.AddAuthorization();

        services.AddIdentityCore<AppUser>(options =>
            {
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DatunDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<DatunClaimsPrincipalFactory>();
    }
}
