using System.Text.Json;
using IucRecruit.Testing;
using Xunit.Abstractions;

namespace IucRecruit.Browser.Tests.Audio;

/// <summary>
/// The audio worklets in real Chromium: a fake microphone plays recorded speech, the capture worklet
/// turns it into 20 ms μ-law frames, and the frames loop straight back into the playback worklet's
/// jitter buffer, whose output an AnalyserNode listens to.
/// </summary>
public sealed class TelephoneAudioTests : IClassFixture<KestrelApp>, IClassFixture<SpeakingBrowser>
{
    private readonly KestrelApp app;
    private readonly BrowserSession browser;
    private readonly ITestOutputHelper output;

    public TelephoneAudioTests(KestrelApp app, SpeakingBrowser microphone, ITestOutputHelper output)
    {
        this.app = app;
        browser = microphone.Browser;
        this.output = output;
    }

    // Runs in the page. Waits for frames (never for a fixed time), then reports what it saw.
    private const string LoopBack = """
        async () => {
          const { startTelephoneAudio } = await import("/js/audio/telephone-audio.js");
          const { decodeMuLaw, measureLevel } = await import("/js/audio/telephone-dsp.js");
          const audio = await startTelephoneAudio();
          const analyser = audio.context.createAnalyser();
          analyser.fftSize = 2048;
          audio.playback.node.connect(analyser);
          const block = new Float32Array(analyser.fftSize);
          let loudestOutput = 0;

          const frames = [];
          const arrivals = [];
          await new Promise((resolve) => {
            const stop = audio.onFrame((codes, info) => {
              frames.push({ codes, sequence: info.sequence });
              arrivals.push(info.audioTime);
              audio.playFrame(codes);
              analyser.getFloatTimeDomainData(block);
              for (const s of block) loudestOutput = Math.max(loudestOutput, Math.abs(s));
              if (frames.length === 75) { stop(); resolve(); }
            });
          });
          const stats = await audio.requestStats();

          audio.setMuted(true);
          const afterMute = await new Promise((resolve) => {
            const got = [];
            const stop = audio.onFrame((codes) => { got.push(codes); if (got.length === 10) { stop(); resolve(got); } });
          });
          const level = audio.level;
          const sampleRate = audio.sampleRate;
          await audio.close();

          const all = new Int16Array(frames.length * 160);
          frames.forEach((f, i) => all.set(decodeMuLaw(f.codes), i * 160));
          return {
            sampleRate,
            frameSizes: [...new Set(frames.map((f) => f.codes.length))],
            sequencesInOrder: frames.every((f, i) => i === 0 || f.sequence === frames[i - 1].sequence + 1),
            // Measured on the audio clock: the page's main thread may receive frames in bursts
            // when the machine is busy, but the worklet completes one per 20 ms of audio.
            framesPerSecond: 50 / (arrivals[74] - arrivals[24]),
            capturedRmsDb: measureLevel(all).rmsDb,
            loudestOutput,
            stats,
            mutedFramesSilent: afterMute.slice(5).every((codes) => codes.every((c) => c === 0xff)),
            levelWhileMuted: level.rms,
          };
        }
        """;

    [Fact]
    public async Task Speech_from_the_microphone_becomes_20_ms_frames_at_50_a_second_and_plays_back_through_the_jitter_buffer()
    {
        await using var context = await browser.NewContextAsync(app.Address);
        var page = await context.NewPageAsync();
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);
        await page.GotoAsync("/account/sign-in");

        var result = await page.EvaluateAsync<JsonElement>(LoopBack);
        output.WriteLine(result.ToString());

        Assert.Empty(pageErrors);
        Assert.Equal([160], result.GetProperty("frameSizes").EnumerateArray().Select(e => e.GetInt32()));
        Assert.True(result.GetProperty("sequencesInOrder").GetBoolean());
        Assert.InRange(result.GetProperty("framesPerSecond").GetDouble(), 49, 51);
        Assert.InRange(result.GetProperty("capturedRmsDb").GetDouble(), -45, 0);
        // Above -34 dBFS. It may pass 1.0 a little: the upsampling filter rings on μ-law's largest
        // values, and the destination clips, as a sound card does.
        Assert.True(result.GetProperty("loudestOutput").GetDouble() > 0.02);

        var stats = result.GetProperty("stats");
        Assert.Equal(75, stats.GetProperty("framesReceived").GetInt32());
        Assert.True(stats.GetProperty("framesPlayed").GetInt32() > 0);
        Assert.Equal(40, stats.GetProperty("targetMs").GetDouble());
        // The queue holds at most maxMs; the frame being played out adds up to one more 20 ms frame.
        Assert.InRange(stats.GetProperty("bufferedMs").GetDouble(), 0, stats.GetProperty("maxMs").GetDouble() + 20);

        Assert.True(result.GetProperty("mutedFramesSilent").GetBoolean());
        Assert.True(result.GetProperty("levelWhileMuted").GetDouble() >= 0);
    }
}
