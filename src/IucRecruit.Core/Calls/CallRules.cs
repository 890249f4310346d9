namespace IucRecruit.Core.Calls;

/// <summary>
/// Who may do what, and when, in a mock call. Pure: given the state, the party asking, the
/// scenario and the time, it decides; the session actor appends what it decides.
/// </summary>
public static class CallRules
{
    public static CallDecision Decide(CallState state, CallParty party, CallCommand command, CallScript script, DateTime nowUtc)
    {
        var callMs = state.CallMsAt(nowUtc);
        if (state.Phase == CallPhase.Ended && command is not (UpdateRecordField or NoteEvidence))
            return CallDecision.Refuse("The call has ended.");
        if (state.Phase == CallPhase.Missed) return CallDecision.Refuse(MissedRefusal);

        return command switch
        {
            Ring => party != CallParty.RolePlayer ? CallDecision.Refuse("Only the role-player rings.")
                : state.Phase != CallPhase.Waiting ? CallDecision.Refuse("The call has already been rung.")
                : CallDecision.Accept(new CallRang(nowUtc, 0)),

            Answer => party != CallParty.Candidate ? CallDecision.Refuse("Only the candidate answers.")
                : state.Phase != CallPhase.Ringing ? CallDecision.Refuse("The telephone is not ringing.")
                : state.RecordingConsent != true ? CallDecision.Refuse("Agree to the recording before the call.")
                : CallDecision.Accept(new CallAnswered(nowUtc, 0)),

            PlayClip clip => party != CallParty.RolePlayer ? CallDecision.Refuse("Only the role-player plays clips.")
                : state.Phase != CallPhase.Connected ? CallDecision.Refuse("Clips can be played only during the call.")
                : string.IsNullOrEmpty(clip.ClipId) ? CallDecision.Refuse("Name the clip to play.")
                : !script.Clips.TryGetValue(clip.ClipId, out var found) ? CallDecision.Refuse($"The scenario has no clip '{clip.ClipId}'.")
                : CallDecision.Accept(new ClipPlayed(nowUtc, callMs, clip.ClipId, found.Label, (long)found.Duration.TotalMilliseconds)),

            SetMuted mute => !party.MaySpeak() ? CallDecision.Refuse("Assessors are always silent.")
                : state.Muted.Contains(party) == mute.Muted ? CallDecision.Accept()
                : CallDecision.Accept(new MuteChanged(nowUtc, callMs, party, mute.Muted)),

            UpdateRecordField field => DecideField(state, party, field, script, nowUtc, callMs),

            NoteEvidence evidence => DecideEvidence(state, party, evidence, script, nowUtc, callMs),

            AnswerRecordingQuestion consent => party != CallParty.Candidate ? CallDecision.Refuse("Only the candidate answers the recording question.")
                : state.Phase != CallPhase.Waiting ? CallDecision.Refuse("The call has already started.")
                : string.IsNullOrWhiteSpace(consent.WordingVersion) || string.IsNullOrWhiteSpace(consent.Wording)
                    ? CallDecision.Refuse("The answer must say which wording of the recording question was shown.")
                : CallDecision.Accept(new RecordingConsentAnswered(nowUtc, 0, consent.Given, consent.WordingVersion, consent.Wording)),

            EndCall => !party.MaySpeak() ? CallDecision.Refuse("Assessors cannot end the call.")
                : state.Phase == CallPhase.Waiting ? CallDecision.Refuse("The call has not started.")
                : CallDecision.Accept(new CallEnded(nowUtc, callMs, party)),

            _ => CallDecision.Refuse("Unknown command."),
        };
    }

    public const string MissedRefusal = "The candidate was recorded as not attending this call.";

    /// <summary>A recruiting manager records that the candidate did not attend. Only a call that was
    /// never answered, and only once its slot has begun: before it, nobody has missed anything.</summary>
    public static CallDecision DecideNoShow(CallState state, DateTime slotStartUtc, Guid recordedBy, DateTime nowUtc) =>
        state.Phase == CallPhase.Missed ? CallDecision.Refuse("The no-show is already recorded.")
        : state.AnsweredUtc is not null ? CallDecision.Refuse("The candidate answered the call: they attended.")
        : nowUtc < slotStartUtc ? CallDecision.Refuse("The slot has not begun: a no-show can be recorded from its start.")
        : CallDecision.Accept(new NoShowRecorded(nowUtc, 0, recordedBy));

    /// <summary>Assessors note evidence from the moment the telephone rings until a short wrap-up
    /// after the call; a mark names a criterion of the rubric, a critical fail one of its
    /// conditions, and a note has words.</summary>
    private static CallDecision DecideEvidence(CallState state, CallParty party, NoteEvidence evidence, CallScript script, DateTime nowUtc, long callMs)
    {
        if (party != CallParty.Assessor) return CallDecision.Refuse("Only assessors note evidence.");
        if (state.Phase == CallPhase.Waiting) return CallDecision.Refuse("Evidence can be noted once the telephone rings.");
        if (state.Phase == CallPhase.Ended && nowUtc - state.EndedUtc > CallScript.EvidenceWrapUp)
            return CallDecision.Refuse("The time to note evidence after the call has passed.");
        var text = evidence.Text?.Trim() ?? "";
        if (text.Length > CallScript.EvidenceMaxLength)
            return CallDecision.Refuse($"A note is at most {CallScript.EvidenceMaxLength} characters.");
        if (evidence.CriterionId is { } criterion && !script.Criteria.Contains(criterion))
            return CallDecision.Refuse($"The rubric has no criterion '{criterion}'.");

        var refusal = evidence.Kind switch
        {
            EvidenceKind.Strength or EvidenceKind.Concern when evidence.CriterionId is null => "Choose the criterion the mark is for.",
            EvidenceKind.Note when text.Length == 0 => "Write the note first.",
            EvidenceKind.CriticalFail when evidence.CriticalFailId is null || !script.CriticalFails.Contains(evidence.CriticalFailId) =>
                $"The scenario has no critical fail '{evidence.CriticalFailId}'.",
            EvidenceKind.CriticalFail when evidence.CriterionId is not null => "A critical fail is about the call, not one criterion.",
            not (EvidenceKind.Strength or EvidenceKind.Concern or EvidenceKind.Note or EvidenceKind.CriticalFail) => "Unknown kind of evidence.",
            _ => null,
        };
        if (refusal is not null) return CallDecision.Refuse(refusal);
        var criticalFail = evidence.Kind == EvidenceKind.CriticalFail ? evidence.CriticalFailId : null;
        return CallDecision.Accept(new EvidenceNoted(nowUtc, callMs, evidence.AssessorUserId, evidence.Kind, evidence.CriterionId, criticalFail, text));
    }

    /// <summary>The candidate may fill the record from the moment the telephone rings until the
    /// wrap-up after the call, as in the job; an unchanged value adds nothing to the log.</summary>
    private static CallDecision DecideField(CallState state, CallParty party, UpdateRecordField field, CallScript script, DateTime nowUtc, long callMs)
    {
        if (party != CallParty.Candidate) return CallDecision.Refuse("Only the candidate fills the call record.");
        if (state.Phase == CallPhase.Waiting) return CallDecision.Refuse("The call record opens when the telephone rings.");
        if (state.Phase == CallPhase.Ended && nowUtc - state.EndedUtc > script.WrapUp)
            return CallDecision.Refuse("The time to finish the call record after the call has passed.");
        if (string.IsNullOrEmpty(field.FieldId)) return CallDecision.Refuse("Name the call record field.");
        if (field.Value is null) return CallDecision.Refuse("A field's value is text: send an empty value to clear it.");
        if (!script.RecordFieldMaxLengths.TryGetValue(field.FieldId, out var maxLength))
            return CallDecision.Refuse($"The call record has no field '{field.FieldId}'.");
        if (field.Value.Length > maxLength)
            return CallDecision.Refuse($"The value is longer than {maxLength} characters.");
        if (state.RecordFields.TryGetValue(field.FieldId, out var current) && current == field.Value)
            return CallDecision.Accept();
        return CallDecision.Accept(new RecordFieldChanged(nowUtc, callMs, field.FieldId, field.Value));
    }
}
