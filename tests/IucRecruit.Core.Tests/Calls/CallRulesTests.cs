using IucRecruit.Core.Calls;

namespace IucRecruit.Core.Tests.Calls;

public sealed class CallRulesTests
{
    private static readonly DateTime Start = new(2026, 11, 21, 10, 0, 0, DateTimeKind.Utc);

    private static readonly CallScript Script = new(
        new Dictionary<string, int> { ["postcode"] = 10 },
        new Dictionary<string, (string, TimeSpan)> { ["cry"] = ("A child crying", TimeSpan.FromSeconds(3)) });

    private static readonly CallState Agreed =
        Accept(CallState.Initial, CallParty.Candidate, new AnswerRecordingQuestion(true, "v1", "I agree"), Start);

    [Fact]
    public void The_role_player_rings_the_candidate_answers_and_the_clock_starts_at_the_answer()
    {
        var state = Accept(Agreed, CallParty.RolePlayer, new Ring(), Start);
        Assert.Equal(CallPhase.Ringing, state.Phase);
        state = Accept(state, CallParty.Candidate, new Answer(), Start.AddSeconds(5));

        Assert.Equal(CallPhase.Connected, state.Phase);
        Assert.Equal(0, state.CallMsAt(Start.AddSeconds(5)));
        Assert.Equal(90_000, state.CallMsAt(Start.AddSeconds(95)));
    }

    [Theory]
    [InlineData(CallParty.Candidate, "Only the role-player rings.")]
    [InlineData(CallParty.Assessor, "Only the role-player rings.")]
    public void Only_the_role_player_rings(CallParty party, string reason) =>
        Assert.Equal(reason, CallRules.Decide(CallState.Initial, party, new Ring(), Script, Start).Refusal);

    [Fact]
    public void The_candidate_cannot_answer_until_they_have_agreed_to_the_recording()
    {
        var declined = Accept(CallState.Initial, CallParty.Candidate, new AnswerRecordingQuestion(false, "v1", "I agree"), Start);
        var ringing = Accept(declined, CallParty.RolePlayer, new Ring(), Start);

        Assert.Equal("Agree to the recording before the call.", CallRules.Decide(ringing, CallParty.Candidate, new Answer(), Script, Start).Refusal);
        Assert.Equal("The call has already started.",
            CallRules.Decide(ringing, CallParty.Candidate, new AnswerRecordingQuestion(true, "v1", "I agree"), Script, Start).Refusal);

        var changedMind = Accept(declined, CallParty.Candidate, new AnswerRecordingQuestion(true, "v1", "I agree"), Start);
        var ringingAgain = Accept(changedMind, CallParty.RolePlayer, new Ring(), Start);
        Assert.True(CallRules.Decide(ringingAgain, CallParty.Candidate, new Answer(), Script, Start).Accepted);
    }

    [Fact]
    public void Nobody_answers_a_telephone_that_is_not_ringing() =>
        Assert.Equal("The telephone is not ringing.", CallRules.Decide(CallState.Initial, CallParty.Candidate, new Answer(), Script, Start).Refusal);

    [Fact]
    public void A_clip_plays_only_during_the_call_and_only_if_the_scenario_has_it()
    {
        var ringing = Accept(Agreed, CallParty.RolePlayer, new Ring(), Start);
        Assert.Equal("Clips can be played only during the call.", CallRules.Decide(ringing, CallParty.RolePlayer, new PlayClip("cry"), Script, Start).Refusal);
        var connected = Accept(ringing, CallParty.Candidate, new Answer(), Start);

        Assert.Equal("The scenario has no clip 'bark'.", CallRules.Decide(connected, CallParty.RolePlayer, new PlayClip("bark"), Script, Start).Refusal);
        var played = (ClipPlayed)CallRules.Decide(connected, CallParty.RolePlayer, new PlayClip("cry"), Script, Start.AddSeconds(12)).Events.Single();
        Assert.Equal(("A child crying", 12_000L, 3000L), (played.Label, played.CallMs, played.DurationMs));
    }

    [Fact]
    public void Assessors_can_neither_speak_nor_end_nor_write_the_record()
    {
        var connected = Connected();
        Assert.Equal("Assessors are always silent.", CallRules.Decide(connected, CallParty.Assessor, new SetMuted(true), Script, Start).Refusal);
        Assert.Equal("Assessors cannot end the call.", CallRules.Decide(connected, CallParty.Assessor, new EndCall(), Script, Start).Refusal);
        Assert.Equal("Only the candidate fills the call record.", CallRules.Decide(connected, CallParty.Assessor, new UpdateRecordField("postcode", "X"), Script, Start).Refusal);
    }

    [Fact]
    public void The_record_is_refused_for_unknown_fields_and_overlong_values_and_unchanged_values_add_nothing()
    {
        var connected = Accept(Connected(), CallParty.Candidate, new UpdateRecordField("postcode", "LS1 4AP"), Start);

        Assert.Equal("The call record has no field 'pulse'.", CallRules.Decide(connected, CallParty.Candidate, new UpdateRecordField("pulse", "80"), Script, Start).Refusal);
        Assert.Equal("The value is longer than 10 characters.", CallRules.Decide(connected, CallParty.Candidate, new UpdateRecordField("postcode", "ABCDEFGHIJK"), Script, Start).Refusal);
        var unchanged = CallRules.Decide(connected, CallParty.Candidate, new UpdateRecordField("postcode", "LS1 4AP"), Script, Start);
        Assert.True(unchanged.Accepted);
        Assert.Empty(unchanged.Events);
    }

    [Fact]
    public void After_the_call_the_record_stays_open_for_the_wrap_up_and_extra_time_lengthens_it()
    {
        var ended = Accept(Connected(), CallParty.Candidate, new EndCall(), Start.AddMinutes(5));
        var standard = Script;
        var extra = Script.WithExtraTime(50);

        Assert.Equal(TimeSpan.FromMinutes(3), extra.WrapUp);
        var justInside = Start.AddMinutes(5) + TimeSpan.FromMinutes(2);
        var afterStandard = justInside.AddSeconds(1);
        Assert.True(CallRules.Decide(ended, CallParty.Candidate, new UpdateRecordField("postcode", "A"), standard, justInside).Accepted);
        Assert.False(CallRules.Decide(ended, CallParty.Candidate, new UpdateRecordField("postcode", "A"), standard, afterStandard).Accepted);
        Assert.True(CallRules.Decide(ended, CallParty.Candidate, new UpdateRecordField("postcode", "A"), extra, afterStandard).Accepted);
        Assert.Equal("The call has ended.", CallRules.Decide(ended, CallParty.RolePlayer, new PlayClip("cry"), Script, afterStandard).Refusal);
    }

    [Fact]
    public void Replaying_the_log_gives_the_state_built_step_by_step()
    {
        var events = new List<CallEvent> { new RecordingConsentAnswered(Start, 0, true, "v1", "I agree") };
        var state = CallState.Replay(events);
        foreach (var (party, command, at) in new (CallParty, CallCommand, double)[]
                 {
                     (CallParty.RolePlayer, new Ring(), 0), (CallParty.Candidate, new Answer(), 3),
                     (CallParty.Candidate, new UpdateRecordField("postcode", "HU1"), 10), (CallParty.RolePlayer, new PlayClip("cry"), 20),
                     (CallParty.RolePlayer, new SetMuted(true), 21), (CallParty.Candidate, new UpdateRecordField("postcode", "HU1 2AA"), 30),
                     (CallParty.RolePlayer, new EndCall(), 60),
                 })
        {
            var decision = CallRules.Decide(state, party, command, Script, Start.AddSeconds(at));
            events.AddRange(decision.Events);
            state = decision.Events.Aggregate(state, (s, e) => s.Apply(e));
        }

        var replayed = CallState.Replay(events.Select(e => CallEventJson.Deserialize(CallEventJson.Serialize(e))));

        Assert.Equal(state.Phase, replayed.Phase);
        Assert.Equal(state.RecordFields, replayed.RecordFields);
        Assert.Equal(state.Clips, replayed.Clips);
        Assert.Equal(state.Muted, replayed.Muted);
        Assert.Equal((CallPhase.Ended, CallParty.RolePlayer, 57_000L), (replayed.Phase, replayed.EndedBy, replayed.CallMsAt(Start.AddHours(1))));
    }

    /// <summary>A hub client can send null for any string argument: each is refused in words
    /// (a null record value threw NullReferenceException inside the rules).</summary>
    [Theory]
    [MemberData(nameof(CommandsWithNulls))]
    public void A_missing_string_from_a_client_is_refused_in_words(CallParty party, CallCommand command, bool beforeTheCall, string reason)
    {
        var state = beforeTheCall ? CallState.Initial : Connected();

        var decision = CallRules.Decide(state, party, command, Script, Start.AddSeconds(5));

        Assert.Equal(reason, decision.Refusal);
        Assert.Empty(decision.Events);
    }

    public static TheoryData<CallParty, CallCommand, bool, string> CommandsWithNulls => new()
    {
        { CallParty.Candidate, new UpdateRecordField("postcode", null), false, "A field's value is text: send an empty value to clear it." },
        { CallParty.Candidate, new UpdateRecordField(null, "HU1"), false, "Name the call record field." },
        { CallParty.RolePlayer, new PlayClip(null), false, "Name the clip to play." },
        { CallParty.Candidate, new AnswerRecordingQuestion(true, null, "I agree"), true, "The answer must say which wording of the recording question was shown." },
        { CallParty.Candidate, new AnswerRecordingQuestion(true, "v1", null), true, "The answer must say which wording of the recording question was shown." },
    };

    [Fact]
    public void An_empty_value_clears_a_field()
    {
        var filled = Accept(Connected(), CallParty.Candidate, new UpdateRecordField("postcode", "HU1"), Start.AddSeconds(5));

        var cleared = Accept(filled, CallParty.Candidate, new UpdateRecordField("postcode", ""), Start.AddSeconds(6));

        Assert.Equal("", cleared.RecordFields["postcode"]);
    }

    [Fact]
    public void A_no_show_is_recorded_once_from_the_slots_start_only_for_a_call_never_answered_and_then_the_call_takes_nothing()
    {
        var manager = Guid.NewGuid();
        var ringing = Accept(Agreed, CallParty.RolePlayer, new Ring(), Start);

        Assert.Equal("The slot has not begun: a no-show can be recorded from its start.",
            CallRules.DecideNoShow(Agreed, Start, manager, Start.AddSeconds(-1)).Refusal);
        Assert.Equal("The candidate answered the call: they attended.", CallRules.DecideNoShow(Connected(), Start, manager, Start.AddHours(1)).Refusal);
        var decision = CallRules.DecideNoShow(ringing, Start, manager, Start.AddMinutes(35));
        Assert.Equal([new NoShowRecorded(Start.AddMinutes(35), 0, manager)], decision.Events);
        var missed = ringing.Apply(decision.Events[0]);

        Assert.Equal(CallPhase.Missed, missed.Phase);
        Assert.Equal("The no-show is already recorded.", CallRules.DecideNoShow(missed, Start, manager, Start.AddMinutes(36)).Refusal);
        Assert.Equal("The candidate was recorded as not attending this call.", CallRules.Decide(missed, CallParty.Candidate, new Answer(), Script, Start.AddMinutes(36)).Refusal);
        Assert.Equal("The candidate was recorded as not attending this call.",
            CallRules.Decide(missed, CallParty.Candidate, new UpdateRecordField("postcode", "LS1"), Script, Start.AddMinutes(36)).Refusal);
    }

    private static CallState Connected() =>
        Accept(Accept(Agreed, CallParty.RolePlayer, new Ring(), Start), CallParty.Candidate, new Answer(), Start);

    private static CallState Accept(CallState state, CallParty party, CallCommand command, DateTime at)
    {
        var decision = CallRules.Decide(state, party, command, Script, at);
        Assert.True(decision.Accepted, decision.Refusal);
        return decision.Events.Aggregate(state, (s, e) => s.Apply(e));
    }
}
