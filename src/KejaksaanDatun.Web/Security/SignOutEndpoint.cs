using KejaksaanDatun.Core.Domain;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace KejaksaanDatun.Web.Security;

public static class SignOutEndpoint
{
    /// <summary>POST /keluar: signs the user out and returns to the sign-in page.</summary>
    public static void MapSignOut(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/keluar", async (HttpContext http, SignInManager<AppUser> signIn) =>
            {
                // The antiforgery middleware only records its verdict; an endpoint without form binding must read it.
                // The answer has a body so that the status-code page does not re-run this POST.
                if (http.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
                    return Results.Text("Permintaan tidak sah. Muat ulang halaman, lalu coba keluar lagi.", statusCode: StatusCodes.Status400BadRequest);
                await signIn.SignOutAsync();
                return Results.LocalRedirect("~/masuk");
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
}
