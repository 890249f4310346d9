using IucRecruit.Core.Calls;

namespace IucRecruit.Web.Features.Calls;

/// <summary>What a participant receives on joining (and re-joining after a reconnect): enough to
/// draw the call as it is now. The call record is given only to those who see it; an assessor gets
/// back their own evidence, and nobody else's.</summary>
[GenerateSerializer, Immutable]
public sealed record CallSnapshot(
    [property: Id(0)] Guid CallId,
    [property: Id(1)] CallParty Party,
    [property: Id(2)] CallPhase Phase,
    [property: Id(3)] long CallMs,
    [property: Id(4)] IReadOnlyDictionary<string, string>? RecordFields,
    [property: Id(5)] IReadOnlyList<ClipPlayed> ClipsPlayed,
    [property: Id(6)] IReadOnlyList<CallParty> Muted,
    [property: Id(7)] IReadOnlyList<PresentParticipant> Present,
    [property: Id(8)] IReadOnlyList<EvidenceNoted>? Evidence);

[GenerateSerializer, Immutable]
public sealed record PresentParticipant([property: Id(0)] CallParty Party, [property: Id(1)] string DisplayName);

/// <summary>The result of asking to join: the snapshot, or why not.</summary>
[GenerateSerializer, Immutable]
public sealed record JoinOutcome([property: Id(0)] CallSnapshot? Snapshot, [property: Id(1)] string? Refusal);
