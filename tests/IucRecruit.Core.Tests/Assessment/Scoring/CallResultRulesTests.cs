using IucRecruit.Core.Assessment.Scoring;
using static IucRecruit.Core.Tests.Assessment.Scoring.ScoringScenarios;

namespace IucRecruit.Core.Tests.Assessment.Scoring;

/// <summary>From blind score sheets to the result: gates against pass marks, critical fails, and
/// what two assessors must leave to the lead assessor.</summary>
public sealed class CallResultRulesTests
{
    private const double Tolerance = 1;

    [Fact]
    public void The_result_waits_for_every_assessor_booked_on_the_call()
    {
        var state = CallResultRules.Evaluate(Rubric, 2, [Sheet(3, 3, 3, 3)], Tolerance, null);

        Assert.Equal((AssessmentStage.AwaitingRatings, 1, 2), (state.Stage, state.Submitted, state.Expected));
        Assert.Null(state.Outcome);
    }

    [Fact]
    public void One_assessor_passes_a_call_whose_gates_reach_their_pass_marks_whatever_the_supporting_criteria()
    {
        var outcome = CallResultRules.Evaluate(Rubric, 1, [Sheet(3, 4, 3, 1)], Tolerance, null).Outcome!;

        Assert.True(outcome.Passed);
        Assert.Equal([3.0, 4, 3, 1], outcome.Criteria.Select(c => c.Score));
        Assert.Equal("Mock call passed: every gate reached its pass mark and no critical fail.", outcome.Reason);
    }

    [Fact]
    public void A_gate_below_its_pass_mark_fails_the_call_and_the_reason_names_it()
    {
        var outcome = CallResultRules.Evaluate(Rubric, 1, [Sheet(4, 2, 3, 4)], Tolerance, null).Outcome!;

        Assert.False(outcome.Passed);
        Assert.Equal([true, false, true, true], outcome.Criteria.Select(c => c.Passed));
        Assert.Equal("Mock call: empathy below the pass mark (2 of 4; pass mark 3).", outcome.Reason);
    }

    [Fact]
    public void A_critical_fail_fails_the_call_even_with_top_ratings()
    {
        var outcome = CallResultRules.Evaluate(Rubric, 1, [Sheet(4, 4, 4, 4, "chest-pain-missed")], Tolerance, null).Outcome!;

        Assert.False(outcome.Passed);
        Assert.All(outcome.Criteria, c => Assert.True(c.Passed));
        Assert.Equal("Mock call: critical fail: Does not send an ambulance for chest pain.", outcome.Reason);
    }

    [Fact]
    public void Two_assessors_within_tolerance_on_the_same_side_of_each_gate_are_averaged()
    {
        var state = CallResultRules.Evaluate(Rubric, 2, [Sheet(3, 4, 3, 1), Sheet(4, 3, 3, 2)], Tolerance, null);

        Assert.Equal(AssessmentStage.Decided, state.Stage);
        Assert.Equal([3.5, 3.5, 3, 1.5], state.Outcome!.Criteria.Select(c => c.Score));
        Assert.Equal(["mean of 3 and 4", "mean of 4 and 3", "both 3", "mean of 1 and 2"], state.Outcome.Criteria.Select(c => c.Basis));
    }

    [Fact]
    public void A_difference_beyond_tolerance_a_split_on_a_gate_and_a_critical_fail_seen_by_one_go_to_the_lead()
    {
        var first = Sheet(1, 3, 3, 1, "rude");
        var second = Sheet(3, 2, 3, 4);

        var state = CallResultRules.Evaluate(Rubric, 2, [first, second], Tolerance, null);

        Assert.Equal(AssessmentStage.AwaitingModeration, state.Stage);
        Assert.Equal([("accuracy", ModerationReason.BeyondTolerance), ("empathy", ModerationReason.SplitOnGate), ("listening", ModerationReason.BeyondTolerance)],
            state.CriteriaToModerate.Select(c => (c.Criterion.Id, c.Reason)));
        var disputed = Assert.Single(state.CriticalFailsToModerate);
        Assert.Equal(("rude", 1), (disputed.CriticalFail.Id, disputed.ConfirmedBy));
        Assert.Null(state.Outcome);
    }

    [Fact]
    public void The_lead_assessors_agreed_scores_settle_the_result_and_the_rest_stays_averaged()
    {
        var sheets = new[] { Sheet(1, 3, 3, 1, "rude"), Sheet(3, 2, 3, 4, "chest-pain-missed") };
        var decision = new ModerationDecision(
            [new("accuracy", 3, "Details right; one read back missed"), new("empathy", 3, "Acknowledged fear"), new("listening", 2, "Missed the breathing")],
            [new("rude", false, "Firm, not rude"), new("chest-pain-missed", false, "Ambulance sent at 1:40")]);

        var outcome = CallResultRules.Evaluate(Rubric, 2, sheets, Tolerance, decision).Outcome!;

        Assert.True(outcome.Passed);
        Assert.Equal([3.0, 3, 3, 2], outcome.Criteria.Select(c => c.Score));
        Assert.Equal("agreed by the lead assessor", outcome.Criteria[0].Basis);
        Assert.Empty(outcome.CriticalFails);
    }

    [Fact]
    public void A_critical_fail_both_assessors_confirm_stands_without_moderation()
    {
        var state = CallResultRules.Evaluate(Rubric, 2, [Sheet(3, 3, 3, 3, "chest-pain-missed"), Sheet(3, 3, 3, 3, "chest-pain-missed")], Tolerance, null);

        Assert.Equal(AssessmentStage.Decided, state.Stage);
        Assert.False(state.Outcome!.Passed);
        Assert.Equal("chest-pain-missed", Assert.Single(state.Outcome.CriticalFails).Id);
    }

    [Fact]
    public void A_wider_tolerance_moderates_less()
    {
        var sheets = new[] { Sheet(4, 4, 4, 1), Sheet(3, 3, 3, 3) };

        Assert.Equal(AssessmentStage.AwaitingModeration, CallResultRules.Evaluate(Rubric, 2, sheets, 1, null).Stage);
        Assert.Equal(AssessmentStage.Decided, CallResultRules.Evaluate(Rubric, 2, sheets, 2, null).Stage);
    }

    [Fact]
    public void A_moderation_that_leaves_an_item_unsettled_is_a_caller_bug()
    {
        var partial = new ModerationDecision([new("accuracy", 3, "ok")], []);

        var error = Assert.Throws<ArgumentException>(() => CallResultRules.Evaluate(Rubric, 2, [Sheet(1, 3, 3, 1, "rude"), Sheet(3, 2, 3, 4)], Tolerance, partial));

        Assert.Contains("empathy, listening, rude", error.Message, StringComparison.Ordinal);
    }
}
