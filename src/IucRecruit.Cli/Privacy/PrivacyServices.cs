using System.CommandLine;
using IucRecruit.Cli.Hosting;
using IucRecruit.Data;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Privacy;
using IucRecruit.Data.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Cli.Privacy;

/// <summary>The data-protection services for a command, with the web app's settings read from the
/// environment (<c>Retention__*</c>, <c>Calls__RecordingsFolder</c>), on an up-to-date schema.</summary>
internal static class PrivacyServices
{
    public static async Task<ServiceProvider> CreateAsync(CliDatabaseOptions database, ParseResult parsed, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = database.Services(parsed, s => s.AddRecruitmentFunnel(configuration).AddCandidatePrivacy(configuration));
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().MigrateAsync(database.Read(parsed), cancellationToken);
        return services;
    }
}
