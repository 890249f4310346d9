using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace IucRecruit.Core.Scenarios.Loading;

/// <summary>
/// Reads one YAML mapping against the fields it may have. Each read names what it expects, so that a
/// missing, empty or mistyped field is reported with its line, its path and that expectation; once
/// the mapping has been read, any field nobody asked for is reported as unknown. Nothing stops at
/// the first error: a bad field gives null and reading goes on.
/// </summary>
internal sealed class YamlFields
{
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> fields = new(StringComparer.Ordinal);
    private readonly List<string> known = [];

    private YamlFields(YamlMappingNode mapping, string path, int line, ErrorList errors)
    {
        Path = path;
        Line = line;
        Errors = errors;
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name }) fields[name] = (key, value);
            else errors.Add(LineOf(key), path, "a field name must be plain text");
        }
    }

    /// <summary>Where this mapping is within the file: empty for the top, <c>clips[1]</c> for an item.</summary>
    public string Path { get; }

    /// <summary>The line that introduces the mapping; missing fields are reported there.</summary>
    public int Line { get; }

    public ErrorList Errors { get; }

    /// <summary>Reads a mapping with <paramref name="read"/>, then reports its unknown fields.</summary>
    public static T? Read<T>(YamlNode node, string path, int line, ErrorList errors, Func<YamlFields, T?> read) where T : class
    {
        if (node is not YamlMappingNode mapping)
        {
            errors.Add(LineOf(node), path, $"expected fields (name: value), found {Describe(node)}");
            return null;
        }
        var fields = new YamlFields(mapping, path, line, errors);
        var result = read(fields);
        fields.ReportUnknown();
        return result;
    }

    public string PathOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public int LineOf(string key) => fields.TryGetValue(key, out var field) ? LineOf(field.Key) : Line;

    /// <summary>Reports a problem with a field that was read successfully (a bad reference, a duplicate).</summary>
    public void Error(string key, string message) => Errors.Add(LineOf(key), PathOf(key), message);

    public bool Has(string key)
    {
        known.Add(key);
        return fields.TryGetValue(key, out var field) && !IsNull(field.Value);
    }

    public string? Text(string key, string expected, bool required = true)
    {
        if (Value(key, expected, required) is not { } node) return null;
        if (node is not YamlScalarNode { Value: { } value }) return WrongType<string>(key, expected, node);
        if (value.Trim().Length == 0)
        {
            Error(key, $"is empty; expected {expected}");
            return null;
        }
        return value.Trim();
    }

    public int? Integer(string key, int min, int max, string expected, bool required = true)
    {
        if (Text(key, expected, required) is not { } text) return null;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Error(key, $"{ErrorQuote.Of(text)} is not a whole number; expected {expected}");
            return null;
        }
        if (number >= min && number <= max) return number;
        Error(key, $"{number} is out of range; expected {expected}");
        return null;
    }

    public decimal? PositiveNumber(string key, string expected)
    {
        if (Text(key, expected) is not { } text) return null;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            Error(key, $"{ErrorQuote.Of(text)} is not a number; expected {expected}");
            return null;
        }
        if (number > 0) return number;
        Error(key, $"{ErrorQuote.Excerpt(text)} is not more than 0; expected {expected}");
        return null;
    }

    public bool? Boolean(string key, string expected)
    {
        if (Text(key, expected) is not { } text) return null;
        if (text is "true" or "false") return text == "true";
        Error(key, $"{ErrorQuote.Of(text)} is not true or false; expected {expected}");
        return null;
    }

    public DateOnly? Date(string key, string expected)
    {
        if (Text(key, expected) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Error(key, $"{ErrorQuote.Of(text)} is not a date written as YYYY-MM-DD; expected {expected}");
        return null;
    }

    /// <summary>One of a fixed set of names (a difficulty, a match rule).</summary>
    public string? Choice(string key, IReadOnlyCollection<string> names, bool required = true)
    {
        var expected = "one of " + string.Join(", ", names);
        if (Text(key, expected, required) is not { } text) return null;
        if (names.Contains(text)) return text;
        Error(key, $"{ErrorQuote.Of(text)} is not allowed; expected {expected}");
        return null;
    }

    /// <summary>An identifier used in links and references: lower-case words joined by hyphens.</summary>
    public string? Id(string key, string expected, bool required = true)
    {
        var fullExpected = $"{expected}: lower-case letters, digits and hyphens (e.g. chest-pain)";
        if (Text(key, fullExpected, required) is not { } text) return null;
        if (IsId(text)) return text;
        Error(key, $"{ErrorQuote.Of(text)} is not a valid id; expected {fullExpected}");
        return null;
    }

    public T? Mapping<T>(string key, string expected, Func<YamlFields, T?> read) where T : class =>
        Value(key, expected, required: true) is { } node ? Read(node, PathOf(key), LineOf(key), Errors, read) : null;

    /// <summary>A list of mappings, each read with <paramref name="read"/>; items with errors are left
    /// out. With <paramref name="idOf"/>, an item whose id repeats an earlier one is reported.</summary>
    public IReadOnlyList<T> List<T>(string key, string expected, Func<YamlFields, T?> read, int minItems = 0, Func<T, string>? idOf = null)
        where T : class
    {
        if (Items(key, expected, minItems) is not { } items) return [];
        var results = new List<T>();
        var firstWithId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{PathOf(key)}[{i}]";
            var item = Read(items[i], path, LineOf(items[i]), Errors, read);
            if (item is null) continue;
            results.Add(item);
            if (idOf is null) continue;
            if (firstWithId.TryGetValue(idOf(item), out var first))
                Errors.Add(IdLine(items[i]), $"{path}.id", $"\"{idOf(item)}\" is already the id of {PathOf(key)}[{first}]; expected each id once");
            else
                firstWithId[idOf(item)] = i;
        }
        return results;
    }

    public IReadOnlyList<string> TextList(string key, string expected, int minItems = 0, bool required = true)
    {
        if (Items(key, expected, minItems, required) is not { } items) return [];
        var results = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlScalarNode { Value: { } value } && value.Trim().Length > 0) results.Add(value.Trim());
            else Errors.Add(LineOf(items[i]), $"{PathOf(key)}[{i}]", $"expected text, found {Describe(items[i])}");
        }
        return results;
    }

    /// <summary>Checks that a reference names something that exists.</summary>
    /// <param name="what">What it should name, with its article: "a stage", "an option".</param>
    public void RequireReference(string key, string? value, IReadOnlyCollection<string> targets, string what)
    {
        if (value is null || targets.Contains(value)) return;
        var choices = targets.Count == 0 ? "none is defined" : $"expected one of {string.Join(", ", targets)}";
        Error(key, $"{ErrorQuote.Of(value)} is not {what} of this file; {choices}");
    }

    public static bool IsId(string text) =>
        text.Length is > 0 and <= 60 && text[0] != '-' && text[^1] != '-' && !text.Contains("--", StringComparison.Ordinal) &&
        text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private static int LineOf(YamlNode node) => (int)node.Start.Line;

    private static int IdLine(YamlNode item) =>
        item is YamlMappingNode mapping && mapping.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: "id" }) is { } key
            ? LineOf(key)
            : LineOf(item);

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "fields (name: value)",
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: var value } => $"{ErrorQuote.Of(value ?? "")}",
        _ => node.NodeType.ToString(),
    };

    private YamlNode? Value(string key, string expected, bool required)
    {
        known.Add(key);
        if (fields.TryGetValue(key, out var field) && !IsNull(field.Value)) return field.Value;
        if (required) Errors.Add(Line, PathOf(key), $"missing; expected {expected}");
        return null;
    }

    private IReadOnlyList<YamlNode>? Items(string key, string expected, int minItems, bool required = true)
    {
        var listExpected = minItems > 0 ? $"a list of {expected}, at least {minItems}" : $"a list of {expected}";
        if (Value(key, listExpected, required) is not { } node) return null;
        if (node is not YamlSequenceNode sequence) return WrongType<IReadOnlyList<YamlNode>>(key, listExpected, node);
        if (sequence.Children.Count < minItems)
            Error(key, $"has {sequence.Children.Count} item{(sequence.Children.Count == 1 ? "" : "s")}; expected {listExpected}");
        return sequence.Children.ToList();
    }

    private T? WrongType<T>(string key, string expected, YamlNode found) where T : class
    {
        Error(key, $"expected {expected}, found {Describe(found)}");
        return null;
    }

    private void ReportUnknown()
    {
        foreach (var (name, field) in fields)
        {
            if (!known.Contains(name))
                Errors.Add(LineOf(field.Key), PathOf(name), $"unknown field; expected one of {string.Join(", ", known.Distinct())}");
        }
    }
}
