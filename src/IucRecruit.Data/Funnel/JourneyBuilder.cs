using IucRecruit.Core.Funnel;

namespace IucRecruit.Data.Funnel;

/// <summary>Builds a candidate's new stage log entries one checked change at a time, in memory:
/// what imports and generated data use to apply the same rules as <see cref="StageLog"/> before
/// writing many candidates at once.</summary>
public sealed class JourneyBuilder(Guid candidateId, JourneyState journey, TransitionContext context, Guid? actorUserId)
{
    private readonly List<StageEvent> events = [];

    public JourneyState Journey { get; private set; } = journey;

    public TransitionContext Context { get; set; } = context;

    public IReadOnlyList<StageEvent> Events => events;

    /// <summary>Applies the change if the rules allow it; otherwise returns why not and changes nothing.</summary>
    public string? TryApply(StageTransition transition)
    {
        var decision = StageRules.Check(Journey, transition, Context);
        if (!decision.Accepted) return decision.Refusal;
        var (added, next) = StageLog.Append(candidateId, Journey, decision.Events, transition.Reason, actorUserId, Context.NowUtc);
        events.AddRange(added);
        Journey = next;
        return null;
    }

    /// <summary>For generated data, whose every change is meant to be allowed.</summary>
    public void Apply(StageTransition transition)
    {
        if (TryApply(transition) is { } refusal)
            throw new InvalidOperationException($"Generated change refused: {refusal}");
    }
}
