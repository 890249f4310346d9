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
        if (state.Phase == CallPhase.Ended && command is not UpdateRecordField)
            return CallDecision.Refuse("The call has ended.");

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
                : !script.Clips.TryGetValue(clip.ClipId, out var found) ? CallDecision.Refuse($"The scenario has no clip '{clip.ClipId}'.")
                : CallDecision.Accept(new ClipPlayed(nowUtc, callMs, clip.ClipId, found.Label, (long)found.Duration.TotalMilliseconds)),

            SetMuted mute => !party.MaySpeak() ? CallDecision.Refuse("Assessors are always silent.")
                : state.Muted.Contains(party) == mute.Muted ? CallDecision.Accept()
                : CallDecision.Accept(new MuteChanged(nowUtc, callMs, party, mute.Muted)),

            UpdateRecordField field => DecideField(state, party, field, script, nowUtc, callMs),

            AnswerRecordingQuestion consent => party != CallParty.Candidate ? CallDecision.Refuse("Only the candidate answers the recording question.")
                : state.Phase != CallPhase.Waiting ? CallDecision.Refuse("The call has already started.")
                : CallDecision.Accept(new RecordingConsentAnswered(nowUtc, 0, consent.Given, consent.WordingVersion, consent.Wording)),

            EndCall => !party.MaySpeak() ? CallDecision.Refuse("Assessors cannot end the call.")
                : state.Phase == CallPhase.Waiting ? CallDecision.Refuse("The call has not started.")
                : CallDecision.Accept(new CallEnded(nowUtc, callMs, party)),

            _ => CallDecision.Refuse("Unknown command."),
        };
    }

    /// <summary>The candidate may fill the record from the moment the telephone rings until the
    /// wrap-up after the call, as in the job; an unchanged value adds nothing to the log.</summary>
    private static CallDecision DecideField(CallState state, CallParty party, UpdateRecordField field, CallScript script, DateTime nowUtc, long callMs)
    {
        if (party != CallParty.Candidate) return CallDecision.Refuse("Only the candidate fills the call record.");
        if (state.Phase == CallPhase.Waiting) return CallDecision.Refuse("The call record opens when the telephone rings.");
        if (state.Phase == CallPhase.Ended && nowUtc - state.EndedUtc > script.WrapUp)
            return CallDecision.Refuse("The time to finish the call record after the call has passed.");
        if (!script.RecordFieldMaxLengths.TryGetValue(field.FieldId, out var maxLength))
            return CallDecision.Refuse($"The call record has no field '{field.FieldId}'.");
        if (field.Value.Length > maxLength)
            return CallDecision.Refuse($"The value is longer than {maxLength} characters.");
        if (state.RecordFields.TryGetValue(field.FieldId, out var current) && current == field.Value)
            return CallDecision.Accept();
        return CallDecision.Accept(new RecordFieldChanged(nowUtc, callMs, field.FieldId, field.Value));
    }
}
