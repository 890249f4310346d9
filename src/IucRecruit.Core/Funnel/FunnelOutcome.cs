namespace IucRecruit.Core.Funnel;

/// <summary>How a candidate's journey ended, at the stage they had reached. Each is recorded with
/// a reason. A candidate without an outcome is still in progress.</summary>
public enum FunnelOutcome
{
    Rejected,
    Withdrew,
    /// <summary>Did not turn up to the assessment day or to their first day.</summary>
    NoShow,
    DeclinedOffer,
    /// <summary>Left after starting; the reason category is on the employment record.</summary>
    Left,
}

public static class FunnelOutcomeNames
{
    public static string DisplayName(this FunnelOutcome outcome) => outcome switch
    {
        FunnelOutcome.Rejected => "Rejected",
        FunnelOutcome.Withdrew => "Withdrew",
        FunnelOutcome.NoShow => "Did not attend",
        FunnelOutcome.DeclinedOffer => "Declined the offer",
        FunnelOutcome.Left => "Left",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
