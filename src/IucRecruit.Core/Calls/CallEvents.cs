using System.Text.Json.Serialization;

namespace IucRecruit.Core.Calls;

/// <summary>
/// Everything that happens in a call, in the order it happened. The session's event log is the
/// record: state is rebuilt by folding it (<see cref="CallState.Apply"/>), so a call survives its
/// server being restarted. <see cref="CallMs"/> is the call clock (milliseconds since the call was
/// answered; 0 before), which is also the position in the recording.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ParticipantJoined), "joined")]
[JsonDerivedType(typeof(ParticipantLeft), "left")]
[JsonDerivedType(typeof(CallRang), "rang")]
[JsonDerivedType(typeof(CallAnswered), "answered")]
[JsonDerivedType(typeof(ClipPlayed), "clip-played")]
[JsonDerivedType(typeof(MuteChanged), "mute-changed")]
[JsonDerivedType(typeof(RecordFieldChanged), "record-field")]
[JsonDerivedType(typeof(CallEnded), "ended")]
[JsonDerivedType(typeof(ServiceInterrupted), "interrupted")]
[JsonDerivedType(typeof(RecordingConsentAnswered), "consent")]
[JsonDerivedType(typeof(EvidenceNoted), "evidence")]
[JsonDerivedType(typeof(NoShowRecorded), "no-show")]
public abstract record CallEvent(DateTime AtUtc, long CallMs);

public sealed record ParticipantJoined(DateTime AtUtc, long CallMs, CallParty Party, Guid UserId, string DisplayName)
    : CallEvent(AtUtc, CallMs);

public sealed record ParticipantLeft(DateTime AtUtc, long CallMs, CallParty Party, Guid UserId)
    : CallEvent(AtUtc, CallMs);

public sealed record CallRang(DateTime AtUtc, long CallMs) : CallEvent(AtUtc, CallMs);

public sealed record CallAnswered(DateTime AtUtc, long CallMs) : CallEvent(AtUtc, CallMs);

public sealed record ClipPlayed(DateTime AtUtc, long CallMs, string ClipId, string Label, long DurationMs)
    : CallEvent(AtUtc, CallMs);

public sealed record MuteChanged(DateTime AtUtc, long CallMs, CallParty Party, bool Muted) : CallEvent(AtUtc, CallMs);

public sealed record RecordFieldChanged(DateTime AtUtc, long CallMs, string FieldId, string Value)
    : CallEvent(AtUtc, CallMs);

public sealed record CallEnded(DateTime AtUtc, long CallMs, CallParty EndedBy) : CallEvent(AtUtc, CallMs);

/// <summary>The candidate's answer to the recording question, with the exact words they were shown.
/// The call cannot be answered until the latest answer is yes.</summary>
public sealed record RecordingConsentAnswered(DateTime AtUtc, long CallMs, bool Given, string WordingVersion, string Wording)
    : CallEvent(AtUtc, CallMs);

/// <summary>The server stopped during the call and started again. The recording holds silence for
/// the <see cref="LostMs"/> it could not record, so that it stays on the call clock.</summary>
public sealed record ServiceInterrupted(DateTime AtUtc, long CallMs, long LostMs) : CallEvent(AtUtc, CallMs);

/// <summary>An assessor's evidence, stamped with the call clock, which is also the position in the
/// recording. Seen only by the assessor who noted it while the call is being assessed (blind
/// scoring), never by the candidate or the role-player.</summary>
public sealed record EvidenceNoted(
    DateTime AtUtc, long CallMs, Guid AssessorUserId, EvidenceKind Kind, string? CriterionId, string? CriticalFailId, string Text)
    : CallEvent(AtUtc, CallMs);

/// <summary>A recruiting manager recorded that the candidate did not attend: the telephone was never
/// answered. Nothing more happens in the call (docs/decisions/0065).</summary>
public sealed record NoShowRecorded(DateTime AtUtc, long CallMs, Guid RecordedByUserId) : CallEvent(AtUtc, CallMs);
