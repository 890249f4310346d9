namespace IucRecruit.Web.Features.Calls;

/// <summary>The <c>Calls</c> configuration section.</summary>
public sealed class CallOptions
{
    public const string Section = "Calls";

    // Where recordings are written (Calls:RecordingsFolder) is read by RecordingStorage, which the
    // command-line tool shares.

    /// <summary>How early before their slot a candidate may join, and how long after it ends.</summary>
    public TimeSpan CandidateEarliestBeforeSlot { get; set; } = TimeSpan.FromMinutes(30);
    public TimeSpan CandidateLatestAfterSlot { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>A call grain that hears nothing for this long (nobody connected: connected
    /// participants' nodes refresh it every second) is deactivated by Orleans; it is rebuilt from
    /// its log when someone asks for it again. At least two seconds.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(2);
}

/// <summary>The telephone frame (DESIGN.md §3): 20 ms of 8 kHz audio, one G.711 μ-law byte a sample.</summary>
public static class TelephoneFrame
{
    public const int SampleRate = 8000;
    public const int Samples = 160;
    public const int Bytes = 160;
    public const int PerSecond = 50;
    public static readonly TimeSpan Duration = TimeSpan.FromMilliseconds(20);
}
