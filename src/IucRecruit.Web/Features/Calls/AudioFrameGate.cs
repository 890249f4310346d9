using IucRecruit.Core.Calls;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// Decides whether an incoming audio frame may enter the call. A bad frame is dropped and counted,
/// never allowed to harm the call: wrong size, from someone who may not speak, before the call is
/// answered or after it ends, while muted, or faster than a telephone sends (a token bucket per
/// speaker allows 50 frames a second with a half-second burst for network jitter).
/// </summary>
public sealed class AudioFrameGate(TimeProvider clock)
{
    public enum Verdict { Accepted, WrongSize, NotASpeaker, NotConnected, Muted, TooFast }

    private const double BurstFrames = TelephoneFrame.PerSecond / 2.0;

    private readonly Dictionary<Guid, (double Tokens, long Timestamp)> buckets = [];
    private readonly long[] counts = new long[Enum.GetValues<Verdict>().Length];

    public long Count(Verdict verdict) => counts[(int)verdict];

    public long Dropped => counts.Sum() - counts[(int)Verdict.Accepted];

    public Verdict Check(Guid speakerId, CallParty party, CallState state, int frameLength)
    {
        var verdict =
            frameLength != TelephoneFrame.Bytes ? Verdict.WrongSize
            : !party.MaySpeak() ? Verdict.NotASpeaker
            : state.Phase != CallPhase.Connected ? Verdict.NotConnected
            : state.Muted.Contains(party) ? Verdict.Muted
            : !TakeToken(speakerId) ? Verdict.TooFast
            : Verdict.Accepted;
        counts[(int)verdict]++;
        return verdict;
    }

    private bool TakeToken(Guid speakerId)
    {
        var now = clock.GetTimestamp();
        var (tokens, last) = buckets.TryGetValue(speakerId, out var bucket) ? bucket : (BurstFrames, now);
        tokens = Math.Min(BurstFrames, tokens + clock.GetElapsedTime(last, now).TotalSeconds * TelephoneFrame.PerSecond);
        var allowed = tokens >= 1;
        buckets[speakerId] = (allowed ? tokens - 1 : tokens, now);
        return allowed;
    }
}
