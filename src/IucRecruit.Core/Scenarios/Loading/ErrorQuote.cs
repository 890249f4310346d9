using System.Globalization;

namespace IucRecruit.Core.Scenarios.Loading;

/// <summary>How an error message quotes a value from the file: enough to find it, never the whole
/// of a long one (a 1 MB value quoted in each of 400 errors made a 400 MB report).</summary>
internal static class ErrorQuote
{
    public const int MaxCharacters = 100;

    /// <summary>The value in double quotes, cut to its first 100 characters with its length said.</summary>
    public static string Of(string value) => $"\"{Excerpt(value)}\"";

    /// <summary>The value cut to its first 100 characters with its length said, unquoted (for a path).</summary>
    public static string Excerpt(string value) =>
        value.Length <= MaxCharacters ? value
            : string.Create(CultureInfo.InvariantCulture, $"{value[..MaxCharacters]}… ({value.Length:N0} characters)");
}
