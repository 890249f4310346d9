using IucRecruit.Core.Privacy;
using IucRecruit.Data.Privacy;
using Microsoft.Extensions.Options;

namespace IucRecruit.Web.Features.Privacy;

public static class PrivacyWebRegistration
{
    /// <summary>Subject access, erasure, the access audit, and the daily retention purge. Unusable
    /// retention settings stop the app at start, naming each.</summary>
    public static IServiceCollection AddCandidatePrivacyWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCandidatePrivacy(configuration);
        services.AddSingleton<IValidateOptions<DataRetentionOptions>, RetentionOptionsValidation>();
        services.AddOptions<DataRetentionOptions>().ValidateOnStart();
        services.AddHostedService<DailyDataRetentionPurge>();
        return services;
    }

    private sealed class RetentionOptionsValidation : IValidateOptions<DataRetentionOptions>
    {
        public ValidateOptionsResult Validate(string? name, DataRetentionOptions options) =>
            options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
