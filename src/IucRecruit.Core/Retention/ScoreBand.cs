namespace IucRecruit.Core.Retention;

/// <summary>A candidate's mock-call result of record, banded by the mean of their criterion
/// scores as a share of each criterion's maximum, so that the band does not depend on the rating
/// scale the assessment uses.</summary>
public enum ScoreBand
{
    Below60,
    From60To79,
    From80,
}

public static class ScoreBands
{
    public static ScoreBand? Of(IEnumerable<(double Score, double Maximum)> scores)
    {
        var shares = scores.Where(s => s.Maximum > 0).Select(s => s.Score / s.Maximum).ToList();
        if (shares.Count == 0) return null;
        var mean = shares.Average();
        return mean < 0.6 ? ScoreBand.Below60 : mean < 0.8 ? ScoreBand.From60To79 : ScoreBand.From80;
    }

    public static string DisplayName(this ScoreBand band) => band switch
    {
        ScoreBand.Below60 => "Below 60%",
        ScoreBand.From60To79 => "60% to 79%",
        ScoreBand.From80 => "80% or more",
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, null),
    };
}
