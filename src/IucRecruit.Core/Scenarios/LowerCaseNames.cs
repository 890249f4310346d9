namespace IucRecruit.Core.Scenarios;

/// <summary>An enum's values as the scenario files write them: the name in lower case
/// (<c>foundation</c>, <c>brisk</c>).</summary>
internal static class LowerCaseNames<T> where T : struct, Enum
{
    private static readonly Dictionary<string, T> ByName = Enum.GetValues<T>().ToDictionary(Of);

    public static string Of(T value) => value.ToString().ToLowerInvariant();

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static bool TryParse(string name, out T value) => ByName.TryGetValue(name, out value);
}
