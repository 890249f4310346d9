namespace IucRecruit.Core.Listening;

/// <summary>
/// How long a candidate has for a listening exercise. The exercise's limit is lengthened by the
/// candidate's extra-time adjustment (seeds/001: "giving staff with dyslexia more time to sit
/// tests"), and answers are accepted for a short grace period after it, because the page hands them
/// in by itself when the time runs out and the network takes a moment.
/// </summary>
public static class ListeningTimeLimit
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    public static TimeSpan For(int minutes, int extraTimePercent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(extraTimePercent);
        return TimeSpan.FromMinutes(minutes) * (1 + extraTimePercent / 100.0);
    }

    /// <summary>Answers handed in after the deadline and its grace period are late.</summary>
    public static bool IsLate(DateTime deadlineUtc, DateTime handedInUtc) => handedInUtc > deadlineUtc + Grace;
}
