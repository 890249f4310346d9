namespace IucRecruit.Core.Funnel;

/// <summary>
/// A change someone asks to make to a candidate's funnel position: move them to a stage (passing
/// the current one), or end their journey with an outcome. The rules decide whether it is allowed.
/// </summary>
/// <example>
/// A mock call passed: <c>StageTransition.Enter(FunnelStage.Interview)</c>;
/// failed: <c>StageTransition.End(FunnelOutcome.Rejected, "Mock call: empathy below the pass mark")</c>.
/// An internal candidate who needs no sift: <c>StageTransition.Enter(FunnelStage.InvitedToAssessment,
/// "Internal transfer", skipping: [FunnelStage.Shortlisted])</c>.
/// </example>
public sealed record StageTransition
{
    private StageTransition() { }

    /// <summary>The stage to move to (null when the journey ends).</summary>
    public FunnelStage? Stage { get; private init; }

    /// <summary>The outcome that ends the journey (null when moving to a stage).</summary>
    public FunnelOutcome? Outcome { get; private init; }

    public string? Reason { get; private init; }

    /// <summary>When it happened, if not now (imports, or a record made after the event).</summary>
    public DateTime? OccurredUtc { get; private init; }

    /// <summary>The campaign's stages between the current one and <see cref="Stage"/> that the
    /// candidate passes over; each is logged as skipped, so that no stage is ever silently missing.</summary>
    public IReadOnlyList<FunnelStage> Skipping { get; private init; } = [];

    public static StageTransition Enter(FunnelStage stage, string? reason = null, DateTime? occurredUtc = null,
        IReadOnlyList<FunnelStage>? skipping = null) =>
        new() { Stage = stage, Reason = Clean(reason), OccurredUtc = occurredUtc, Skipping = skipping ?? [] };

    public static StageTransition End(FunnelOutcome outcome, string reason, DateTime? occurredUtc = null) =>
        new() { Outcome = outcome, Reason = Clean(reason), OccurredUtc = occurredUtc };

    private static string? Clean(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
}

/// <summary>What the rules need to know beyond the candidate's log.</summary>
/// <param name="CampaignStages">The stages the candidate's campaign uses.</param>
/// <param name="ConditionsAcknowledged">Whether an acknowledgement of the working conditions is on record.</param>
/// <param name="ContractTypeRecorded">Whether the employment record names a contract type.</param>
/// <param name="NowUtc">The present, for refusing changes dated in the future.</param>
public sealed record TransitionContext(StageSet CampaignStages, bool ConditionsAcknowledged, bool ContractTypeRecorded, DateTime NowUtc);

/// <summary>Either the log entries to append, or the reason the change is refused.</summary>
public sealed record TransitionDecision(IReadOnlyList<JourneyEvent> Events, string? Refusal)
{
    public bool Accepted => Refusal is null;

    public static TransitionDecision Refuse(string reason) => new([], reason);

    public static TransitionDecision Accept(IReadOnlyList<JourneyEvent> events) => new(events, null);
}
