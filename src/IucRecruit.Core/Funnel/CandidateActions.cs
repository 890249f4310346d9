namespace IucRecruit.Core.Funnel;

/// <summary>What a manager can do to candidates in bulk.</summary>
public enum BulkAction { Move, Reject, Invite, Message }

/// <summary>
/// Which bulk actions make sense for a candidate where they are, so that the candidates page offers
/// only those, and the server refuses the others for that candidate with the reason. Whether a
/// particular move is allowed stays the stage rules' decision (<see cref="StageRules"/>): this only
/// says when an action cannot apply at all.
/// </summary>
public static class CandidateActions
{
    /// <summary>Why <paramref name="action"/> does not apply to a candidate at <paramref name="stage"/>
    /// (null: no stage yet) with <paramref name="outcome"/>; null when it does.</summary>
    public static string? Refusal(BulkAction action, FunnelStage? stage, FunnelOutcome? outcome)
    {
        if (stage is null) return "The candidate has no stage yet.";
        if (outcome is { } ended) return $"The candidate's journey has ended ({ended.DisplayName().ToLowerInvariant()}).";
        return action switch
        {
            // An invitation link is for the assessment: a starter signs in as staff, not with a link.
            BulkAction.Invite or BulkAction.Reject when stage >= FunnelStage.Started => "The candidate has started: there is nothing to invite them to or reject them from.",
            BulkAction.Move when stage == FunnelStages.InOrder[^1] => "The candidate is at the last stage.",
            _ => null,
        };
    }

    public static IReadOnlyList<BulkAction> For(FunnelStage? stage, FunnelOutcome? outcome) =>
        Enum.GetValues<BulkAction>().Where(a => Refusal(a, stage, outcome) is null).ToList();
}
