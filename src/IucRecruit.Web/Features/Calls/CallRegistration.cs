using IucRecruit.Data.Calls;
using IucRecruit.Data.Scenarios;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace IucRecruit.Web.Features.Calls;

public static class CallRegistration
{
    public static IServiceCollection AddCalls(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CallOptions>(configuration.GetSection(CallOptions.Section));
        services.AddSingleton<HubSessions>();
        services.AddHostedService(provider => provider.GetRequiredService<HubSessions>());
        services.AddSignalR(options =>
            {
                options.MaximumReceiveMessageSize = 64 * 1024;
                options.AddFilter<HubSessions>();
            })
            // The call pages speak MessagePack: a frame is 160 bytes as binary instead of base64
            // in JSON (decision 0077). JSON, SignalR's default, stays for other clients.
            .AddMessagePackProtocol();
        services.AddSingleton<IAuthorizationHandler, HubRoleHandler>();
        services.AddSingleton<CallEventStore>();
        services.AddSingleton<ScenarioVersionArchive>();
        services.AddSingleton<ICallScenarios, LibraryCallScenarios>();
        services.AddSingleton<CallRelayMetrics>();
        RecordingStorage.AddRecordingStorage(services, configuration);
        services.AddSingleton<CallListener>();
        services.AddSingleton<CallNode>();
        services.AddSingleton<LiveCallsBySilo>();
        services.AddSingleton<HubCommandLimiter>();
        services.AddHostedService(provider => provider.GetRequiredService<CallNode>());
        return services;
    }

    public static void MapCalls(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<CallHub>(CallHub.Path);
        endpoints.MapCallDiagnostics();
    }
}
