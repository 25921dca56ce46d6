using KejaksaanDatun.Core.Data;
using Microsoft.Playwright;

namespace KejaksaanDatun.EndToEnd.Tests;

/// <summary>One demo user in a browser context of their own, with the steps every journey repeats.</summary>
public sealed class UserSession(IPage page, string baseUrl, string screenshotPrefix) : IAsyncDisposable
{
    public IPage Page { get; } = page;
    private int _shots;

    public static async Task<UserSession> SignIn(IBrowser browser, string baseUrl, string userName, string screenshotPrefix)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "id-ID" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(baseUrl + "/masuk");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", DemoData.DemoPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/masuk"));
        var session = new UserSession(page, baseUrl, screenshotPrefix);
        await session.WaitForInteractivity();
        return session;
    }

    public async Task Go(string path)
    {
        await Page.GotoAsync(baseUrl + path);
        await WaitForInteractivity();
    }

    /// <summary>Blazor Server pages answer clicks only once the circuit is up; MudBlazor's providers render then.</summary>
    public async Task WaitForInteractivity()
    {
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('.mud-popover-provider') !== null");
    }

    public async Task Screenshot(string name)
    {
        _shots++;
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotFolder(), $"{screenshotPrefix}-{_shots:00}-{name}.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
    }

    /// <summary>Runs the user's steps; on failure keeps a screenshot of what the user saw, for the test output.</summary>
    public async Task Steps(Func<IPage, Task> steps)
    {
        try
        {
            await steps(Page);
        }
        catch
        {
            await Screenshot("FAILED");
            throw;
        }
    }

    /// <summary>
    /// Clicks a link that downloads a file, in this tab or in a new one (the dashboard's exports open a new tab), and
    /// saves the file in a folder of its own under its suggested name. The download is caught on any page of the
    /// context: a new tab can start it before a listener could be added to that tab from here.
    /// </summary>
    public async Task<string> Download(ILocator link)
    {
        var started = new TaskCompletionSource<IDownload>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnDownload(object? sender, IDownload download) => started.TrySetResult(download);
        void OnNewPage(object? sender, IPage page) => page.Download += OnDownload;
        Page.Download += OnDownload;
        Page.Context.Page += OnNewPage;
        try
        {
            await link.ClickAsync();
            var download = await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "datun-e2e-downloads", Guid.NewGuid().ToString("N")));
            var file = Path.Combine(folder.FullName, download.SuggestedFilename);
            await download.SaveAsAsync(file);
            return file;
        }
        finally
        {
            Page.Download -= OnDownload;
            Page.Context.Page -= OnNewPage;
        }
    }

    /// <summary>
    /// Opens the list of a MudSelect. A page that a link loaded anew shows its fields before its circuit is up, and a
    /// click then opens nothing; the click is repeated until the list is there.
    /// </summary>
    public async Task OpenList(ILocator select)
    {
        var items = Page.Locator(".mud-popover-open .mud-list-item").First;
        for (var attempt = 1; ; attempt++)
        {
            await select.ClickAsync();
            try
            {
                await items.WaitForAsync(new() { Timeout = 3_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 5)
            {
            }
        }
    }

    /// <summary>
    /// Picks an item of a single-choice MudSelect or MudAutocomplete whose popover is open, and waits for the list to
    /// close: the form re-renders then, and a field typed into before that could lose its text.
    /// </summary>
    public async Task PickOption(string text)
    {
        await ToggleOption(text);
        await Assertions.Expect(Page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    /// <summary>Ticks an item of a multiple-choice MudSelect whose popover is open; the list stays open.</summary>
    public async Task ToggleOption(string text) =>
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = text }).First.ClickAsync();

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}
