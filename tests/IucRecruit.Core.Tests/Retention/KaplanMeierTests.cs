using IucRecruit.Core.Retention;

namespace IucRecruit.Core.Tests.Retention;

/// <summary>
/// The 6-mercaptopurine arm of the leukaemia remission trial (Freireich E J et al. Blood
/// 1963;21:699–716, as tabulated by Gehan E A. Biometrika 1965;52:203–223): weeks in remission,
/// + for censored. The estimates and Greenwood standard errors are the worked example of Klein J P,
/// Moeschberger M L. Survival Analysis, 2nd ed. 2003, Table 4.1A (also Kleinbaum D G, Klein M.
/// Survival Analysis: A Self-Learning Text, 3rd ed. 2012, ch. 2); the log-log limits are those of
/// R's survfit(Surv(weeks, relapse) ~ 1, conf.type = "log-log").
/// </summary>
public sealed class KaplanMeierTests
{
    public static readonly SurvivalObservation[] SixMp =
    [
        new(6, true, 3), new(6, false), new(7, true), new(9, false), new(10, true), new(10, false), new(11, false),
        new(13, true), new(16, true), new(17, false), new(19, false), new(20, false), new(22, true), new(23, true),
        new(25, false), new(32, false, 2), new(34, false), new(35, false),
    ];

    [Theory]
    [InlineData(6, 21, 0.8571, 0.0764, 0.6197, 0.9516)]
    [InlineData(7, 17, 0.8067, 0.0869, 0.5631, 0.9228)]
    [InlineData(10, 15, 0.7529, 0.0963, 0.5032, 0.8894)]
    [InlineData(13, 12, 0.6902, 0.1068, 0.4316, 0.8491)]
    [InlineData(16, 11, 0.6275, 0.1141, 0.3675, 0.8049)]
    [InlineData(22, 7, 0.5378, 0.1282, 0.2678, 0.7468)]
    [InlineData(23, 6, 0.4482, 0.1346, 0.1881, 0.6801)]
    public void Matches_the_published_6_MP_estimates(double week, long atRisk, double survival, double se, double lower, double upper)
    {
        var step = KaplanMeier.Estimate(SixMp).At(week);

        Assert.Equal(atRisk, step.AtRisk);
        Assert.Equal(survival, step.Survival, 4);
        Assert.Equal(se, step.StandardError, 4);
        Assert.Equal(lower, step.Lower, 4);
        Assert.Equal(upper, step.Upper, 4);
    }

    [Fact]
    public void Censoring_changes_the_numbers_at_risk_but_not_the_estimate()
    {
        var curve = KaplanMeier.Estimate(SixMp);

        Assert.Equal(21, curve.Subjects);
        Assert.Equal(9, curve.Events);
        Assert.Equal(curve.At(23).Survival, curve.At(34).Survival);
        Assert.Equal(4, curve.AtRiskAt(32));
        Assert.Equal(2, curve.AtRiskAt(33));
        Assert.Equal(1.0, curve.At(5).Survival);
        Assert.Equal(0, curve.AtRiskAt(36));
    }

    [Fact]
    public void Edge_cases_give_defined_numbers_never_NaN()
    {
        var empty = KaplanMeier.Estimate([]);
        Assert.Empty(empty.Steps);
        Assert.Equal(1.0, empty.At(10).Survival);

        var allLeave = KaplanMeier.Estimate([new(3, true, 2)]);
        Assert.Equal(new SurvivalStep(3, 2, 2, 0, 0, 0, 0, 0), allLeave.Steps.Single());

        var nobodyLeaves = KaplanMeier.Estimate([new(3, false, 4), new(8, false)]);
        Assert.All(nobodyLeaves.Steps, s => Assert.Equal((1.0, 1.0, 1.0), (s.Survival, s.Lower, s.Upper)));
    }
}
