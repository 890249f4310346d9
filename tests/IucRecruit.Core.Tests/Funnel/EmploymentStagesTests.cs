using IucRecruit.Core.Funnel;

namespace IucRecruit.Core.Tests.Funnel;

/// <summary>The one list of employment milestones that the records, the workforce import, the
/// candidate's page and the synthetic data all follow.</summary>
public sealed class EmploymentStagesTests
{
    [Fact]
    public void The_milestones_are_induction_then_the_Pathways_exam_then_sign_off_all_after_the_start()
    {
        Assert.Equal([FunnelStage.InductionCompleted, FunnelStage.PathwaysExamPassed, FunnelStage.SignedOff], FunnelStages.EmploymentMilestones);
        Assert.Equal([FunnelStage.PreEmploymentChecks, FunnelStage.Started, FunnelStage.InductionCompleted, FunnelStage.PathwaysExamPassed, FunnelStage.SignedOff],
            FunnelStages.Employment);
    }
}
