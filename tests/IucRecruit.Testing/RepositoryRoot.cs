namespace IucRecruit.Testing;

/// <summary>The checkout's top folder (where IucRecruit.sln is), for tests that read the
/// repository's own files: scenarios, the compose file, documentation.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "IucRecruit.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No IucRecruit.sln above {AppContext.BaseDirectory}.");
    }
}
