namespace IucRecruit.Core.Scenarios.Loading;

/// <summary>How long recordings may be: a clip is a short sound the role-player plays into a call;
/// a listening exercise's recording is a whole (short) call.</summary>
public sealed record ScenarioLibraryLimits(TimeSpan MaxClip, TimeSpan MaxRecording)
{
    public static readonly ScenarioLibraryLimits Default = new(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(300));
}
