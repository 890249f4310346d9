namespace IucRecruit.Core.Scenarios;

/// <summary>
/// How assessors score a mock call: criteria rated on behaviourally anchored scales, of which
/// accuracy, empathy and call handling are pass gates (DOMAIN.md: "only progress to interview if they
/// pass those elements"), and critical fails that fail the call whatever the ratings.
/// </summary>
public sealed record Rubric(IReadOnlyList<RubricCriterion> Criteria, IReadOnlyList<CriticalFail> CriticalFails)
{
    /// <summary>The gate criteria every scenario must have.</summary>
    public static readonly IReadOnlyList<string> RequiredGates = ["accuracy", "empathy", "call-handling"];

    public RubricCriterion? Find(string criterionId) => Criteria.FirstOrDefault(c => c.Id == criterionId);
}

/// <param name="Gate">A gate must reach its <see cref="PassMark"/> for the call to pass.</param>
/// <param name="Weight">The criterion's share of a weighted total (positive).</param>
/// <param name="PassMark">The lowest passing point of <see cref="Scale"/>; gates only.</param>
/// <param name="Scale">Points in ascending order, each with what an assessor sees or hears.</param>
public sealed record RubricCriterion(string Id, string Name, bool Gate, decimal Weight, int? PassMark, IReadOnlyList<ScalePoint> Scale)
{
    public int Lowest => Scale[0].Points;
    public int Highest => Scale[^1].Points;
}

/// <summary>One point of a rating scale and its behavioural anchor.</summary>
public sealed record ScalePoint(int Points, string Anchor);

/// <summary>Something that fails the call regardless of scores (a missed red flag, an unsafe outcome).</summary>
/// <param name="RedFlag">The red flag it concerns, if any.</param>
public sealed record CriticalFail(string Id, string Description, string? RedFlag);
