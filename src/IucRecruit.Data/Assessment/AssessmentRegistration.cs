using IucRecruit.Data.Calibration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Data.Assessment;

public static class AssessmentRegistration
{
    /// <summary>The assessment's and calibration's services and the <c>Assessment</c> settings.</summary>
    public static IServiceCollection AddAssessmentRecords(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AssessmentOptions>()
            .Bind(configuration.GetSection(AssessmentOptions.Section))
            .Validate(o => double.IsFinite(o.ModerationTolerance) && o.ModerationTolerance >= 0,
                "Assessment:ModerationTolerance must be a number of scale points, zero or more.")
            .ValidateOnStart();
        services.AddScoped<CallAssessments>();
        services.AddScoped<FeedbackRecords>();
        services.AddScoped<SpeechAnalyticsRecords>();
        services.AddScoped<CalibrationSets>();
        return services;
    }
}
