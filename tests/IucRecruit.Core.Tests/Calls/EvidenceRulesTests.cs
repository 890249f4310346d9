using IucRecruit.Core.Calls;

namespace IucRecruit.Core.Tests.Calls;

/// <summary>Assessors' evidence: only theirs to note, only from the ring to a short wrap-up after
/// the call, always about the scenario's own rubric, stamped with the call clock.</summary>
public sealed class EvidenceRulesTests
{
    private static readonly DateTime Start = new(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Assessor = Guid.CreateVersion7();

    private static readonly CallScript Script = new(new Dictionary<string, int> { ["postcode"] = 10 }, new Dictionary<string, (string, TimeSpan)>())
    {
        Criteria = new HashSet<string> { "accuracy", "empathy" },
        CriticalFails = new HashSet<string> { "red-flag-missed" },
    };

    [Fact]
    public void A_mark_is_stamped_with_the_call_clock_and_the_assessor()
    {
        var connected = Connected();

        var decision = CallRules.Decide(connected, CallParty.Assessor,
            new NoteEvidence(Assessor, EvidenceKind.Concern, "empathy", null, null), Script, Start.AddSeconds(42.5));

        var noted = Assert.IsType<EvidenceNoted>(Assert.Single(decision.Events));
        Assert.Equal((42_500L, Assessor, EvidenceKind.Concern, "empathy", ""), (noted.CallMs, noted.AssessorUserId, noted.Kind, noted.CriterionId, noted.Text));
        Assert.Single(connected.Apply(noted).Evidence);
    }

    [Theory]
    [InlineData(CallParty.Candidate)]
    [InlineData(CallParty.RolePlayer)]
    public void Only_assessors_note_evidence(CallParty party) =>
        Assert.Equal("Only assessors note evidence.", Decide(Connected(), party, Note("Calm voice"), Start).Refusal);

    [Fact]
    public void Evidence_opens_at_the_ring_and_closes_two_minutes_after_the_end()
    {
        var waiting = CallState.Initial.Apply(new RecordingConsentAnswered(Start, 0, true, "v1", "I agree"));
        Assert.Equal("Evidence can be noted once the telephone rings.", Decide(waiting, CallParty.Assessor, Note("Early"), Start).Refusal);

        var ringing = waiting.Apply(new CallRang(Start, 0));
        var beforeAnswer = Assert.IsType<EvidenceNoted>(Assert.Single(Decide(ringing, CallParty.Assessor, Note("Lets it ring"), Start.AddSeconds(9)).Events));
        Assert.Equal(0, beforeAnswer.CallMs); // the clock starts at the answer

        var ended = Connected().Apply(new CallEnded(Start.AddMinutes(4), 240_000, CallParty.Candidate));
        var inWrapUp = Assert.IsType<EvidenceNoted>(Assert.Single(Decide(ended, CallParty.Assessor, Note("Finishing a note"), Start.AddMinutes(6)).Events));
        Assert.Equal(240_000, inWrapUp.CallMs); // the clock stops at the end of the call
        Assert.Equal("The time to note evidence after the call has passed.",
            Decide(ended, CallParty.Assessor, Note("Too late"), Start.AddMinutes(6).AddSeconds(1)).Refusal);
    }

    [Fact]
    public void Evidence_refers_only_to_the_scenarios_rubric_and_critical_fails()
    {
        var connected = Connected();

        Assert.Equal("Choose the criterion the mark is for.", Decide(connected, CallParty.Assessor, new NoteEvidence(Assessor, EvidenceKind.Strength, null, null, null), Start).Refusal);
        Assert.Equal("The rubric has no criterion 'charm'.", Decide(connected, CallParty.Assessor, new NoteEvidence(Assessor, EvidenceKind.Strength, "charm", null, null), Start).Refusal);
        Assert.Equal("The scenario has no critical fail 'rude'.", Decide(connected, CallParty.Assessor, new NoteEvidence(Assessor, EvidenceKind.CriticalFail, null, "rude", null), Start).Refusal);
        Assert.Equal("Write the note first.", Decide(connected, CallParty.Assessor, Note("   "), Start).Refusal);
        Assert.Equal("A note is at most 1000 characters.", Decide(connected, CallParty.Assessor, Note(new string('x', 1001)), Start).Refusal);

        var flag = Assert.IsType<EvidenceNoted>(Assert.Single(Decide(connected, CallParty.Assessor,
            new NoteEvidence(Assessor, EvidenceKind.CriticalFail, null, "red-flag-missed", " Carried on with routine questions "), Start).Events));
        Assert.Equal(("red-flag-missed", "Carried on with routine questions"), (flag.CriticalFailId, flag.Text));
    }

    [Fact]
    public void Evidence_survives_the_log_round_trip()
    {
        var noted = new EvidenceNoted(Start, 1234, Assessor, EvidenceKind.Note, "accuracy", null, "Read the number back");

        var json = CallEventJson.Serialize(noted);

        Assert.Equal("evidence", CallEventJson.TypeName(noted));
        Assert.Contains("\"kind\":\"Note\"", json, StringComparison.Ordinal);
        Assert.Equal(noted, CallEventJson.Deserialize(json));
    }

    private static NoteEvidence Note(string text) => new(Assessor, EvidenceKind.Note, null, null, text);

    private static CallDecision Decide(CallState state, CallParty party, CallCommand command, DateTime at) =>
        CallRules.Decide(state, party, command, Script, at);

    private static CallState Connected() => CallState.Initial
        .Apply(new RecordingConsentAnswered(Start, 0, true, "v1", "I agree"))
        .Apply(new CallRang(Start, 0))
        .Apply(new CallAnswered(Start, 0));
}
