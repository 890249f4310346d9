using System.CommandLine;
using IucRecruit.Data.DataProtection;
using IucRecruit.Data.Identity;
using IucRecruit.Data.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IucRecruit.Cli.Hosting;

/// <summary>
/// Which database the command works on. The same settings as the web app (README, Configuration):
/// the environment variables <c>Database__Provider</c>, <c>Database__ConnectionString</c> and
/// <c>Database__DataFolder</c>, overridden by the options of the same names.
/// </summary>
public sealed class CliDatabaseOptions
{
    private readonly Option<DatabaseProvider?> provider = new("--provider")
    {
        Description = "Sqlite (default), PostgreSql or SqlServer.",
        Recursive = true,
    };

    private readonly Option<string?> connectionString = new("--connection-string")
    {
        Description = "Required for PostgreSql and SqlServer; for SQLite, defaults to iucrecruit.db in the data folder.",
        Recursive = true,
    };

    private readonly Option<string?> dataFolder = new("--data-folder")
    {
        Description = "The product's data folder (default: ./data).",
        Recursive = true,
    };

    public void AddTo(RootCommand root)
    {
        root.Options.Add(provider);
        root.Options.Add(connectionString);
        root.Options.Add(dataFolder);
    }

    public DatabaseOptions Read(ParseResult parsed)
    {
        var options = new ConfigurationBuilder().AddEnvironmentVariables().Build()
            .GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (parsed.GetValue(provider) is { } chosenProvider) options.Provider = chosenProvider;
        if (parsed.GetValue(connectionString) is { } chosenConnection) options.ConnectionString = chosenConnection;
        if (parsed.GetValue(dataFolder) is { } chosenFolder) options.DataFolder = chosenFolder;
        return options;
    }

    /// <summary>The services a command needs: the database, Identity's stores and the Data
    /// Protection keys the web app shares.</summary>
    public ServiceProvider Services(ParseResult parsed, Action<IServiceCollection>? add = null)
    {
        var options = Read(parsed);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddRecruitmentDatabase();
        // The same key encryption certificate as the web app (DataProtection__CertificatePath).
        services.AddRecruitmentDataProtection(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        services.AddRecruitmentIdentityCore();
        add?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
