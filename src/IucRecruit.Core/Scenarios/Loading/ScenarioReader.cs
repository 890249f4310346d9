using IucRecruit.Core.Scenarios.Matching;

namespace IucRecruit.Core.Scenarios.Loading;

/// <summary>Reads a scenario's <c>scenario.yaml</c> (docs/scenario-format.md).</summary>
internal static class ScenarioReader
{
    public static LoadedItem? Read(YamlFields fields, string itemFolder, string folderName, ScenarioLibraryLimits limits)
    {
        var header = ItemHeader.Read(fields);
        var clips = fields.List("clips", "clips (id, file, label, transcript)", clip => ClipReader.ReadClip(clip, itemFolder, limits.MaxClip), idOf: c => c.Id);
        var clipIds = clips.Select(c => c.Id).ToHashSet();

        var caller = fields.Mapping("caller", "the caller's persona (name, relationship, emotional_state, how_to_play)", ReadCaller);
        var patient = fields.Mapping("patient", "the patient's facts", ReadPatient);
        var script = fields.Mapping("script", "the role-player's script (opening_line, stages, branches)", s => ScriptReader.Read(s, clipIds));
        var stageIds = script?.Stages.Select(s => s.Id).ToHashSet() ?? [];
        var redFlags = fields.List("red_flags", "red flags (id, sign, stage, expected_escalation), or [] for none", flag => ReadRedFlag(flag, stageIds), idOf: f => f.Id);
        var outcome = fields.Mapping("expected_outcome", "the expected outcome (disposition, rationale)", ReadOutcome);
        var callRecord = fields.List("call_record", "call-record fields (id, label, value, match)", ReadCallRecordField, minItems: 1, idOf: f => f.Id);
        var rubric = fields.Mapping("rubric", "the rubric (criteria, critical_fails)", r => RubricReader.Read(r, redFlags));

        if (fields.Errors.Count > 0 || header is null) return null;
        var scenario = new Scenario
        {
            Id = header.Id,
            Title = header.Title,
            Difficulty = header.Difficulty,
            Summary = header.Summary,
            Folder = folderName,
            Version = ContentVersion.Compute(itemFolder, ScenarioLibraryLoader.ScenarioFile, clips.Select(c => c.File)),
            Clips = clips,
            Caller = caller!,
            Patient = patient!,
            Script = script!,
            RedFlags = redFlags,
            Outcome = outcome!,
            CallRecord = callRecord,
            Rubric = rubric!,
        };
        return new LoadedItem(scenario, header.IdLine);
    }

    private static CallerPersona ReadCaller(YamlFields fields) => new(
        fields.Text("name", "the caller's name") ?? "",
        fields.Text("relationship", "who the caller is to the patient (e.g. the patient, mother, son)") ?? "",
        fields.Text("emotional_state", "how the caller feels (e.g. frightened, angry, embarrassed)") ?? "",
        fields.Text("how_to_play", "guidance for the role-player") ?? "");

    private static PatientFacts ReadPatient(YamlFields fields)
    {
        var name = fields.Text("name", "the patient's name");
        var dateOfBirth = fields.Date("date_of_birth", "the date of birth as YYYY-MM-DD");
        var address = fields.Text("address", "the address without the postcode");
        var postcode = fields.Text("postcode", UkPostcode.Expected);
        if (postcode is not null && UkPostcode.Normalise(postcode) is null)
            fields.Error("postcode", $"{ErrorQuote.Of(postcode)} is not a UK postcode; expected {UkPostcode.Expected}");
        var callback = fields.Text("callback_number", "a UK phone number");
        if (callback is not null && UkPhoneNumber.Normalise(callback) is null)
            fields.Error("callback_number", $"{ErrorQuote.Of(callback)} is not a UK phone number; expected {UkPhoneNumber.Expected}");
        return new PatientFacts(
            name ?? "", dateOfBirth ?? default, address ?? "", postcode ?? "", callback ?? "",
            fields.Text("gp_practice", "the patient's GP practice") ?? "",
            fields.Text("presenting_complaint", "why they are calling, in the caller's words") ?? "",
            fields.Text("history", "relevant medical history, or \"none\"") ?? "",
            fields.Text("medication", "current medication, or \"none\"") ?? "");
    }

    /// <summary>A red flag, shown in one of the script's stages (<paramref name="where"/> "stage")
    /// or, in a practice call, one of the caller's turns ("turn").</summary>
    internal static RedFlag? ReadRedFlag(YamlFields fields, IReadOnlyCollection<string> stageIds, string where = "stage")
    {
        var id = fields.Id("id", "the red flag's id, used by critical fails");
        var sign = fields.Text("sign", "what the caller says or the candidate hears");
        var stage = fields.Text(where, $"the id of the {where} in which it shows");
        fields.RequireReference(where, stage, stageIds, $"a {where}");
        var escalation = fields.Text("expected_escalation", "what the candidate must do when they recognise it");
        return id is null ? null : new RedFlag(id, sign ?? "", stage ?? "", escalation ?? "");
    }

    internal static ExpectedOutcome ReadOutcome(YamlFields fields) => new(
        fields.Text("disposition", "where the call should end up (e.g. 999 ambulance, GP within 6 hours, self-care)") ?? "",
        fields.Text("rationale", "why, for assessors") ?? "");

    internal static CallRecordField? ReadCallRecordField(YamlFields fields)
    {
        var id = fields.Id("id", "the field's id");
        var label = fields.Text("label", "the field's label on the call record");
        var expected = ExpectedAnswerReader.Read(fields, "value");
        return id is null || expected is null ? null : new CallRecordField(id, label ?? "", expected);
    }
}
