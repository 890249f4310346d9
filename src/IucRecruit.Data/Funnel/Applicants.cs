using IucRecruit.Core.Candidates;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Candidates;
using IucRecruit.Data.Equality;

namespace IucRecruit.Data.Funnel;

/// <summary>What an application says about a person.</summary>
public sealed record ApplicantDetails(
    string GivenName, string FamilyName, string Email, RecruitmentChannel Channel, DateTime AppliedUtc,
    EqualityMonitoring? Equality = null, IReadOnlyList<ContractType>? PreferredContractTypes = null,
    string? FlexibleWorkingNotes = null, string? AdjustmentNotes = null, string? MobileNumber = null);

/// <summary>Turns an application into a new candidate whose stage log starts at
/// <see cref="FunnelStage.Applied"/>, checked by the same rules as every other change.</summary>
public static class Applicants
{
    /// <summary>Why an application on <paramref name="appliedUtc"/> cannot be recorded, if it cannot.</summary>
    public static string? Refusal(Campaign campaign, DateTime appliedUtc, DateTime nowUtc) =>
        StageRules.Check(JourneyState.Empty, StageTransition.Enter(FunnelStage.Applied, null, appliedUtc),
            new TransitionContext(campaign.Stages, false, false, nowUtc)).Refusal;

    public static (NewCandidate? Candidate, string? Refusal) Build(Campaign campaign, ApplicantDetails details, Guid? actorUserId,
        string? reason, DateTime nowUtc)
    {
        var id = Guid.CreateVersion7();
        var journey = new JourneyBuilder(id, JourneyState.Empty, new TransitionContext(campaign.Stages, false, false, nowUtc), actorUserId);
        if (journey.TryApply(StageTransition.Enter(FunnelStage.Applied, reason, details.AppliedUtc)) is { } refusal) return (null, refusal);

        var candidate = new Candidate
        {
            Id = id,
            CampaignId = campaign.Id,
            GivenName = details.GivenName,
            FamilyName = details.FamilyName,
            Email = details.Email,
            MobileNumber = details.MobileNumber,
            Channel = details.Channel,
            CreatedUtc = nowUtc,
            AdjustmentNotes = details.AdjustmentNotes,
            PreferredContractTypes = details.PreferredContractTypes ?? [],
            FlexibleWorkingNotes = details.FlexibleWorkingNotes,
        };
        if (details.Equality is { } equality) equality.CandidateId = id;
        return (new NewCandidate(candidate, campaign.Role, campaign.Site, campaign.Stages, journey.Events, journey.Journey, details.Equality), null);
    }
}
