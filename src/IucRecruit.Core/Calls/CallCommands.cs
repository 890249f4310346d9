namespace IucRecruit.Core.Calls;

/// <summary>What a participant asks of a call. <see cref="CallRules.Decide"/> turns a command into
/// the events it causes, or refuses it with a reason.</summary>
public abstract record CallCommand;

public sealed record Ring : CallCommand;

public sealed record Answer : CallCommand;

/// <summary>Strings in commands come from a client as sent, so they may be null:
/// <see cref="CallRules"/> refuses a missing one in words rather than failing on it.</summary>
public sealed record PlayClip(string? ClipId) : CallCommand;

public sealed record SetMuted(bool Muted) : CallCommand;

/// <param name="Value">The field's whole new text; an empty string clears it, null is refused.</param>
public sealed record UpdateRecordField(string? FieldId, string? Value) : CallCommand;

public sealed record EndCall : CallCommand;

public sealed record AnswerRecordingQuestion(bool Given, string? WordingVersion, string? Wording) : CallCommand;

/// <summary>An assessor's mark or note. <paramref name="AssessorUserId"/> is set by the server from
/// the signed-in assessor, never taken from the client.</summary>
/// <param name="CriterionId">The rubric criterion it is evidence for: needed for a mark, optional for a note.</param>
/// <param name="CriticalFailId">The scenario's critical-fail condition seen: needed for a critical fail only.</param>
public sealed record NoteEvidence(Guid AssessorUserId, EvidenceKind Kind, string? CriterionId, string? CriticalFailId, string? Text) : CallCommand;

/// <summary>The parts of a scenario that the rules check commands against, and how long the
/// candidate has after the call to finish the call record.</summary>
/// <remarks><see cref="Criteria"/> and <see cref="CriticalFails"/> (the rubric's ids) are what an
/// assessor's evidence may refer to.</remarks>
public sealed record CallScript(
    IReadOnlyDictionary<string, int> RecordFieldMaxLengths,
    IReadOnlyDictionary<string, (string Label, TimeSpan Duration)> Clips)
{
    /// <summary>Two minutes, as in the job, unless the candidate has extra time.</summary>
    public static readonly TimeSpan StandardWrapUp = TimeSpan.FromMinutes(2);

    public TimeSpan WrapUp { get; init; } = StandardWrapUp;

    /// <summary>How long after the call an assessor may still add evidence: time to finish a note
    /// started in the last moments. Ratings come afterwards, on the scoring page.</summary>
    public static readonly TimeSpan EvidenceWrapUp = TimeSpan.FromMinutes(2);

    /// <summary>The longest evidence note: a few sentences.</summary>
    public const int EvidenceMaxLength = 1000;

    public IReadOnlySet<string> Criteria { get; init; } = new HashSet<string>();

    public IReadOnlySet<string> CriticalFails { get; init; } = new HashSet<string>();

    /// <summary>A reasonable adjustment: extra time lengthens the wrap-up in proportion.</summary>
    public CallScript WithExtraTime(int extraTimePercent) => this with { WrapUp = WrapUpWithExtraTime(extraTimePercent) };

    /// <summary>The candidate's wrap-up: the standard one lengthened by their extra time, never
    /// shortened (a negative percentage counts as none). What the call enforces and what the
    /// candidate's page tells them are both this.</summary>
    public static TimeSpan WrapUpWithExtraTime(int extraTimePercent) => StandardWrapUp * (1 + Math.Max(0, extraTimePercent) / 100.0);
}

/// <summary>The outcome of a command: the events to append, or why it was refused.</summary>
public sealed record CallDecision(IReadOnlyList<CallEvent> Events, string? Refusal)
{
    public bool Accepted => Refusal is null;

    public static CallDecision Refuse(string reason) => new([], reason);

    public static CallDecision Accept(params CallEvent[] events) => new(events, null);
}
