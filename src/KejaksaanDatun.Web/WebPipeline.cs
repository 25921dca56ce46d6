using KejaksaanDatun.Web.Components;
using KejaksaanDatun.Web.Downloads;
using KejaksaanDatun.Web.Jobs;
using KejaksaanDatun.Web.Security;
using KejaksaanDatun.Web.Testing;

namespace KejaksaanDatun.Web;

public static class WebPipeline
{
    /// <summary>The HTTP pipeline and endpoints of the web host.</summary>
    public static WebApplication UseDatunWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            // Users see a friendly page; the details go to the log only.
            app.UseExceptionHandler("/galat", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/tidak-ditemukan", createScopeForStatusCodePages: true);
        app.UseRequestLocalization();

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapSignOut();
        app.MapDatunJobsDashboard();
        app.ScheduleDatunReminders();
        app.MapDatunDownloads();
        app.MapClockControlWhenConfigured();
        return app;
    }
}
