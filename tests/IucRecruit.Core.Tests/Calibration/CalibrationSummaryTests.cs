using IucRecruit.Core.Calibration;
using static IucRecruit.Core.Tests.Assessment.Scoring.ScoringScenarios;

namespace IucRecruit.Core.Tests.Calibration;

/// <summary>The calibration report's plain summary (issue 14): who scores high or low against the
/// others and the reference, on which criterion, and whether agreement is good enough.</summary>
public sealed class CalibrationSummaryTests
{
    [Fact]
    public void Three_recordings_are_too_few_to_judge_and_no_interval_is_quoted()
    {
        var criteria = CalibrationAnalysis.Analyse(Recordings(3), ["Asha", "Bilal"],
            [.. Enumerable.Range(1, 3).SelectMany(i => new[] { new CalibrationSheet($"Recording {i}", "Asha", Sheet(3, 3, 3, 3)), new($"Recording {i}", "Bilal", Sheet(3, 3, 3, 3)) })]);

        var sentences = CalibrationSummary.Sentences(criteria);

        Assert.Equal(["Too few recordings to judge: 3 scored, and at least 5 are needed before the differences and agreement mean anything."], sentences);
        Assert.True(CalibrationSummary.TooFewToJudge(criteria[0].Report.Leniency[0].MeanDifference));
    }

    [Fact]
    public void An_assessor_who_scores_empathy_higher_than_the_others_and_the_reference_is_named_with_the_criterion()
    {
        // Eight recordings: Chen gives one point more for empathy than Asha and Bilal on every one,
        // and the reference agrees with Asha and Bilal; otherwise all three agree closely.
        var recordings = Recordings(8, reference: i => 1 + i % 3);
        var sheets = Enumerable.Range(1, 8).SelectMany(i => new[]
        {
            new CalibrationSheet($"Recording {i}", "Asha", Sheet(1 + i % 4, 1 + i % 3, 1 + i % 4, 1 + i % 4)),
            new CalibrationSheet($"Recording {i}", "Bilal", Sheet(1 + i % 4, 1 + i % 3, 1 + i % 4, 1 + i % 4)),
            new CalibrationSheet($"Recording {i}", "Chen", Sheet(1 + i % 4, 2 + i % 3, 1 + i % 4, 1 + i % 4)),
        }).ToList();

        var sentences = CalibrationSummary.Sentences(CalibrationAnalysis.Analyse(recordings, ["Asha", "Bilal", "Chen"], sheets));

        Assert.Contains("Chen scores higher than the other assessors on Empathy (+1.0 points on average over 8 recordings).", sentences);
        Assert.Contains("Chen scores higher than the reference scores on Empathy (+1.0 points on average over 8 recordings).", sentences);
        // Against peers, Asha and Bilal are half a point below the mean of the other two (one of them Chen);
        // against the reference they are in line.
        Assert.Contains("Asha scores lower than the other assessors on Empathy (-0.5 points on average over 8 recordings).", sentences);
        Assert.DoesNotContain(sentences, s => s.Contains("than the reference", StringComparison.Ordinal) && !s.StartsWith("Chen", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.StartsWith("Accuracy: agreement is excellent (ICC(2,1) 1.00", StringComparison.Ordinal)
                                        && s.EndsWith("good enough for one assessor to score alone.", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.StartsWith("Empathy: agreement is", StringComparison.Ordinal)
                                        && s.EndsWith("not good enough for one assessor to score alone: agree how to apply this criterion.", StringComparison.Ordinal));
    }

    private static CalibrationRecording[] Recordings(int count, Func<int, int>? reference = null) =>
    [
        .. Enumerable.Range(1, count).Select(i => new CalibrationRecording($"Recording {i}", Rubric,
            reference is null ? new Dictionary<string, int>() : new Dictionary<string, int> { ["empathy"] = reference(i) })),
    ];
}
