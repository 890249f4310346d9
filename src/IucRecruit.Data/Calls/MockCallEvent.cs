namespace IucRecruit.Data.Calls;

/// <summary>One entry of a call's append-only event log (DESIGN.md §1). The payload is the event
/// as JSON (<see cref="IucRecruit.Core.Calls.CallEventJson"/>).</summary>
public sealed class MockCallEvent
{
    public Guid Id { get; set; }
    public Guid MockCallId { get; set; }
    public long Sequence { get; set; }
    public required string Type { get; set; }
    public DateTime AtUtc { get; set; }
    public long CallMs { get; set; }
    public Guid? ActorUserId { get; set; }
    public required string Payload { get; set; }
}
