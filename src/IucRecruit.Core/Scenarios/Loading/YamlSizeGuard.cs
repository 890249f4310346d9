using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace IucRecruit.Core.Scenarios.Loading;

/// <summary>
/// Keeps a scenario file from costing more than a scenario can need, at start-up and in
/// <c>scenarios validate</c> alike. The largest real scenario file is under 10 KB. A YAML alias
/// (<c>*name</c>) repeats its anchor wherever it stands, so a 1 MB file of 400 aliases to a 1 MB
/// anchor reads as 400 MB of text: every reader walking it, and every error quoting it, pays that.
/// The expanded size is measured over the node tree, where an alias is the same node object as
/// its anchor, so measuring costs only the file's own size.
/// </summary>
internal static class YamlSizeGuard
{
    /// <summary>About 25 times the largest scenario file.</summary>
    public const long MaxFileBytes = 256 * 1024;

    /// <summary>The characters of all values with every alias expanded: four times the largest
    /// file, room for ordinary reuse of a block through an alias.</summary>
    public const long MaxExpandedCharacters = 4 * MaxFileBytes;

    /// <summary>How deep mappings and lists may nest: real scenarios reach 6. Reading a file into
    /// nodes recurses once per level, so ten thousand nested brackets in a few kilobytes would
    /// overflow the stack and end the process, which no error handling can catch.</summary>
    public const int MaxDepth = 32;

    /// <summary>The line where the nesting first goes deeper than <see cref="MaxDepth"/>, and why;
    /// null when it does not. Read with YamlDotNet's parser, which keeps its own stack, before
    /// anything recursive reads the file. A file that is not YAML is left for the loader to report.</summary>
    public static (int Line, string Message)? NestsTooDeep(string path)
    {
        using var reader = File.OpenText(path);
        var parser = new Parser(reader);
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is MappingStart or SequenceStart && ++depth > MaxDepth)
                    return ((int)parser.Current.Start.Line, string.Create(CultureInfo.InvariantCulture,
                        $"nests lists and mappings more than {MaxDepth} deep here; expected a scenario's few levels"));
                if (parser.Current is MappingEnd or SequenceEnd) depth--;
            }
        }
        catch (YamlException)
        {
            // Not valid YAML: the loader says where and why.
        }
        return null;
    }

    public static string? FileTooLarge(string path)
    {
        var bytes = new FileInfo(path).Length;
        return bytes <= MaxFileBytes ? null
            : string.Create(CultureInfo.InvariantCulture, $"is {bytes:N0} bytes; expected at most {MaxFileBytes:N0} bytes (a scenario file is a few kilobytes)");
    }

    public static string? ExpandsTooFar(YamlNode root)
    {
        var sizes = new Dictionary<YamlNode, long>(ReferenceEqualityComparer.Instance);
        return ExpandedSize(root, sizes, []) <= MaxExpandedCharacters ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"expands to more than {MaxExpandedCharacters:N0} characters through YAML aliases (*name); expected each block written out at most a few times");
    }

    /// <summary>The expanded size of a node, counted once per node object and stopped as soon as it
    /// passes the limit. A node that contains itself (an alias inside its own anchor) is infinite.</summary>
    private static long ExpandedSize(YamlNode node, Dictionary<YamlNode, long> sizes, HashSet<YamlNode> open)
    {
        if (sizes.TryGetValue(node, out var known)) return known;
        if (!open.Add(node)) return long.MaxValue;
        long size = 1;
        IEnumerable<YamlNode> children = node switch
        {
            YamlMappingNode mapping => mapping.Children.SelectMany(pair => new[] { pair.Key, pair.Value }),
            YamlSequenceNode sequence => sequence.Children,
            _ => [],
        };
        if (node is YamlScalarNode { Value: { } value }) size += value.Length;
        foreach (var child in children)
        {
            var childSize = ExpandedSize(child, sizes, open);
            size = childSize > MaxExpandedCharacters - size ? MaxExpandedCharacters + 1 : size + childSize;
            if (size > MaxExpandedCharacters) break;
        }
        open.Remove(node);
        sizes[node] = size;
        return size;
    }
}
