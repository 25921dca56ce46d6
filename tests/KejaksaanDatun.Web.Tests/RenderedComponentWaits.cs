using Microsoft.AspNetCore.Components;

namespace KejaksaanDatun.Web.Tests;

/// <summary>Waiting for what an event does; see <see cref="MudTestContext"/> for why every such check waits.</summary>
public static class RenderedComponentWaits
{
    /// <summary>
    /// Waits until <paramref name="assertion"/> passes on <paramref name="cut"/>'s renders and returns what it returned,
    /// e.g. <c>var sent = cut.WaitFor(() => Assert.Single(Sender.SentOf&lt;DraftSkk&gt;()));</c>
    /// </summary>
    public static T WaitFor<TComponent, T>(this IRenderedComponent<TComponent> cut, Func<T> assertion) where TComponent : IComponent
    {
        var result = default(T)!;
        cut.WaitForAssertion(() => result = assertion());
        return result;
    }
}
