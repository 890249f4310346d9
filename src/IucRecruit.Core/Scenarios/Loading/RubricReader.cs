namespace IucRecruit.Core.Scenarios.Loading;

/// <summary>Reads the rubric and checks what assessors rely on: an anchor for every point, positive
/// weights, pass marks on the scale, the three gates, and a critical fail for every red flag.</summary>
internal static class RubricReader
{
    public static Rubric? Read(YamlFields fields, IReadOnlyList<RedFlag> redFlags)
    {
        var criteria = fields.List("criteria", "criteria (id, name, gate, weight, pass_mark, scale)", ReadCriterion, minItems: 3, idOf: c => c.Id);
        foreach (var gate in Rubric.RequiredGates)
        {
            var criterion = criteria.FirstOrDefault(c => c.Id == gate);
            if (criterion is null)
                fields.Error("criteria", $"has no criterion {ErrorQuote.Of(gate)}; expected gate criteria {string.Join(", ", Rubric.RequiredGates)}");
            else if (!criterion.Gate)
                fields.Error("criteria", $"{ErrorQuote.Of(gate)} is not a gate; expected gate: true for {string.Join(", ", Rubric.RequiredGates)}");
        }

        var redFlagIds = redFlags.Select(f => f.Id).ToHashSet();
        var fails = fields.List("critical_fails", "critical fails (id, description, red_flag)", fail => ReadCriticalFail(fail, redFlagIds), minItems: 1, idOf: f => f.Id);
        foreach (var flag in redFlags.Where(flag => fails.All(f => f.RedFlag != flag.Id)))
            fields.Error("critical_fails", $"no critical fail names the red flag {ErrorQuote.Of(flag.Id)}; expected missing a red flag to fail the call");

        return new Rubric(criteria, fails);
    }

    private static RubricCriterion? ReadCriterion(YamlFields fields)
    {
        var id = fields.Id("id", "the criterion's id");
        var name = fields.Text("name", "the criterion's name, as assessors read it");
        var gate = fields.Boolean("gate", "true if the call fails when this criterion is below its pass mark");
        var weight = fields.PositiveNumber("weight", "a number greater than 0");
        var scale = fields.List("scale", "points (points, anchor)", ReadPoint, minItems: 2);
        for (var i = 1; i < scale.Count; i++)
        {
            if (scale[i].Points <= scale[i - 1].Points)
                fields.Error("scale", $"point {scale[i].Points} follows {scale[i - 1].Points}; expected points in ascending order, each once");
        }

        int? passMark = null;
        var hasPassMark = fields.Has("pass_mark");
        if (gate == true)
            passMark = fields.Integer("pass_mark", 0, 100, "the lowest passing point of the scale (gate criteria)");
        else if (gate == false && hasPassMark)
            fields.Error("pass_mark", "only gate criteria have a pass mark; expected no pass_mark, or gate: true");
        if (passMark is { } mark && scale.Count > 0 && scale.All(p => p.Points != mark))
            fields.Error("pass_mark", $"{mark} is not a point of the scale; expected one of {string.Join(", ", scale.Select(p => p.Points))}");

        // An unreadable gate has been reported; taking it as a gate avoids a second error about it.
        return id is null ? null : new RubricCriterion(id, name ?? "", gate ?? true, weight ?? 0, passMark, scale);
    }

    private static ScalePoint? ReadPoint(YamlFields fields)
    {
        var points = fields.Integer("points", 0, 100, "a whole number of points from 0 to 100");
        var anchor = fields.Text("anchor", "a behavioural anchor: what an assessor sees or hears at this point");
        return points is null ? null : new ScalePoint(points.Value, anchor ?? "");
    }

    private static CriticalFail? ReadCriticalFail(YamlFields fields, IReadOnlyCollection<string> redFlagIds)
    {
        var id = fields.Id("id", "the critical fail's id");
        var description = fields.Text("description", "what the candidate did or failed to do");
        var redFlag = fields.Text("red_flag", "the id of the red flag it concerns", required: false);
        fields.RequireReference("red_flag", redFlag, redFlagIds, "a red flag");
        return id is null ? null : new CriticalFail(id, description ?? "", redFlag);
    }
}
