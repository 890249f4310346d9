namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// The words a candidate agrees to before a mock call. A change of wording needs a new version,
/// because each consent is stored with the exact words and version the candidate saw.
/// </summary>
public static class RecordingConsentWording
{
    public const string Version = "2026-11-v1";

    public const string Text =
        "I agree that my mock call will be recorded. The recording, the call record I fill in and the " +
        "assessors' notes are used only to assess my application and to check that assessors mark " +
        "fairly. Only the recruitment team and the assessors of my call can listen to it, and every " +
        "time someone listens is logged. The recording is deleted when the organisation's retention " +
        "period ends, and I can ask for a copy of it or for it to be deleted.";
}
