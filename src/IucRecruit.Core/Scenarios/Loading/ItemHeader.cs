namespace IucRecruit.Core.Scenarios.Loading;

/// <summary>The fields every library item starts with.</summary>
internal sealed record ItemHeader(string Id, int IdLine, string Title, Difficulty Difficulty, string Summary)
{
    public static ItemHeader? Read(YamlFields fields)
    {
        var id = fields.Id("id", "an id unique in the library");
        var title = fields.Text("title", "a short title");
        var difficulty = fields.Choice("difficulty", DifficultyNames.FileNames);
        var summary = fields.Text("summary", "a summary for assessors and managers: what the call tests");
        if (id is null || title is null || summary is null || difficulty is null ||
            !DifficultyNames.TryParse(difficulty, out var level)) return null;
        return new ItemHeader(id, fields.LineOf("id"), title, level, summary);
    }
}
