using IucRecruit.Core.Equality;
using IucRecruit.Data.Candidates;

namespace IucRecruit.Data.Equality;

/// <summary>
/// A candidate's answers to the equality monitoring questions: sensitive personal data, kept in a
/// table of its own, every answer optional. No page shows a person's answers; they reach the
/// dashboard only as counts of groups of five or more (<see cref="AdverseImpact"/>).
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
