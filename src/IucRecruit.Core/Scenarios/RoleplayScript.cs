namespace IucRecruit.Core.Scenarios;

/// <summary>What the role-player says: an opening line, the call's stages in order, and answers that
/// depend on what the candidate asks.</summary>
public sealed record RoleplayScript(string OpeningLine, IReadOnlyList<ScriptStage> Stages, IReadOnlyList<ScriptBranch> Branches)
{
    public IEnumerable<ScriptBranch> BranchesOf(string stageId) => Branches.Where(b => b.Stage == stageId);
}

/// <summary>A part of the call, with what the caller is trying to get across and lines to use.</summary>
public sealed record ScriptStage(string Id, string Goal, IReadOnlyList<string> Lines);

/// <summary>"If the candidate asks about X, say Y", and what to do if they never ask.</summary>
/// <param name="Stage">The stage in which the question is expected.</param>
/// <param name="IfNotAsked">What the role-player does at the end of the stage when the question was
/// not asked; null to say nothing.</param>
/// <param name="Clip">A clip to play with the answer.</param>
/// <param name="GoTo">The stage to move to after answering.</param>
public sealed record ScriptBranch(string Stage, string IfAsked, string Say, string? IfNotAsked, string? Clip, string? GoTo);
