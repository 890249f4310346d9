namespace IucRecruit.Core.Funnel;

/// <summary>
/// The steps of the recruitment funnel, in order (DOMAIN.md, Funnel). A candidate "reaches" a stage
/// when it is recorded that they are at it; moving to a later stage means they passed it. Stages
/// after <see cref="Started"/> are the milestones of employment: the time spent in
/// <see cref="Started"/> is the induction, in <see cref="InductionCompleted"/> the NHS Pathways
/// training, in <see cref="PathwaysExamPassed"/> the supervised call handling.
/// </summary>
/// <remarks>The numbers are stored in bit masks (<see cref="StageSet"/>): never renumber.</remarks>
public enum FunnelStage
{
    Applied = 0,
    Shortlisted = 1,
    InvitedToAssessment = 2,
    /// <summary>Hours, weekends and bank holidays explained and acknowledged, on the day or in
    /// writing (seeds/001: "both verbally on the day and in written form").</summary>
    ConditionsAcknowledged = 3,
    ListeningExercise = 4,
    /// <summary>Mock call(s), gated on accuracy, empathy and call handling (seeds/001).</summary>
    MockCall = 5,
    Interview = 6,
    Offered = 7,
    OfferAccepted = 8,
    PreEmploymentChecks = 9,
    Started = 10,
    InductionCompleted = 11,
    PathwaysExamPassed = 12,
    SignedOff = 13,
}

public static class FunnelStages
{
    /// <summary>Every stage, in funnel order.</summary>
    public static readonly IReadOnlyList<FunnelStage> InOrder = Enum.GetValues<FunnelStage>();

    /// <summary>Stages every campaign records and nobody may skip: an application, an offer and
    /// its acceptance, and the start ("no start before an accepted offer").</summary>
    public static readonly StageSet Mandatory =
        StageSet.Of(FunnelStage.Applied, FunnelStage.Offered, FunnelStage.OfferAccepted, FunnelStage.Started);

    /// <summary>The stages of the assessment day itself: the first of them dates the candidate's
    /// assessment day.</summary>
    public static readonly StageSet AssessmentDay =
        StageSet.Of(FunnelStage.ConditionsAcknowledged, FunnelStage.ListeningExercise, FunnelStage.MockCall, FunnelStage.Interview);

    /// <summary>The milestones of a starter's first months, in the order they are reached: each
    /// recorded by its date alone (by hand or from the workforce record), after the start.</summary>
    public static readonly IReadOnlyList<FunnelStage> EmploymentMilestones =
        [FunnelStage.InductionCompleted, FunnelStage.PathwaysExamPassed, FunnelStage.SignedOff];

    /// <summary>The stages the workforce record dates: the checks, the start and the milestones.</summary>
    public static readonly IReadOnlyList<FunnelStage> Employment =
        [FunnelStage.PreEmploymentChecks, FunnelStage.Started, .. EmploymentMilestones];

    /// <summary>Where a candidate is expected to turn up next, so that "did not attend" makes
    /// sense: the assessment day, or the first day at work.</summary>
    public static bool IsAttendance(FunnelStage stage) => AssessmentDay.Contains(stage) || stage == FunnelStage.Started;

    public static string DisplayName(this FunnelStage stage) => stage switch
    {
        FunnelStage.Applied => "Applied",
        FunnelStage.Shortlisted => "Shortlisted",
        FunnelStage.InvitedToAssessment => "Invited to assessment day",
        FunnelStage.ConditionsAcknowledged => "Working conditions acknowledged",
        FunnelStage.ListeningExercise => "Listening exercise",
        FunnelStage.MockCall => "Mock call",
        FunnelStage.Interview => "Interview",
        FunnelStage.Offered => "Offered",
        FunnelStage.OfferAccepted => "Offer accepted",
        FunnelStage.PreEmploymentChecks => "Pre-employment checks",
        FunnelStage.Started => "Started",
        FunnelStage.InductionCompleted => "Induction completed",
        FunnelStage.PathwaysExamPassed => "NHS Pathways training and exam passed",
        FunnelStage.SignedOff => "Supervised practice signed off",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}
