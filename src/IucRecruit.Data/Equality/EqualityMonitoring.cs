using IucRecruit.Core.Equality;
using IucRecruit.Data.Candidates;

namespace IucRecruit.Data.Equality;

/// <summary>
/// A candidate's answers to the equality monitoring questions: sensitive personal data, kept in a
/// table of its own, every answer optional. No staff page shows a person's answers (the candidate
/// sees their own, and a subject access export holds them); they reach the dashboard only as counts of groups of five or more (<see cref="AdverseImpact"/>). Beside the
/// answers, a copy of the candidate's funnel position and filter columns (derived, written with
/// every change by <see cref="Funnel.FunnelWriter"/>) lets the dashboard count a site's or a
/// campaign's candidates by group without joining two large tables; the answers are never copied
/// elsewhere.
/// </summary>
public sealed class EqualityMonitoring
{
    public Guid CandidateId { get; set; }
    public Candidate? Candidate { get; set; }
    public Sex? Sex { get; set; }
    public AgeBand? AgeBand { get; set; }
    public Ethnicity? Ethnicity { get; set; }
    public Disability? Disability { get; set; }
    public Religion? Religion { get; set; }
    public SexualOrientation? SexualOrientation { get; set; }
    public DateTime RecordedUtc { get; set; }

    // Derived from the candidate's stage log and campaign (docs/decisions/0010).
    public Guid CampaignId { get; set; }
    public Core.Campaigns.AdvisorRole Role { get; set; }
    public string Site { get; set; } = "";
    public Core.Candidates.RecruitmentChannel Channel { get; set; }
    public DateTime AppliedUtc { get; set; }
    public DateOnly? AssessmentDay { get; set; }
    public int ReachedStages { get; set; }
    public Core.Funnel.FunnelStage CurrentStage { get; set; }
    public Core.Funnel.FunnelOutcome? Outcome { get; set; }

    /// <summary>The answers alone, without the derived columns.</summary>
    public EqualityMonitoring Answers() => new()
    {
        CandidateId = CandidateId, Sex = Sex, AgeBand = AgeBand, Ethnicity = Ethnicity, Disability = Disability,
        Religion = Religion, SexualOrientation = SexualOrientation, RecordedUtc = RecordedUtc,
    };

    /// <summary>The stored group for each characteristic (enum name, or "not recorded").</summary>
    public string GroupOf(ProtectedCharacteristic characteristic) => (characteristic switch
    {
        ProtectedCharacteristic.Sex => Sex?.ToString(),
        ProtectedCharacteristic.Age => AgeBand?.ToString(),
        ProtectedCharacteristic.Ethnicity => Ethnicity?.ToString(),
        ProtectedCharacteristic.Disability => Disability?.ToString(),
        ProtectedCharacteristic.Religion => Religion?.ToString(),
        ProtectedCharacteristic.SexualOrientation => SexualOrientation?.ToString(),
        _ => throw new ArgumentOutOfRangeException(nameof(characteristic), characteristic, null),
    }) ?? ProtectedCharacteristics.NotRecorded;
}
