using IucRecruit.Core.Privacy;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Privacy.Holdings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Data.Privacy;

public static class PrivacyRegistration
{
    /// <summary>Data protection's services, for the web app and the command-line tool alike.</summary>
    public static IServiceCollection AddCandidatePrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DataRetentionOptions>(configuration.GetSection(DataRetentionOptions.Section));
        RecordingStorage.AddRecordingStorage(services, configuration);
        services.AddCandidateDataRegistry();
        services.AddScoped<MockCallData>();
        services.AddScoped<AccessAudit>();
        services.AddScoped<PersonalDataEraser>();
        services.AddScoped<SubjectAccessExport>();
        services.AddScoped<CandidateErasure>();
        services.AddScoped<DataRetentionPurge>();
        return services;
    }
}
