using IucRecruit.Audio.Wav;
using IucRecruit.Data.Calls;
using Microsoft.Extensions.Caching.Memory;

namespace IucRecruit.Web.Features.Recordings;

/// <summary>The two channels' waveforms of a finished recording, drawn once per node and then
/// kept: a finished WAV never changes, and reading a whole call's samples on every view of the
/// review page cost more than the rest of the page together.</summary>
public sealed class RecordingWaveforms(RecordingStorage recordings, IMemoryCache cache)
{
    public sealed record Drawn(string Caller, string Candidate);

    public const int Columns = 600;
    public const int Height = 80;

    /// <summary>The waveforms of <paramref name="recording"/>, which must be complete.</summary>
    public Drawn Of(CallRecording recording)
    {
        if (recording.CompletedUtc is null) throw new InvalidOperationException("A recording still being written has no waveform yet.");
        return cache.GetOrCreate(("waveform", recording.Id), entry =>
        {
            // Two short paths a call: small, but let a long-running node forget the ones not viewed lately.
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            var (_, channels) = WavReader.ReadSamples(recordings.PathOf(recording));
            return new Drawn(Waveform.Path(Waveform.Peaks(channels[0], Columns), Height), Waveform.Path(Waveform.Peaks(channels[1], Columns), Height));
        })!;
    }
}
