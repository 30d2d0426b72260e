using Microsoft.Playwright;

namespace DealRules.Browser.Tests;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, installed by <c>.ci/run</c>) driven by Playwright,
/// headless, with the flags this machine needs: no sandbox as root, no GPU, and none of the
/// background connections a closed network refuses. Playwright gives every launch a new, empty
/// profile folder and deletes it on close. One browser serves a whole test class; the benchmarks
/// link this file to measure the report's layout with the same browser.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Flags =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly IPlaywright playwright;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary>Why the browser cannot run here, or null when it can.</summary>
    public static string? Unavailable => File.Exists(ExecutablePath)
        ? null
        : $"{ExecutablePath} is not installed (apt-get install chromium; .ci/run installs it)";

    public static async Task<HeadlessChromium> Start()
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Flags });
            return new HeadlessChromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A page of a new, offline context (scripts on or off), sized like a laptop screen.</summary>
    public async Task<IPage> NewPage(bool javaScript = true, int width = 1600, int height = 1000)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Offline = true,
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright.Dispose();
    }
}
