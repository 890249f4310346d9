namespace IucRecruit.Core.Practice;

/// <summary>The answer to "Is this job for you?" after a practice call.</summary>
public enum PracticeAnswer
{
    /// <summary>Apply, or carry on with an application already made.</summary>
    ForMe = 1,
    NotForMe = 2,
}

/// <summary>Why the job is not for them: optional, any number, from a fixed list so that nothing
/// personal is typed into an anonymous record. The list follows what the guide says new advisors
/// leave over (seeds/001): the hours, the pace, distressed callers, the screen and headset.</summary>
public enum NotForMeReason
{
    Hours = 1,
    Weekends = 2,
    Pace = 3,
    DistressedCallers = 4,
    ScreenAndHeadset = 5,
    Pay = 6,
    Other = 7,
}

public static class NotForMeReasons
{
    public static string DisplayName(this NotForMeReason reason) => reason switch
    {
        NotForMeReason.Hours => "The shifts and hours",
        NotForMeReason.Weekends => "Weekend, bank holiday or night working",
        NotForMeReason.Pace => "The pace: one call after another",
        NotForMeReason.DistressedCallers => "Callers who are frightened, angry or upset",
        NotForMeReason.ScreenAndHeadset => "A headset and a screen all shift",
        NotForMeReason.Pay => "The pay",
        _ => "Something else",
    };

    /// <summary>Stored as names joined by commas, in the enum's order, each once.</summary>
    public static string Store(IEnumerable<NotForMeReason> reasons) =>
        string.Join(',', reasons.Where(Enum.IsDefined).Distinct().Order());

    public static IReadOnlyList<NotForMeReason> Parse(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split(',').Select(Enum.Parse<NotForMeReason>).ToList();
}
