using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IucRecruit.Data.DataProtection;

public static class DataProtectionRegistration
{
    /// <summary>The application name that every node and the command-line tool share, so that they
    /// read each other's cookies, tokens and invitation links.</summary>
    public const string ApplicationName = "IucRecruit";

    public static IServiceCollection AddRecruitmentDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new DatabaseXmlRepository(
                    provider.GetRequiredService<IServiceScopeFactory>(),
                    provider.GetRequiredService<TimeProvider>())));
        return services;
    }
}
