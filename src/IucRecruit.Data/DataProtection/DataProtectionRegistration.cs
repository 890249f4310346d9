using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IucRecruit.Data.DataProtection;

public static class DataProtectionRegistration
{
    /// <summary>The application name that every node and the command-line tool share, so that they
    /// read each other's cookies, tokens and invitation links.</summary>
    public const string ApplicationName = "IucRecruit";

    public const string CertificatePathSetting = "DataProtection:CertificatePath";
    public const string CertificatePasswordSetting = "DataProtection:CertificatePassword";

    /// <param name="configuration">With <see cref="CertificatePathSetting"/> set, new keys are
    /// encrypted with that certificate (a .pfx with its private key) before they reach the database,
    /// so that reading the database is not enough to forge cookies and invitation links.</param>
    public static IServiceCollection AddRecruitmentDataProtection(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var protection = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (configuration?[CertificatePathSetting] is { Length: > 0 } path)
        {
            var certificate = LoadCertificate(path, configuration[CertificatePasswordSetting]);
            protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new DatabaseXmlRepository(
                    provider.GetRequiredService<IServiceScopeFactory>(),
                    provider.GetRequiredService<TimeProvider>())));
        return services;
    }

    private static X509Certificate2 LoadCertificate(string path, string? password)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"{CertificatePathSetting} names {path}, which does not exist.");
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (System.Security.Cryptography.CryptographicException ex)
        {
            throw new InvalidOperationException(
                $"{CertificatePathSetting} ({path}) could not be read as a .pfx with {CertificatePasswordSetting}: {ex.Message}", ex);
        }
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException(
                $"{CertificatePathSetting} ({path}) has no private key: the keys could be encrypted but never read back.");
        return certificate;
    }
}
