namespace IucRecruit.Core.Equality;

/// <summary>One group at one selection step: how many were considered and how many selected.</summary>
public sealed record SelectionCount(string Group, long Considered, long Selected);

/// <summary>A group's result; when <see cref="Suppressed"/> every number is withheld (null).</summary>
public sealed record SelectionRow(string Group, bool Suppressed, long? Considered, long? Selected, double? Rate,
    double? ImpactRatio, bool AdverseImpact);

/// <summary>
/// Selection rates by group and the adverse-impact ratio: each group's rate over the highest
/// group's rate, flagged below four-fifths (the "four-fifths rule" of the US Uniform Guidelines on
/// Employee Selection Procedures, 29 CFR 1607.4(D), 1978; used in the UK as a screening indicator,
/// not a legal test). Groups considered fewer than <see cref="MinimumGroupSize"/> times are
/// suppressed, and when exactly one group would be, the next smallest is too, so that the withheld
/// number cannot be worked out from the funnel's totals. "Prefer not to say" and "not recorded"
/// are shown but are never the reference group.
/// </summary>
public static class AdverseImpact
{
    public const int MinimumGroupSize = 5;

    public const double FourFifths = 0.8;

    public static IReadOnlyList<SelectionRow> Compute(IEnumerable<SelectionCount> counts)
    {
        var groups = counts.ToList();
        var suppressed = groups.Where(g => g.Considered < MinimumGroupSize).Select(g => g.Group).ToHashSet();
        if (suppressed.Count == 1 && groups.Count > 1)
        {
            suppressed.Add(groups.Where(g => !suppressed.Contains(g.Group))
                .OrderBy(g => g.Considered).ThenBy(g => g.Group, StringComparer.Ordinal).First().Group);
        }

        double? Rate(SelectionCount g) => g.Considered == 0 ? null : (double)g.Selected / g.Considered;
        var reference = groups
            .Where(g => !suppressed.Contains(g.Group) && g.Group is not ProtectedCharacteristics.NotRecorded and not ProtectedCharacteristics.PreferNotToSay)
            .Select(Rate).Max();

        return groups.Select(g =>
        {
            if (suppressed.Contains(g.Group)) return new SelectionRow(g.Group, true, null, null, null, null, false);
            var rate = Rate(g);
            double? ratio = reference is > 0 && rate is { } r ? r / reference.Value : null;
            return new SelectionRow(g.Group, false, g.Considered, g.Selected, rate, ratio, ratio < FourFifths);
        }).ToList();
    }
}
