using IucRecruit.Data.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IucRecruit.Data.Calls;

/// <summary>
/// Where call recordings are kept on disk: <c>Calls:RecordingsFolder</c>, or <c>recordings</c> in
/// the data folder. One answer for the web app (which writes them) and the command-line tool (which
/// exports and purges them).
/// </summary>
public sealed class RecordingStorage(string folder)
{
    public const string Setting = "Calls:RecordingsFolder";

    public string Folder { get; } = folder;

    public string PathOf(CallRecording recording) => Path.Combine(Folder, recording.RelativePath);

    public static RecordingStorage Resolve(string? configuredFolder, DatabaseOptions database) =>
        new(string.IsNullOrEmpty(configuredFolder)
            ? Path.Combine(Path.GetFullPath(database.DataFolder), "recordings")
            : Path.GetFullPath(configuredFolder));

    public static void AddRecordingStorage(IServiceCollection services, IConfiguration configuration) =>
        services.TryAddSingleton(provider => Resolve(configuration[Setting],
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value));
}
