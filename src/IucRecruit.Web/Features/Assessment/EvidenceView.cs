using IucRecruit.Core.Calls;
using IucRecruit.Core.Scenarios;

namespace IucRecruit.Web.Features.Assessment;

/// <summary>An assessor's evidence in words, for the pages that show it beside the recording.</summary>
/// <param name="CriterionId">The rubric criterion it is about, if any.</param>
/// <param name="About">The criterion's name or the critical fail's description, if any.</param>
public sealed record EvidenceEntry(long CallMs, string Author, EvidenceKind Kind, string? CriterionId, string? About, string Text)
{
    public string Describe() =>
        $"{Author}: {Kind.DisplayName()}{(About is null ? "" : $" – {About}")}{(Text.Length == 0 ? "" : $": {Text}")}";
}

public static class EvidenceView
{
    /// <param name="names">Assessors' display names by user id.</param>
    public static IReadOnlyList<EvidenceEntry> From(IEnumerable<EvidenceNoted> evidence, Scenario scenario, IReadOnlyDictionary<Guid, string> names) =>
        evidence.Select(e => new EvidenceEntry(
                e.CallMs,
                names.GetValueOrDefault(e.AssessorUserId, "An assessor"),
                e.Kind,
                e.CriterionId,
                e.CriticalFailId is { } fail ? scenario.Rubric.CriticalFails.FirstOrDefault(c => c.Id == fail)?.Description ?? fail
                    : e.CriterionId is { } criterion ? scenario.Rubric.Find(criterion)?.Name ?? criterion
                    : null,
                e.Text))
            .ToList();
}
