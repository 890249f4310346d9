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

    /// <summary>The candidate whose data was seen; null for a search and for an action on a staff account.</summary>
    public Guid? CandidateId { get; set; }

    /// <summary>The call concerned, for call pages and recordings.</summary>
    public Guid? MockCallId { get; set; }

    /// <summary>The staff account an administrator invited or changed.</summary>
    public Guid? StaffUserId { get; set; }

    /// <summary>What else the entry needs to say: the text searched for, the roles given.</summary>
    public string? Detail { get; set; }

    /// <summary>The entry's place in the hash chain (1, 2, 3…; docs/decisions/0056). Null only for
    /// an entry written before the chain existed, until start-up seals it.</summary>
    public long? Sequence { get; set; }

    /// <summary>SHA-256 (hex) of this entry's canonical form and the previous entry's hash.</summary>
    public string? Hash { get; set; }
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
    SearchedCandidates,
    InvitedStaff,
    ChangedStaffRoles,
    UnlockedStaff,
    DeactivatedStaff,
    ReactivatedStaff,
    ResetStaffTwoFactor,
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
        AccessAction.SearchedCandidates => "Searched the candidates",
        AccessAction.InvitedStaff => "Invited a member of staff",
        AccessAction.ChangedStaffRoles => "Changed a member of staff's roles",
        AccessAction.UnlockedStaff => "Unlocked a staff account",
        AccessAction.DeactivatedStaff => "Deactivated a staff account",
        AccessAction.ReactivatedStaff => "Reactivated a staff account",
        AccessAction.ResetStaffTwoFactor => "Reset a member of staff's two-step sign-in",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>A look at something rather than a change or a copy leaving the product: the same
    /// look again within <see cref="AccessAudit.SameView"/> is the same view (docs/decisions/0055).
    /// Downloads, exports, erasures and staff-account changes are each recorded every time.</summary>
    public static bool IsLook(this AccessAction action) => action is
        AccessAction.ViewedCandidate or AccessAction.ViewedListeningResult or AccessAction.ViewedCall or
        AccessAction.ViewedRecording or AccessAction.ListenedToRecording or AccessAction.ViewedAssessment or
        AccessAction.SearchedCandidates;
}
