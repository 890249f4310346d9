namespace IucRecruit.Core.Scenarios;

/// <summary>
/// Which item a candidate gets next. Scenarios are "changed from time to time" (seeds/001) so that
/// their content does not spread among applicants: the pick is among active items of the wanted
/// difficulty, never one the candidate has already had, least exposed first; ties go to the id that
/// sorts first, so that the choice is predictable and testable.
/// </summary>
public static class ScenarioRotation
{
    /// <param name="difficulty">The difficulty wanted, or null for any.</param>
    /// <param name="retired">Ids of retired items.</param>
    /// <param name="exposures">How many times each item has been used, by id (absent: never).</param>
    /// <param name="candidateHad">Ids of the items this candidate has already had.</param>
    /// <returns>The item to use, or null when none is left for this candidate.</returns>
    public static T? Pick<T>(
        IEnumerable<T> items, Difficulty? difficulty, IReadOnlySet<string> retired,
        IReadOnlyDictionary<string, int> exposures, IReadOnlySet<string> candidateHad) where T : LibraryItem =>
        items
            .Where(i => difficulty is null || i.Difficulty == difficulty)
            .Where(i => !retired.Contains(i.Id) && !candidateHad.Contains(i.Id))
            .OrderBy(i => exposures.GetValueOrDefault(i.Id))
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .FirstOrDefault();
}
