namespace IucRecruit.Audio.Analysis;

/// <summary>A stretch of time from the start of a recording: someone speaking, or a silence.</summary>
public sealed record SpeechSegment(TimeSpan Start, TimeSpan End)
{
    public TimeSpan Duration => End - Start;
}
