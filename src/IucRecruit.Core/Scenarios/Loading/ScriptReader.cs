namespace IucRecruit.Core.Scenarios.Loading;

/// <summary>Reads the role-player's script and checks that its branches refer to stages and clips
/// that exist.</summary>
internal static class ScriptReader
{
    public static RoleplayScript? Read(YamlFields fields, IReadOnlyCollection<string> clipIds)
    {
        var opening = fields.Text("opening_line", "the caller's first words");
        var stages = fields.List("stages", "stages (id, goal, lines)", ReadStage, minItems: 1, idOf: s => s.Id);
        var stageIds = stages.Select(s => s.Id).ToHashSet();
        var branches = fields.List("branches", "branches (stage, if_asked, say)", branch => ReadBranch(branch, stageIds, clipIds));
        return opening is null ? null : new RoleplayScript(opening, stages, branches);
    }

    private static ScriptStage? ReadStage(YamlFields fields)
    {
        var id = fields.Id("id", "the stage's id, used by branches and red flags");
        var goal = fields.Text("goal", "what the caller is trying to get across in this stage");
        var lines = fields.TextList("lines", "things the caller says", minItems: 1);
        return id is null ? null : new ScriptStage(id, goal ?? "", lines);
    }

    private static ScriptBranch? ReadBranch(YamlFields fields, IReadOnlyCollection<string> stageIds, IReadOnlyCollection<string> clipIds)
    {
        var stage = fields.Text("stage", "the id of the stage in which the question is expected");
        var ifAsked = fields.Text("if_asked", "what the candidate asks about");
        var say = fields.Text("say", "what the caller answers");
        var ifNotAsked = fields.Text("if_not_asked", "what the role-player does if the question is never asked", required: false);
        var clip = fields.Text("clip", "the id of a clip to play with the answer", required: false);
        var goTo = fields.Text("go_to", "the id of the stage to move to", required: false);
        fields.RequireReference("stage", stage, stageIds, "a stage");
        fields.RequireReference("clip", clip, clipIds, "a clip");
        fields.RequireReference("go_to", goTo, stageIds, "a stage");
        return stage is null ? null : new ScriptBranch(stage, ifAsked ?? "", say ?? "", ifNotAsked, clip, goTo);
    }
}
