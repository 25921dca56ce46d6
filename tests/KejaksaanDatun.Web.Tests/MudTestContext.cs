using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace KejaksaanDatun.Web.Tests;

/// <summary>
/// A bUnit context with MudBlazor's services and loose JS interop, as MudBlazor components need.
/// <para>
/// bUnit's synchronous <c>Click()</c>, <c>Change()</c>, <c>Input()</c> and <c>Submit()</c> hand the event to the renderer's
/// dispatcher and do not wait for it: the handler runs on the calling thread only when the dispatcher is idle. MudBlazor
/// keeps the dispatcher busy from thread-pool threads now and then (continuations of its async input, validation and
/// popover handlers, dialog results), and then the event and its render are queued and run a moment later. So every
/// assertion on what an event renders or sends waits for it with <c>WaitForAssertion</c> / <c>WaitForElement</c> on
/// the component that renders it, and a step that needs elements an earlier event adds waits for them first.
/// </para>
/// </summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    protected MudTestContext()
    {
        // bUnit's default of one second is too tight on a loaded two-core build machine; a passing wait returns at once.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services are only IAsyncDisposable; xUnit 2 awaits this before its synchronous Dispose.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
