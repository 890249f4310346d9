namespace IucRecruit.Core.Scenarios.Loading;

/// <summary>
/// Whether a path really lies inside a folder: after following symbolic links at every step, not
/// only by its spelling. A clip <c>clips/a.wav</c> that is a link to <c>/etc/shadow</c>, or a
/// <c>clips</c> folder that links elsewhere, reads as inside the folder until the links are
/// resolved.
/// </summary>
public static class FolderContainment
{
    /// <summary>False too when the links form a loop: that leads nowhere inside the folder.</summary>
    public static bool IsInside(string path, string folder)
    {
        try
        {
            var realFolder = RealPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            return RealPath(path).StartsWith(realFolder, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The absolute path with every symbolic link along it replaced by what it points to
    /// (what POSIX realpath gives). A path that does not exist yet keeps its missing tail.</summary>
    /// <exception cref="IOException">The links form a loop.</exception>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo entry = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            // ResolveLinkTarget(true) follows a chain of links to its end, relative targets included.
            current = entry.LinkTarget is not null && entry.ResolveLinkTarget(returnFinalTarget: true) is { } target
                ? RealPath(target.FullName)
                : next;
        }
        return current;
    }
}
