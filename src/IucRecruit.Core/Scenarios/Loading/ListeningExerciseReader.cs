namespace IucRecruit.Core.Scenarios.Loading;

/// <summary>Reads a listening exercise's <c>exercise.yaml</c> (docs/scenario-format.md).</summary>
internal static class ListeningExerciseReader
{
    private static readonly string[] QuestionTypes = ["choice", "short"];

    public static LoadedItem? Read(YamlFields fields, string itemFolder, string folderName, ScenarioLibraryLimits limits)
    {
        var header = ItemHeader.Read(fields);
        var recording = fields.Mapping("recording", "the recorded call (file, transcript)", r => ClipReader.ReadRecording(r, itemFolder, limits.MaxRecording));
        var plays = fields.Integer("plays_allowed", 1, 10, "how many times the recording may be played, from 1 to 10");
        var minutes = fields.Integer("time_limit_minutes", 1, 180, "minutes from starting to handing in, from 1 to 180, before any extra time");
        var questions = fields.List("questions", "questions (id, type, text, marks)", ReadQuestion, minItems: 1, idOf: q => q.Id);

        if (fields.Errors.Count > 0 || header is null) return null;
        var exercise = new ListeningExercise
        {
            Id = header.Id,
            Title = header.Title,
            Difficulty = header.Difficulty,
            Summary = header.Summary,
            Folder = folderName,
            Version = ContentVersion.Compute(itemFolder, ScenarioLibraryLoader.ExerciseFile, [recording!.File]),
            Clips = [recording],
            PlaysAllowed = plays!.Value,
            TimeLimitMinutes = minutes!.Value,
            Questions = questions,
        };
        return new LoadedItem(exercise, header.IdLine);
    }

    private static ListeningQuestion? ReadQuestion(YamlFields fields)
    {
        var id = fields.Id("id", "the question's id");
        var type = fields.Choice("type", QuestionTypes);
        var text = fields.Text("text", "the question as the candidate reads it");
        var marks = fields.Integer("marks", 1, 100, "the marks for a right answer, from 1 to 100");
        if (type == "choice")
        {
            var options = fields.List("options", "options (id, text)", ReadOption, minItems: 2, idOf: o => o.Id);
            var correct = fields.Text("correct", "the id of the right option");
            fields.RequireReference("correct", correct, options.Select(o => o.Id).ToHashSet(), "an option");
            return id is null || correct is null ? null : new ChoiceQuestion(id, text ?? "", marks ?? 0, options, correct);
        }
        if (type == "short")
        {
            var answer = ExpectedAnswerReader.Read(fields, "answer");
            return id is null || answer is null ? null : new ShortAnswerQuestion(id, text ?? "", marks ?? 0, answer);
        }
        // Without a known type, the type's own fields are not reported as unknown as well.
        foreach (var key in (string[])["options", "correct", "answer", "match", "accept", "compare"]) fields.Has(key);
        return null;
    }

    private static ChoiceOption? ReadOption(YamlFields fields)
    {
        var id = fields.Id("id", "the option's id, used by correct");
        var text = fields.Text("text", "the option as the candidate reads it");
        return id is null ? null : new ChoiceOption(id, text ?? "");
    }
}
