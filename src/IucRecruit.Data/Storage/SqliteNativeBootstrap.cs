using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace IucRecruit.Data.Storage;

/// <summary>
/// Makes EF Core's SQLite provider run on the operating system's own SQLite library.
/// </summary>
/// <remarks>
/// Why this exists (see docs/decisions/0002-sqlite-on-system-library.md): the package source
/// offers SQLitePCLRaw 2.0.6 only, without its bundled native library, while EF Core 10 asks for
/// SQLitePCLRaw 2.1.x. Three steps bridge that, once per process, before any connection opens:
/// 1. when the runtime asks for SQLitePCLRaw 2.1.x, hand it the 2.0.6 assembly from the app folder;
/// 2. resolve the provider's native name <c>e_sqlite3</c> to Debian's <c>libsqlite3.so.0</c>;
/// 3. register that provider with SQLitePCL.
/// </remarks>
internal static class SqliteNativeBootstrap
{
    private static readonly string[] SystemLibraryNames = ["libsqlite3.so.0", "libsqlite3.so", "sqlite3"];

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "SQLite must be wired before EF Core opens its first connection, whichever host loads this library.")]
    internal static void Initialise()
    {
        AssemblyLoadContext.Default.Resolving += LoadSqlitePclRawFromAppFolder;
        NativeLibrary.SetDllImportResolver(typeof(SQLitePCL.SQLite3Provider_e_sqlite3).Assembly, ResolveSystemSqlite);
        SQLitePCL.raw.SetProvider(new SQLitePCL.SQLite3Provider_e_sqlite3());
    }

    private static Assembly? LoadSqlitePclRawFromAppFolder(AssemblyLoadContext context, AssemblyName name)
    {
        if (name.Name is null || !name.Name.StartsWith("SQLitePCLRaw.", StringComparison.Ordinal)) return null;
        var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
        return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }

    private static IntPtr ResolveSystemSqlite(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != "e_sqlite3") return IntPtr.Zero;
        foreach (var candidate in SystemLibraryNames)
        {
            if (NativeLibrary.TryLoad(candidate, assembly, searchPath, out var handle)) return handle;
        }
        throw new DllNotFoundException(
            "SQLite was not found. Install the system library (Debian: apt-get install libsqlite3-0).");
    }
}
