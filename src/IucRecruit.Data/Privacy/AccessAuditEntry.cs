namespace IucRecruit.Data.Privacy;

/// <summary>
/// One look at a candidate's personal data: who, what, when. Append-only: the product has no code
/// that changes or deletes an entry, and a database trigger refuses it (docs/decisions/0026). It
/// holds ids and the viewer's name, never the candidate's data itself, so it outlives an erasure.
/// </summary>
public sealed class AccessAuditEntry
{
    public Guid Id { get; set; }
    public DateTime AtUtc { get; set; }

    /// <summary>Null when the command-line tool did it.</summary>
    public Guid? UserId { get; set; }

    /// <summary>The viewer's name at the time (or the operating-system user, for the command line),
    /// so the entry still says who when an account changes.</summary>
    public required string UserName { get; set; }

    public AccessAction Action { get; set; }
    public Guid CandidateId { get; set; }

    /// <summary>The call concerned, for call pages and recordings.</summary>
    public Guid? MockCallId { get; set; }
}

public enum AccessAction
{
    ViewedCandidate,
    ViewedListeningResult,
    ViewedCall,
    ViewedRecording,
    ListenedToRecording,
    DownloadedRecording,
    ExportedData,
    ErasedData,
    ViewedAssessment,
    DownloadedCandidateList,
}

public static class AccessActionNames
{
    public static string DisplayName(this AccessAction action) => action switch
    {
        AccessAction.ViewedCandidate => "Viewed the candidate's record",
        AccessAction.ViewedListeningResult => "Viewed the listening-exercise result",
        AccessAction.ViewedCall => "Opened the live call page",
        AccessAction.ViewedRecording => "Viewed the call recording page",
        AccessAction.ListenedToRecording => "Listened to the recording",
        AccessAction.DownloadedRecording => "Downloaded the recording",
        AccessAction.ExportedData => "Exported everything held (subject access)",
        AccessAction.ErasedData => "Erased the candidate's personal data",
        AccessAction.ViewedAssessment => "Viewed the call's assessment",
        AccessAction.DownloadedCandidateList => "Downloaded the campaign's candidate list",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
