using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Listening;
using IucRecruit.Data.Scenarios;
using Microsoft.Extensions.Options;

namespace IucRecruit.Web.Features.Scenarios;

public static class ScenarioLibraryRegistration
{
    /// <summary>The scenario library, loaded once from <c>Scenarios:Folder</c> and checked at
    /// start-up (<see cref="ScenarioLibraryStartupCheck"/>), and the services that use it: rotation,
    /// usage and the listening exercise.</summary>
    public static IServiceCollection AddScenarioLibrary(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ScenarioLibraryOptions>(configuration.GetSection(ScenarioLibraryOptions.Section));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ScenarioLibraryOptions>>().Value.Load());
        services.AddHostedService<ScenarioLibraryStartupCheck>();
        services.AddScoped<ScenarioRotationService>();
        services.AddScoped<ScenarioLibraryUsage>();
        services.AddScoped<ListeningAttemptService>();
        return services;
    }
}
