using Xunit;

namespace IucRecruit.Testing;

/// <summary>Chromium whose fake microphone speaks the committed speech fixture (looped), for tests
/// that need real audio through real pages.</summary>
public sealed class SpeakingBrowser : IAsyncLifetime
{
    public BrowserSession Browser { get; } = new()
    {
        FakeMicrophoneFile = RepositoryRoot.Combine("tests", "fixtures", "audio", "speech-8k.wav"),
    };

    public Task InitializeAsync() => Browser.InitializeAsync();

    public Task DisposeAsync() => Browser.DisposeAsync();
}
