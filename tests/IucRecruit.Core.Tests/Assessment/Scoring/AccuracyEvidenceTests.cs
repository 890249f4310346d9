using IucRecruit.Core.Assessment.Scoring;
using static IucRecruit.Core.Tests.Assessment.Scoring.ScoringScenarios;

namespace IucRecruit.Core.Tests.Assessment.Scoring;

/// <summary>The call record against the scenario's true values, field by field with each field's
/// matching rule, and what the outcome field says about the red flags.</summary>
public sealed class AccuracyEvidenceTests
{
    [Fact]
    public void Each_field_is_checked_with_its_own_rule_and_explained()
    {
        var report = AccuracyEvidence.Check(Scenario, new Dictionary<string, string>
        {
            ["patient-name"] = "Frank Hil", ["postcode"] = "LS14 4AP", ["disposition"] = "999",
        });

        Assert.Equal([true, false, true], report.Fields.Select(c => c.Matched));
        Assert.Equal((2, 3), (report.FieldsMatched, report.FieldCount));
        Assert.Contains("different postcode", report.Checks[1].Explanation, StringComparison.Ordinal);
        Assert.Equal(AccuracyCheckKind.Disposition, report.Checks[2].Kind);
        Assert.Equal("Emergency ambulance (999)", report.Checks[2].Expected);
    }

    [Fact]
    public void The_outcome_field_shows_whether_a_red_flag_was_escalated()
    {
        var escalated = AccuracyEvidence.Check(Scenario, new Dictionary<string, string> { ["disposition"] = "Ambulance" });
        var notEscalated = AccuracyEvidence.Check(Scenario, new Dictionary<string, string> { ["disposition"] = "See your GP" });
        var nothing = AccuracyEvidence.Check(Scenario, new Dictionary<string, string>());

        var flag = escalated.Checks.Single(c => c.Kind == AccuracyCheckKind.RedFlag);
        Assert.Equal((true, "chest-pain"), (flag.Matched, flag.Id));
        Assert.False(notEscalated.Checks.Single(c => c.Kind == AccuracyCheckKind.RedFlag).Matched);
        var empty = nothing.Checks.Single(c => c.Kind == AccuracyCheckKind.RedFlag);
        Assert.Equal((false, "No outcome was recorded, so the call record does not show this red flag escalated."), (empty.Matched, empty.Explanation));
        Assert.Equal(0, nothing.FieldsMatched);
    }

    [Fact]
    public void Without_an_outcome_field_the_record_cannot_tell()
    {
        var scenario = Scenario with { CallRecord = [.. Scenario.CallRecord.Where(f => f.Id != AccuracyEvidence.DispositionField)] };

        var flag = AccuracyEvidence.Check(scenario, new Dictionary<string, string>()).Checks.Single(c => c.Kind == AccuracyCheckKind.RedFlag);

        Assert.Null(flag.Matched);
    }
}
