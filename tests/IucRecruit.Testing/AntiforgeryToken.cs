using System.Net;
using System.Text.RegularExpressions;

namespace IucRecruit.Testing;

/// <summary>The antiforgery token a Razor form carries, read from the page's HTML so a test can
/// post the form as a browser would.</summary>
public static partial class AntiforgeryToken
{
    public const string FieldName = "__RequestVerificationToken";

    /// <summary>The token of the first form in <paramref name="html"/>, HTML-decoded; empty if the
    /// page has no form.</summary>
    public static string In(string html) => WebUtility.HtmlDecode(Field().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Field();
}
