using IucRecruit.Data.Assessment;
using IucRecruit.Data.Equality;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Funnel.Reports;
using IucRecruit.Data.Import;
using IucRecruit.Data.Retention;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Data.Funnel;

public static class FunnelRegistration
{
    /// <summary>The funnel's services, for the web app and the command-line tool alike.</summary>
    public static IServiceCollection AddRecruitmentFunnel(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FunnelSettings>(configuration.GetSection(FunnelSettings.Section));
        services.AddScoped<FunnelWriter>();
        services.AddScoped<StageLog>();
        services.AddScoped<ObservedProgress>();
        services.AddScoped<FunnelBackfill>();
        services.AddScoped<EqualityAnswers>();
        services.AddScoped<EmploymentRecords>();
        services.AddScoped<MockCallScores>();
        services.AddScoped<WorkingConditionsRecords>();
        services.AddScoped<FunnelQueries>();
        services.AddScoped<FunnelReports>();
        services.AddScoped<ApplicantImport>();
        services.AddScoped<WorkforceImport>();
        return services;
    }
}
