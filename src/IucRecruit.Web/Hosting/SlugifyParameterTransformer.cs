using System.Text.RegularExpressions;

namespace IucRecruit.Web.Hosting;

/// <summary>Turns page and area names into lower-case, hyphenated URL segments
/// ("RolePlayer/AssessmentDays" becomes "role-player/assessment-days"): easier to read aloud and
/// to type from a printed invitation.</summary>
public sealed partial class SlugifyParameterTransformer : IOutboundParameterTransformer
{
    public string? TransformOutbound(object? value) =>
        value is null ? null : WordBoundary().Replace(value.ToString()!, "$1-$2").ToLowerInvariant();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex WordBoundary();
}
