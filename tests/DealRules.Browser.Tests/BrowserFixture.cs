namespace DealRules.Browser.Tests;

/// <summary>
/// One browser for a test class, started on first use. Where Chromium is not installed a test skips
/// with the reason, except under CI (<c>CI=true</c>), where <c>.ci/run</c> installs it: there a
/// missing browser fails the test, so the browser tests cannot pass by not running.
/// </summary>
public sealed class BrowserFixture : IAsyncDisposable
{
    private Task<HeadlessChromium>? started;

    public async Task<HeadlessChromium> Browser()
    {
        if (HeadlessChromium.Unavailable is { } reason && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Assert.Skip(reason);
        }

        return await (started ??= HeadlessChromium.Start());
    }

    public async ValueTask DisposeAsync()
    {
        if (started is { IsCompletedSuccessfully: true })
        {
            await (await started).DisposeAsync();
        }
    }
}
