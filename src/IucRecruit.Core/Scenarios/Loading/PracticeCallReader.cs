using IucRecruit.Core.Practice;

namespace IucRecruit.Core.Scenarios.Loading;

/// <summary>Reads a practice call's <c>practice.yaml</c> (docs/scenario-format.md, "Practice
/// calls"): the header, the pace, the caller, the turns, and the call record's answers in the
/// same fields as a scenario's.</summary>
internal static class PracticeCallReader
{
    public static LoadedItem? Read(YamlFields fields, string itemFolder, string folderName, ScenarioLibraryLimits limits)
    {
        var header = ItemHeader.Read(fields);
        var pace = fields.Choice("pace", PracticePaces.FileNames);
        var caller = fields.Text("caller", "who rings, as the candidate is told before the call (e.g. Aisha, about her son)");
        var turns = fields.List("turns", "the caller's turns in order (id, file, transcript)",
            turn => ClipReader.ReadTurn(turn, itemFolder, limits.MaxClip), minItems: 2, idOf: t => t.Id);
        var turnIds = turns.Select(t => t.Id).ToHashSet();
        var redFlags = fields.List("red_flags", "red flags (id, sign, turn, expected_escalation), or [] for none",
            flag => ScenarioReader.ReadRedFlag(flag, turnIds, "turn"), idOf: f => f.Id);
        var outcome = fields.Mapping("expected_outcome", "the expected outcome (disposition, rationale)", ScenarioReader.ReadOutcome);
        var callRecord = fields.List("call_record", "call-record fields (id, label, value, match)", ScenarioReader.ReadCallRecordField, minItems: 1, idOf: f => f.Id);

        if (fields.Errors.Count > 0 || header is null || pace is null || caller is null ||
            !PracticePaces.TryParse(pace, out var paceValue)) return null;
        var practice = new PracticeCall
        {
            Id = header.Id,
            Title = header.Title,
            Difficulty = header.Difficulty,
            Summary = header.Summary,
            Folder = folderName,
            Version = ContentVersion.Compute(itemFolder, ScenarioLibraryLoader.PracticeFile, turns.Select(t => t.File)),
            Clips = turns,
            Pace = paceValue,
            CallerName = caller,
            RedFlags = redFlags,
            Outcome = outcome!,
            CallRecord = callRecord,
        };
        return new LoadedItem(practice, header.IdLine);
    }
}
