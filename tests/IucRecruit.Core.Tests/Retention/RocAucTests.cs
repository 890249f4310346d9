using IucRecruit.Core.Retention;

namespace IucRecruit.Core.Tests.Retention;

/// <summary>
/// Hanley J A, McNeil B J. The meaning and use of the area under a receiver operating characteristic
/// (ROC) curve. Radiology 1982;143:29–36, Table 1: 109 CT images rated 1 (definitely normal) to 5
/// (definitely abnormal) by a radiologist; 58 were normal, 51 abnormal. Published: area 0.893,
/// standard error 0.032.
/// </summary>
public sealed class RocAucTests
{
    private static readonly ScoreOutcomeCount[] CtImages =
    [
        new(1, Positives: 3, Negatives: 33), new(2, 2, 6), new(3, 2, 6), new(4, 11, 11), new(5, 33, 2),
    ];

    [Fact]
    public void Matches_Hanley_and_McNeils_worked_example()
    {
        var result = RocAuc.Compute(CtImages)!;

        Assert.Equal(0.893, result.Auc, 3);
        Assert.Equal(0.032, result.StandardError, 3);
        Assert.Equal(result.Auc - 1.959964 * result.StandardError, result.Lower, 6);
        Assert.Equal((51, 58), (result.Positives, result.Negatives));
    }

    [Fact]
    public void A_score_that_separates_perfectly_or_not_at_all()
    {
        Assert.Equal(1.0, RocAuc.Compute([new(1, 0, 5), new(2, 4, 0)])!.Auc);
        Assert.Equal(1.0, RocAuc.Compute([new(1, 0, 5), new(2, 4, 0)])!.Upper);
        Assert.Equal(0.5, RocAuc.Compute([new(3, 4, 4)])!.Auc);
    }

    [Fact]
    public void No_area_without_both_outcomes() =>
        Assert.Null(RocAuc.Compute([new(3, 5, 0), new(4, 2, 0)]));
}
