using IucRecruit.Core.Calls;

namespace IucRecruit.Core.Funnel;

/// <summary>Something the product itself sees a candidate do (or have done for them) that proves
/// they reached a funnel stage.</summary>
public enum Observation
{
    /// <summary>A mock call was booked into an assessment day: they are invited to it.</summary>
    MockCallBooked,
    ConditionsAcknowledged,
    /// <summary>The listening exercise was handed in and marked.</summary>
    ListeningHandedIn,
    /// <summary>The candidate answered their mock call: they attended it.</summary>
    MockCallAnswered,
    /// <summary>A recruiting manager recorded that the candidate never answered their mock call
    /// (docs/decisions/0065).</summary>
    MockCallMissed,
}

/// <summary>
/// Which funnel change the product records when it sees a candidate do something (DESIGN.md §4,
/// docs/decisions/0060). The product enters the stage the observation proves and nothing else: it
/// never skips the stages before it, since it did not see them (a manager's shortlisting, say), so
/// the stage rules refuse such a move and the product leaves it to the manager. Nothing is recorded
/// twice: a candidate already at or past the stage, or whose journey has ended, keeps their log.
/// </summary>
public static class ObservedSteps
{
    /// <summary>What a call event shows of the candidate's attendance, if anything.</summary>
    public static Observation? Of(CallEvent callEvent) => callEvent switch
    {
        CallAnswered => Observation.MockCallAnswered,
        NoShowRecorded => Observation.MockCallMissed,
        _ => null,
    };

    /// <summary>The stage the observation is about: the one it enters, or for a missed call the one
    /// the candidate did not reach.</summary>
    public static FunnelStage StageOf(Observation observation) => observation switch
    {
        Observation.MockCallBooked => FunnelStage.InvitedToAssessment,
        Observation.ConditionsAcknowledged => FunnelStage.ConditionsAcknowledged,
        Observation.ListeningHandedIn => FunnelStage.ListeningExercise,
        Observation.MockCallAnswered or Observation.MockCallMissed => FunnelStage.MockCall,
        _ => throw new ArgumentOutOfRangeException(nameof(observation), observation, null),
    };

    /// <summary>The change to ask the stage rules for, or null when there is nothing to record (the
    /// candidate is at or past the stage, their journey has ended, or their campaign has no such stage).</summary>
    public static StageTransition? Transition(Observation observation, JourneyState journey, StageSet campaignStages, DateTime observedUtc, string reason)
    {
        var stage = StageOf(observation);
        if (!journey.InProgress || journey.CurrentStage >= stage || !campaignStages.Union(FunnelStages.Mandatory).Contains(stage)) return null;
        // The log never goes back in time: something seen before the candidate's last recorded change
        // (recorded late, or found by the backfill) is dated at that change.
        var when = journey.LastEventUtc is { } last && observedUtc < last ? last : observedUtc;
        // A missed call ends the journey as "did not attend" where the stage rules allow it (the
        // candidate was expected at the assessment day); one already at the mock-call stage took
        // another call, so missing this one proves nothing.
        return observation == Observation.MockCallMissed
            ? StageTransition.End(FunnelOutcome.NoShow, reason, when)
            : StageTransition.Enter(stage, reason, when);
    }
}
