namespace IucRecruit.Core.Calls;

/// <summary>Who someone is in one mock call. The caller's channel is the role-player's voice plus
/// any clips; the candidate's channel is the candidate's voice; assessors only listen.</summary>
public enum CallParty
{
    Candidate,
    RolePlayer,
    Assessor,
}

public enum CallPhase
{
    /// <summary>Scheduled; participants may join; nobody has rung yet.</summary>
    Waiting,
    /// <summary>The role-player has rung; the candidate has not answered.</summary>
    Ringing,
    /// <summary>Answered: the call clock runs and the call is recorded.</summary>
    Connected,
    Ended,
    /// <summary>Never answered, and recorded as a no-show by a recruiting manager.</summary>
    Missed,
}

/// <summary>The two audio channels of a call, as recorded (left, right) and relayed.</summary>
public enum AudioSource
{
    /// <summary>The role-player's live voice.</summary>
    Caller,
    /// <summary>The candidate's live voice.</summary>
    Candidate,
    /// <summary>A pre-recorded clip the server injects into the caller's channel.</summary>
    Clip,
}

public static class CallPartyRules
{
    /// <summary>Nothing more happens in the call: it took place, or the candidate never came.</summary>
    public static bool IsOver(this CallPhase phase) => phase is CallPhase.Ended or CallPhase.Missed;

    public static string DisplayName(this CallPhase phase) => phase switch
    {
        CallPhase.Waiting => "Booked",
        CallPhase.Ringing => "Ringing",
        CallPhase.Connected => "In progress",
        CallPhase.Ended => "Ended",
        CallPhase.Missed => "Did not attend",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };

    /// <summary>Only the two people on the telephone speak; assessors listen in silently.</summary>
    public static bool MaySpeak(this CallParty party) => party is CallParty.Candidate or CallParty.RolePlayer;

    public static AudioSource VoiceChannel(this CallParty party) => party switch
    {
        CallParty.Candidate => AudioSource.Candidate,
        CallParty.RolePlayer => AudioSource.Caller,
        _ => throw new InvalidOperationException("Assessors have no voice channel."),
    };

    /// <summary>Who hears a source: the candidate hears the caller and clips; the role-player hears
    /// the candidate and the clips they play; assessors hear everything.</summary>
    public static bool Hears(this CallParty listener, AudioSource source) => (listener, source) switch
    {
        (CallParty.Assessor, _) => true,
        (CallParty.Candidate, AudioSource.Caller or AudioSource.Clip) => true,
        (CallParty.RolePlayer, AudioSource.Candidate or AudioSource.Clip) => true,
        _ => false,
    };
}
