using IucRecruit.Data.Assessment;
using IucRecruit.Data.Demo;

namespace IucRecruit.Web.Features.Assessment;

public static class AssessmentServices
{
    public static IServiceCollection AddAssessment(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAssessmentRecords(configuration);
        services.AddScoped<AssessorWork>();
        services.AddScoped<RecordingReviewAccess>();
        services.AddScoped<ResultsOverview>();
        services.AddScoped<DemoCallRecording>();
        services.AddScoped<DemoScoring>();
        services.AddScoped<DemoCalibration>();
        services.AddScoped<DemoAssessment>();
        return services;
    }
}
