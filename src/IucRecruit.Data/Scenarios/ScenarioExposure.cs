using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Candidates;

namespace IucRecruit.Data.Scenarios;

/// <summary>A candidate met a library item, in one exact version: the rotation never gives it to
/// them again, and the library pages count how widely each item has been seen.</summary>
public sealed class ScenarioExposure
{
    public Guid Id { get; set; }
    public required string ScenarioId { get; set; }

    /// <summary>The item's content hash at the time (<see cref="LibraryItem.Version"/>).</summary>
    public required string ScenarioVersion { get; set; }

    public Guid CandidateId { get; set; }
    public Candidate? Candidate { get; set; }
    public DateTime OccurredUtc { get; set; }
    public ExposurePurpose Purpose { get; set; }
}
