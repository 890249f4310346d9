namespace IucRecruit.Core.Scenarios.Matching;

/// <summary>
/// The number of single-letter insertions, deletions, substitutions and swaps of two neighbouring
/// letters that turn one text into another: Damerau's edit distance (F. J. Damerau, "A technique
/// for computer detection and correction of spelling errors", Communications of the ACM 7(3),
/// 1964), in its "optimal string alignment" form, which edits no substring twice (G. Navarro,
/// "A guided tour to approximate string matching", ACM Computing Surveys 33(1), 2001, §2). Damerau
/// found these four errors cover over 80% of misspellings, which is why a swap counts as one.
/// </summary>
public static class DamerauLevenshtein
{
    public static int Distance(string a, string b)
    {
        // Three rolling rows of the dynamic-programming table: the swap looks two rows back.
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    best = Math.Min(best, before[j - 2] + 1);
                current[j] = best;
            }
            (before, previous, current) = (previous, current, before);
        }
        return previous[b.Length];
    }
}
