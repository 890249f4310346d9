using IucRecruit.Core.Assessment.Scoring;
using static IucRecruit.Core.Tests.Assessment.Scoring.ScoringScenarios;

namespace IucRecruit.Core.Tests.Assessment.Scoring;

public sealed class ScoreSheetTests
{
    [Fact]
    public void Every_criterion_needs_a_point_of_its_own_scale()
    {
        var (sheet, problems) = ScoreSheet.From(Rubric,
            new Dictionary<string, int?> { ["accuracy"] = 3, ["empathy"] = 7, ["call-handling"] = null, ["charm"] = 2 }, ["rude", "late"]);

        Assert.Null(sheet);
        Assert.Equal(
        [
            ("empathy", "7 is not a point of the Empathy scale (1, 2, 3, 4)."),
            ("call-handling", "Choose a rating for Ability to handle the call."),
            ("listening", "Choose a rating for Listening."),
            ("charm", "The rubric has no criterion 'charm'."),
            ("late", "The scenario has no critical fail 'late'."),
        ], problems);
    }

    [Fact]
    public void A_complete_form_gives_a_sheet_in_rubric_order()
    {
        var (sheet, problems) = ScoreSheet.From(Rubric,
            new Dictionary<string, int?> { ["listening"] = 2, ["call-handling"] = 4, ["empathy"] = 3, ["accuracy"] = 1 }, ["rude"]);

        Assert.Empty(problems);
        Assert.Equal(["accuracy", "empathy", "call-handling", "listening"], sheet!.Ratings.Select(r => r.CriterionId));
        Assert.Equal(["rude"], sheet.CriticalFails);
        Assert.Equal(4, sheet.PointsFor("call-handling"));
    }

    [Fact]
    public void A_moderation_needs_an_agreed_point_and_a_reason_for_every_item()
    {
        var state = CallResultRules.Evaluate(Rubric, 2, [Sheet(1, 3, 3, 3, "rude"), Sheet(3, 3, 3, 3)], 1, null);

        var (decision, problems) = ModerationDecision.From(state.CriteriaToModerate, state.CriticalFailsToModerate,
            new Dictionary<string, int?> { ["accuracy"] = 2 }, new Dictionary<string, bool?>(), new Dictionary<string, string?> { ["accuracy"] = " " });

        Assert.Null(decision);
        Assert.Equal(["reason-accuracy", "rude", "reason-rude"], problems.Select(p => p.Field));
    }
}
