using IucRecruit.Data.Assessment;

namespace IucRecruit.Web.Features.Assessment;

public static class AssessmentServices
{
    public static IServiceCollection AddAssessment(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAssessmentRecords(configuration);
        services.AddScoped<AssessorWork>();
        services.AddScoped<RecordingReviewAccess>();
        services.AddScoped<ResultsOverview>();
        return services;
    }
}
