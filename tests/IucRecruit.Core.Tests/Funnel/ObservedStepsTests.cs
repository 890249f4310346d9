using IucRecruit.Core.Calls;
using IucRecruit.Core.Funnel;

namespace IucRecruit.Core.Tests.Funnel;

public sealed class ObservedStepsTests
{
    private static readonly DateTime Day1 = new(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc);

    private static JourneyState At(params FunnelStage[] stages) =>
        JourneyState.Replay(stages.Select((s, i) => JourneyEvent.Entered(s, Day1.AddDays(i))));

    [Fact]
    public void Each_observation_enters_the_stage_it_proves_dated_when_it_was_seen()
    {
        var journey = At(FunnelStage.Applied, FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment);

        var transition = ObservedSteps.Transition(Observation.ConditionsAcknowledged, journey, StageSet.All, Day1.AddDays(5), "Acknowledged");

        Assert.Equal((FunnelStage.ConditionsAcknowledged, Day1.AddDays(5), "Acknowledged", 0),
            (transition!.Stage, transition.OccurredUtc, transition.Reason, transition.Skipping.Count));
        Assert.Equal([FunnelStage.InvitedToAssessment, FunnelStage.ConditionsAcknowledged, FunnelStage.ListeningExercise, FunnelStage.MockCall, FunnelStage.MockCall],
            Enum.GetValues<Observation>().Select(ObservedSteps.StageOf));
    }

    [Fact]
    public void Nothing_is_recorded_at_or_past_the_stage_after_an_ending_or_where_the_campaign_has_no_such_stage()
    {
        var atListening = At(FunnelStage.Applied, FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment,
            FunnelStage.ConditionsAcknowledged, FunnelStage.ListeningExercise);
        var ended = At(FunnelStage.Applied).Apply(JourneyEvent.Ended(FunnelStage.Applied, FunnelOutcome.Withdrew, Day1.AddDays(1)));

        Assert.Null(ObservedSteps.Transition(Observation.ListeningHandedIn, atListening, StageSet.All, Day1.AddDays(9), "again"));
        Assert.Null(ObservedSteps.Transition(Observation.MockCallBooked, atListening, StageSet.All, Day1.AddDays(9), "late booking"));
        Assert.Null(ObservedSteps.Transition(Observation.MockCallBooked, ended, StageSet.All, Day1.AddDays(9), "booked"));
        Assert.Null(ObservedSteps.Transition(Observation.ListeningHandedIn, At(FunnelStage.Applied),
            StageSet.All.Without(FunnelStage.ListeningExercise), Day1.AddDays(9), "no such stage"));
    }

    [Fact]
    public void Something_seen_before_the_last_change_is_dated_at_that_change()
    {
        var journey = At(FunnelStage.Applied, FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment); // last change on day 3

        var transition = ObservedSteps.Transition(Observation.ConditionsAcknowledged, journey, StageSet.All, Day1, "Acknowledged before the invitation was recorded");

        Assert.Equal(Day1.AddDays(2), transition!.OccurredUtc);
    }

    [Fact]
    public void A_missed_call_ends_the_journey_as_did_not_attend_unless_the_candidate_already_took_a_call()
    {
        var atListening = At(FunnelStage.Applied, FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment,
            FunnelStage.ConditionsAcknowledged, FunnelStage.ListeningExercise);
        var atMockCall = atListening.Apply(JourneyEvent.Entered(FunnelStage.MockCall, Day1.AddDays(6)));

        var missed = ObservedSteps.Transition(Observation.MockCallMissed, atListening, StageSet.All, Day1.AddDays(7), "Did not answer");

        Assert.Equal(((FunnelStage?)null, (FunnelOutcome?)FunnelOutcome.NoShow, Day1.AddDays(7), "Did not answer"),
            (missed!.Stage, missed.Outcome, missed.OccurredUtc, missed.Reason));
        Assert.Null(ObservedSteps.Transition(Observation.MockCallMissed, atMockCall, StageSet.All, Day1.AddDays(7), "second call missed"));
        Assert.Equal([Observation.MockCallAnswered, Observation.MockCallMissed, null],
            new CallEvent[] { new CallAnswered(Day1, 0), new NoShowRecorded(Day1, 0, Guid.Empty), new CallRang(Day1, 0) }.Select(ObservedSteps.Of));
    }
}
