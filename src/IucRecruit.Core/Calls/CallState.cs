using System.Collections.Immutable;

namespace IucRecruit.Core.Calls;

/// <summary>
/// What a call is now, derived from its events alone. Immutable: <see cref="Apply"/> returns the
/// next state, so rebuilding a call after a restart is a fold over its log.
/// </summary>
public sealed record CallState
{
    public static readonly CallState Initial = new();

    public CallPhase Phase { get; init; } = CallPhase.Waiting;
    public DateTime? RangUtc { get; init; }
    public DateTime? AnsweredUtc { get; init; }
    public DateTime? EndedUtc { get; init; }
    public CallParty? EndedBy { get; init; }
    public long LastCallMs { get; init; }

    /// <summary>The candidate's call record as it stands: field id to value.</summary>
    public ImmutableDictionary<string, string> RecordFields { get; init; } = ImmutableDictionary<string, string>.Empty;

    public ImmutableHashSet<CallParty> Muted { get; init; } = [];

    /// <summary>Clips played, in order.</summary>
    public ImmutableList<ClipPlayed> Clips { get; init; } = [];

    public int Interruptions { get; init; }

    /// <summary>Every assessor's evidence, in order. Who may see which is the caller's business.</summary>
    public ImmutableList<EvidenceNoted> Evidence { get; init; } = [];

    /// <summary>The candidate's latest answer to the recording question; null if not yet asked.</summary>
    public bool? RecordingConsent { get; init; }

    public CallState Apply(CallEvent callEvent)
    {
        var next = this with { LastCallMs = Math.Max(LastCallMs, callEvent.CallMs) };
        return callEvent switch
        {
            CallRang e => next with { Phase = CallPhase.Ringing, RangUtc = e.AtUtc },
            CallAnswered e => next with { Phase = CallPhase.Connected, AnsweredUtc = e.AtUtc },
            ClipPlayed e => next with { Clips = Clips.Add(e) },
            MuteChanged e => next with { Muted = e.Muted ? Muted.Add(e.Party) : Muted.Remove(e.Party) },
            RecordFieldChanged e => next with { RecordFields = RecordFields.SetItem(e.FieldId, e.Value) },
            CallEnded e => next with { Phase = CallPhase.Ended, EndedUtc = e.AtUtc, EndedBy = e.EndedBy },
            ServiceInterrupted => next with { Interruptions = Interruptions + 1 },
            RecordingConsentAnswered e => next with { RecordingConsent = e.Given },
            EvidenceNoted e => next with { Evidence = Evidence.Add(e) },
            NoShowRecorded => next with { Phase = CallPhase.Missed },
            ParticipantJoined or ParticipantLeft => next,
            _ => throw new ArgumentOutOfRangeException(nameof(callEvent), callEvent.GetType().Name, "Unknown call event."),
        };
    }

    public static CallState Replay(IEnumerable<CallEvent> events) =>
        events.Aggregate(Initial, (state, callEvent) => state.Apply(callEvent));

    /// <summary>The call clock at <paramref name="nowUtc"/>: 0 until answered, frozen when ended.</summary>
    public long CallMsAt(DateTime nowUtc) => AnsweredUtc is not { } answered
        ? 0
        : (long)((EndedUtc ?? nowUtc) - answered).TotalMilliseconds;
}
