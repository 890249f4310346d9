using IucRecruit.Core.Calls;

namespace IucRecruit.Web.Features.Calls;

/// <summary>What a participant receives on joining (and re-joining after a reconnect): enough to
/// draw the call as it is now. The call record is given only to those who see it; an assessor gets
/// back their own evidence, and nobody else's.</summary>
public sealed record CallSnapshot(
    Guid CallId,
    CallParty Party,
    CallPhase Phase,
    long CallMs,
    IReadOnlyDictionary<string, string>? RecordFields,
    IReadOnlyList<ClipPlayed> ClipsPlayed,
    IReadOnlyList<CallParty> Muted,
    IReadOnlyList<PresentParticipant> Present,
    IReadOnlyList<EvidenceNoted>? Evidence);

public sealed record PresentParticipant(CallParty Party, string DisplayName);

/// <summary>The result of asking to join: the snapshot, or why not.</summary>
public sealed record JoinOutcome(CallSnapshot? Snapshot, string? Refusal);
