using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace KejaksaanDatun.Web.Tests;

/// <summary>A bUnit context with MudBlazor's services and loose JS interop, as MudBlazor components need.</summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    protected MudTestContext()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services are only IAsyncDisposable; xUnit 2 awaits this before its synchronous Dispose.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
