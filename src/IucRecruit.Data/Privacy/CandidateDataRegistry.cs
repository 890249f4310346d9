using IucRecruit.Data.Privacy.Holdings;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Data.Privacy;

/// <summary>
/// Everything the product holds about a candidate, one entry per kind of data. Subject access
/// exports, erasure and the retention purge all work through this list and nothing else.
/// <para><b>A feature that adds a table about candidates adds one line here</b> (an
/// <see cref="ICandidateData"/> of its own), or
/// <c>CandidateDataRegistryTests</c> fails and names the table.</para>
/// </summary>
public static class CandidateDataRegistry
{
    public static IServiceCollection AddCandidateDataRegistry(this IServiceCollection services) => services
        .AddScoped<ICandidateData, CandidateDetailsData>()
        .AddScoped<ICandidateData, AccountData>()
        .AddScoped<ICandidateData, FunnelData>()
        .AddScoped<ICandidateData, ListeningData>()
        .AddScoped<ICandidateData, MockCallData>()
        .AddScoped<ICandidateData, AssessmentData>()
        .AddScoped<ICandidateData, ScenarioExposureData>()
        .AddScoped<ICandidateData, PracticeData>()
        .AddScoped<ICandidateData, MessageData>()
        .AddScoped<ICandidateData, AccessAuditData>();
}
