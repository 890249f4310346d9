using IucRecruit.Data.Practice;

namespace IucRecruit.Web.Features.Practice;

public static class PracticeRegistration
{
    /// <summary>The practice call's services (issue 15): its attempts and the dashboard's figures.</summary>
    public static IServiceCollection AddPractice(this IServiceCollection services) => services
        .AddScoped<PracticeAttempts>()
        .AddScoped<PracticeReports>();
}
