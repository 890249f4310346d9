using IucRecruit.Audio.Analysis;

namespace IucRecruit.Audio.Tests.Analysis;

internal static class Expect
{
    /// <summary>The segments found are the expected ones (in seconds), each boundary within the tolerance.</summary>
    public static void Segments(IReadOnlyList<SpeechSegment> actual, double toleranceSeconds, params (double Start, double End)[] expected)
    {
        Assert.True(expected.Length == actual.Count,
            $"Expected {expected.Length} segments, found {actual.Count}: {string.Join(", ", actual.Select(s => $"{s.Start.TotalSeconds:F3}–{s.End.TotalSeconds:F3}"))}");
        for (var i = 0; i < expected.Length; i++)
        {
            Near(expected[i].Start, actual[i].Start, toleranceSeconds);
            Near(expected[i].End, actual[i].End, toleranceSeconds);
        }
    }

    public static void Near(double expectedSeconds, TimeSpan? actual, double toleranceSeconds)
    {
        Assert.NotNull(actual);
        Assert.InRange(actual.Value.TotalSeconds, expectedSeconds - toleranceSeconds, expectedSeconds + toleranceSeconds);
    }
}
