using IucRecruit.Core.Funnel;

namespace IucRecruit.Core.Tests.Funnel;

public sealed class StageRulesTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TransitionContext Everything = new(StageSet.All, ConditionsAcknowledged: true, ContractTypeRecorded: true, Now);

    private static JourneyState At(params FunnelStage[] path) =>
        JourneyState.Replay(path.Select((s, i) => JourneyEvent.Entered(s, Now.AddDays(-30 + i))));

    private static TransitionDecision Check(JourneyState state, StageTransition transition, TransitionContext? context = null) =>
        StageRules.Check(state, transition, context ?? Everything);

    [Fact]
    public void The_first_stage_is_applied()
    {
        Assert.True(Check(JourneyState.Empty, StageTransition.Enter(FunnelStage.Applied)).Accepted);
        Assert.Equal("The candidate has no stage yet: the first stage is Applied.",
            Check(JourneyState.Empty, StageTransition.Enter(FunnelStage.Shortlisted)).Refusal);
    }

    [Fact]
    public void No_mock_call_result_without_a_mock_call()
    {
        var listening = At(FunnelStage.Applied, FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment,
            FunnelStage.ConditionsAcknowledged, FunnelStage.ListeningExercise);

        // Passing the mock call is moving on to the interview: refused from the listening exercise.
        var pass = Check(listening, StageTransition.Enter(FunnelStage.Interview));
        Assert.Equal("Record Mock call first, or skip it with a reason: the candidate is at Listening exercise.", pass.Refusal);

        var atMockCall = listening.Apply(JourneyEvent.Entered(FunnelStage.MockCall, Now.AddDays(-1)));
        Assert.True(Check(atMockCall, StageTransition.Enter(FunnelStage.Interview)).Accepted);
        var fail = Check(atMockCall, StageTransition.End(FunnelOutcome.Rejected, "Empathy below the pass mark"));
        Assert.Equal([JourneyEvent.Ended(FunnelStage.MockCall, FunnelOutcome.Rejected, Now)], fail.Events);
    }

    [Fact]
    public void No_start_before_an_accepted_offer_and_it_cannot_be_skipped()
    {
        var offered = At(FunnelStage.Applied, FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment, FunnelStage.ConditionsAcknowledged,
            FunnelStage.ListeningExercise, FunnelStage.MockCall, FunnelStage.Interview, FunnelStage.Offered);

        Assert.Equal("Record Offer accepted first: every campaign records it, so it cannot be skipped.",
            Check(offered, StageTransition.Enter(FunnelStage.Started, "Keen", skipping: [FunnelStage.OfferAccepted, FunnelStage.PreEmploymentChecks])).Refusal);
    }

    [Fact]
    public void Skipped_stages_are_explicit_with_a_reason_and_logged_before_the_move()
    {
        var applied = At(FunnelStage.Applied);
        var to = StageTransition.Enter(FunnelStage.InvitedToAssessment, "Internal transfer", skipping: [FunnelStage.Shortlisted]);

        var decision = Check(applied, to);

        Assert.Equal([JourneyEvent.Skipped(FunnelStage.Shortlisted, Now), JourneyEvent.Entered(FunnelStage.InvitedToAssessment, Now)], decision.Events);
        Assert.Equal("Give a reason for skipping Shortlisted.",
            Check(applied, StageTransition.Enter(FunnelStage.InvitedToAssessment, skipping: [FunnelStage.Shortlisted])).Refusal);
        Assert.Equal("Record Shortlisted first, or skip it with a reason: the candidate is at Applied.",
            Check(applied, StageTransition.Enter(FunnelStage.InvitedToAssessment, "Keen")).Refusal);
        Assert.StartsWith("Interview cannot be skipped here",
            Check(applied, StageTransition.Enter(FunnelStage.Shortlisted, "x", skipping: [FunnelStage.Interview])).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Stages_the_campaign_does_not_use_are_neither_needed_nor_allowed()
    {
        var noListening = Everything with { CampaignStages = StageSet.All.Without(FunnelStage.ListeningExercise) };
        var acknowledged = At(FunnelStage.Applied, FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment, FunnelStage.ConditionsAcknowledged);

        Assert.True(Check(acknowledged, StageTransition.Enter(FunnelStage.MockCall), noListening).Accepted);
        Assert.Equal("Listening exercise is not one of this campaign's stages.",
            Check(acknowledged, StageTransition.Enter(FunnelStage.ListeningExercise), noListening).Refusal);
    }

    [Fact]
    public void Working_conditions_must_be_acknowledged_on_record_and_a_start_needs_its_contract()
    {
        var invited = At(FunnelStage.Applied, FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment);
        Assert.StartsWith("Record the candidate's acknowledgement of the working conditions",
            Check(invited, StageTransition.Enter(FunnelStage.ConditionsAcknowledged), Everything with { ConditionsAcknowledged = false }).Refusal,
            StringComparison.Ordinal);

        var accepted = At(FunnelStage.Applied, FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment, FunnelStage.ConditionsAcknowledged,
            FunnelStage.ListeningExercise, FunnelStage.MockCall, FunnelStage.Interview, FunnelStage.Offered, FunnelStage.OfferAccepted,
            FunnelStage.PreEmploymentChecks);
        Assert.Equal("Record the start with its contract type.",
            Check(accepted, StageTransition.Enter(FunnelStage.Started), Everything with { ContractTypeRecorded = false }).Refusal);
    }

    [Fact]
    public void Going_back_or_standing_still_is_refused()
    {
        var interview = At(FunnelStage.Applied, FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment, FunnelStage.ConditionsAcknowledged,
            FunnelStage.ListeningExercise, FunnelStage.MockCall, FunnelStage.Interview);

        Assert.Equal("The candidate is already at Interview, which is past Shortlisted.",
            Check(interview, StageTransition.Enter(FunnelStage.Shortlisted)).Refusal);
        Assert.Equal("The candidate is already at Interview, which is that stage.",
            Check(interview, StageTransition.Enter(FunnelStage.Interview)).Refusal);
    }

    [Theory]
    [InlineData(FunnelOutcome.Withdrew, FunnelStage.Interview, null)]
    [InlineData(FunnelOutcome.Rejected, FunnelStage.Started, "The candidate has started: record them as a leaver instead.")]
    [InlineData(FunnelOutcome.Left, FunnelStage.Offered, "A candidate who has not started cannot leave: record a withdrawal instead.")]
    [InlineData(FunnelOutcome.Left, FunnelStage.InductionCompleted, null)]
    [InlineData(FunnelOutcome.DeclinedOffer, FunnelStage.Offered, null)]
    [InlineData(FunnelOutcome.DeclinedOffer, FunnelStage.Interview, "Only an offer can be declined: the candidate is at Interview.")]
    [InlineData(FunnelOutcome.NoShow, FunnelStage.InvitedToAssessment, null)]
    [InlineData(FunnelOutcome.NoShow, FunnelStage.PreEmploymentChecks, null)]
    [InlineData(FunnelOutcome.NoShow, FunnelStage.Shortlisted,
        "\"Did not attend\" is for a candidate expected at their assessment day or first day: the candidate is at Shortlisted.")]
    public void Outcomes_fit_the_stage(FunnelOutcome outcome, FunnelStage at, string? refusal)
    {
        var state = At(FunnelStages.InOrder.Where(s => s <= at).ToArray());

        Assert.Equal(refusal, Check(state, StageTransition.End(outcome, "A reason")).Refusal);
    }

    [Fact]
    public void Withdrawal_and_no_show_need_a_reason_and_end_the_journey()
    {
        var invited = At(FunnelStage.Applied, FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment);
        Assert.Equal("Give a reason for \"Did not attend\".", Check(invited, StageTransition.End(FunnelOutcome.NoShow, "  ")).Refusal);

        var noShow = invited.Apply(JourneyEvent.Ended(FunnelStage.InvitedToAssessment, FunnelOutcome.NoShow, Now.AddDays(-1)));
        Assert.Equal("The candidate's journey has ended (did not attend on 31 May 2026); nothing more can be recorded.",
            Check(noShow, StageTransition.Enter(FunnelStage.ConditionsAcknowledged)).Refusal);
    }

    [Fact]
    public void A_change_is_dated_between_the_previous_change_and_now()
    {
        var applied = At(FunnelStage.Applied); // applied 30 days before Now
        Assert.Equal("A change cannot be dated before the candidate's previous change (2 May 2026).",
            Check(applied, StageTransition.Enter(FunnelStage.Shortlisted, occurredUtc: Now.AddDays(-40))).Refusal);
        Assert.Equal("A change cannot be dated in the future (2 June 2026).",
            Check(applied, StageTransition.Enter(FunnelStage.Shortlisted, occurredUtc: Now.AddDays(1))).Refusal);
        Assert.Equal([JourneyEvent.Entered(FunnelStage.Shortlisted, Now.AddDays(-3))],
            Check(applied, StageTransition.Enter(FunnelStage.Shortlisted, occurredUtc: Now.AddDays(-3))).Events);
    }

    [Fact]
    public void A_change_known_only_by_its_date_may_fall_on_the_day_of_the_previous_change()
    {
        var applied = JourneyState.Empty.Apply(JourneyEvent.Entered(FunnelStage.Applied, Now.AddHours(-1))); // 11:00 today

        var sameDay = Check(applied, StageTransition.Enter(FunnelStage.Shortlisted, occurredUtc: Now.Date));

        Assert.True(sameDay.Accepted);
        Assert.Equal(0, sameDay.Events.Aggregate(applied, (s, e) => s.Apply(e)).DaysInStage[FunnelStage.Applied]);
    }
}
