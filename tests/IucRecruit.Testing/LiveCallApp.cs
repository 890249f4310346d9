namespace IucRecruit.Testing;

/// <summary>The app for tests of live calls: its clock runs, so the call clock and the recording
/// advance with real time.</summary>
public class LiveCallApp : RecruitmentApp
{
    protected override bool ClockRuns => true;
}
