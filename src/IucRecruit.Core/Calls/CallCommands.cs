namespace IucRecruit.Core.Calls;

/// <summary>What a participant asks of a call. <see cref="CallRules.Decide"/> turns a command into
/// the events it causes, or refuses it with a reason.</summary>
public abstract record CallCommand;

public sealed record Ring : CallCommand;

public sealed record Answer : CallCommand;

public sealed record PlayClip(string ClipId) : CallCommand;

public sealed record SetMuted(bool Muted) : CallCommand;

public sealed record UpdateRecordField(string FieldId, string Value) : CallCommand;

public sealed record EndCall : CallCommand;

/// <summary>The parts of a scenario that the rules check commands against.</summary>
public sealed record CallScript(
    IReadOnlyDictionary<string, int> RecordFieldMaxLengths,
    IReadOnlyDictionary<string, (string Label, TimeSpan Duration)> Clips);

/// <summary>The outcome of a command: the events to append, or why it was refused.</summary>
public sealed record CallDecision(IReadOnlyList<CallEvent> Events, string? Refusal)
{
    public bool Accepted => Refusal is null;

    public static CallDecision Refuse(string reason) => new([], reason);

    public static CallDecision Accept(params CallEvent[] events) => new(events, null);
}
