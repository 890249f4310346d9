namespace IucRecruit.Core.Candidates;

/// <summary>
/// A UK mobile number, as people write it (07700 900123, +44 7700 900123, 0044 7700 900123,
/// +44 (0)7700 900123), held in one form: international, digits only after the plus
/// (<c>+447700900123</c>), which is what GOV.UK Notify and every other sender accepts, so one number
/// written two ways is one number. Mobile numbers are those Ofcom gives mobiles (07 then nine
/// digits); 076 is radiopaging except 07624, the Isle of Man's mobiles, and a pager cannot take a text.
/// </summary>
public static class UkMobileNumber
{
    /// <summary>What a cell or field must hold, in the words an import error or a form uses.</summary>
    public const string Expected = "a UK mobile number, like 07700 900123 or +44 7700 900123";

    /// <summary>The length of the held form: +44, then 7 and nine digits.</summary>
    public const int Length = 13;

    /// <summary>The number in its held form, or null when <paramref name="text"/> is not a UK mobile number.</summary>
    public static string? Normalise(string text)
    {
        // "+44 (0)7700…": the bracketed trunk zero is written by people, never dialled.
        var compact = new string(text.Replace("(0)", "", StringComparison.Ordinal)
            .Where(c => c is not (' ' or '-' or '.' or '(' or ')')).ToArray());
        var national = compact switch
        {
            _ when compact.StartsWith("+44", StringComparison.Ordinal) => compact[3..],
            _ when compact.StartsWith("0044", StringComparison.Ordinal) => compact[4..],
            _ when compact.StartsWith("44", StringComparison.Ordinal) && compact.Length == 12 => compact[2..],
            _ when compact.StartsWith('0') => compact[1..],
            _ => null,
        };
        if (national is not { Length: 10 } || national[0] != '7' || !national.All(char.IsAsciiDigit)) return null;
        if (national.StartsWith("76", StringComparison.Ordinal) && !national.StartsWith("7624", StringComparison.Ordinal)) return null;
        return "+44" + national;
    }

    /// <summary>The held form as people in the UK read it: <c>07700 900123</c>.</summary>
    public static string Display(string held) => held.Length == Length && held.StartsWith("+44", StringComparison.Ordinal)
        ? $"0{held[3..7]} {held[7..]}"
        : held;
}
