using IucRecruit.Core.Funnel;
using IucRecruit.Data.Candidates;

namespace IucRecruit.Data.Funnel;

/// <summary>
/// One entry of a candidate's stage log: append-only, numbered per candidate. Current stage and
/// every funnel statistic derive from it (DESIGN.md §4). Written only by <see cref="StageLog"/>
/// (one change at a time) and <see cref="FunnelBulkWriter"/> (imports, demo and benchmark data).
/// </summary>
public sealed class StageEvent
{
    public Guid CandidateId { get; set; }
    public Candidate? Candidate { get; set; }

    /// <summary>1, 2, 3… per candidate. Two simultaneous changes to one candidate cannot both take
    /// the same number, so one of them is refused rather than lost.</summary>
    public int Sequence { get; set; }

    public JourneyEventKind Kind { get; set; }

    /// <summary>The stage entered or skipped; for an ending, the stage the candidate was at.</summary>
    public FunnelStage Stage { get; set; }

    /// <summary>Where the candidate was before (null for the first entry).</summary>
    public FunnelStage? FromStage { get; set; }

    public FunnelOutcome? Outcome { get; set; }
    public string? Reason { get; set; }

    /// <summary>The product itself as the one who recorded a change: what it saw a candidate do
    /// (<see cref="ObservedProgress"/>) or a mock-call result. No user has this id (user ids are
    /// version 7; this is the nil id's neighbour), so the log can never attribute it to a person.</summary>
    public static readonly Guid ProductActorId = new("00000000-0000-0000-0000-000000000001");

    /// <summary>Who recorded it: a user, the product (<see cref="ProductActorId"/>), or null for
    /// imports.</summary>
    public Guid? ActorUserId { get; set; }

    public bool RecordedByTheProduct => ActorUserId == ProductActorId;

    /// <summary>When it happened (an import or a late record can date it in the past).</summary>
    public DateTime OccurredUtc { get; set; }

    public DateTime RecordedUtc { get; set; }

    public JourneyEvent ToJourneyEvent() => new(Kind, Stage, Outcome, OccurredUtc);
}
