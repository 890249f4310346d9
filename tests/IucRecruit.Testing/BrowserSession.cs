using Microsoft.Playwright;
using Xunit;

namespace IucRecruit.Testing;

/// <summary>
/// Real headless Chromium from Debian (never a downloaded browser: PLATFORM.md), driven by
/// Playwright, with fake audio devices so that pages that use the microphone work unattended.
/// One browser per test class; each test opens its own isolated contexts.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>A WAV file Chromium plays as the microphone; null for its built-in beep.</summary>
    public string? FakeMicrophoneFile { get; init; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (./test.sh does).");
        playwright = await Playwright.CreateAsync();
        var args = new List<string>
        {
            "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
            "--autoplay-policy=no-user-gesture-required",
        };
        if (FakeMicrophoneFile is not null) args.Add($"--use-file-for-fake-audio-capture={FakeMicrophoneFile}");
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = args,
        });
    }

    /// <summary>A fresh, isolated browser profile (its own cookies) pointed at the app.</summary>
    public Task<IBrowserContext> NewContextAsync(Uri baseAddress) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Permissions = ["microphone"],
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}
