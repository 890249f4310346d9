namespace IucRecruit.Data.Calls;

/// <summary>The recording of a call: a two-channel WAV (left caller, right candidate, 8 kHz
/// 16-bit) in the recordings folder, and what is known about it.</summary>
public sealed class CallRecording
{
    public Guid Id { get; set; }
    public Guid MockCallId { get; set; }

    /// <summary>Relative to the recordings folder, so the data folder can move.</summary>
    public required string RelativePath { get; set; }

    public int SampleRate { get; set; }
    public int Channels { get; set; }
    public long DurationMs { get; set; }

    /// <summary>SHA-256 of the finished file, set when the call ends.</summary>
    public string? Sha256 { get; set; }

    public DateTime StartedUtc { get; set; }
    public DateTime? CompletedUtc { get; set; }
}
