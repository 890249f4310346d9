using System.Security.Cryptography;
using IucRecruit.Data;
using IucRecruit.Data.DataProtection;
using IucRecruit.Data.Storage;
using IucRecruit.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IucRecruit.Web.Tests.Hosting;

/// <summary>With DataProtection:CertificatePath set, the keys that sign cookies and invitation links
/// reach the database encrypted with the certificate (issue 16): the database alone cannot forge
/// them, and the app, and any node with the certificate, still reads them.</summary>
public sealed class DataProtectionKeyEncryptionTests
{
    private const string Password = "key-certificate-password";

    [Fact]
    public async Task Keys_are_stored_encrypted_with_the_certificate_and_read_back_with_it_only()
    {
        await using var app = new RecruitmentApp();
        var certificate = Path.Combine(app.Database.DataFolder, "keys.pfx");
        Directory.CreateDirectory(app.Database.DataFolder);
        await File.WriteAllBytesAsync(certificate, TestCertificates.SelfSignedPfx(Password));
        await using var encrypting = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("DataProtection:CertificatePath", certificate);
            b.UseSetting("DataProtection:CertificatePassword", Password);
        });
        var protectedText = encrypting.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("a secret");

        var xml = StoredKeys(encrypting.Services);
        Assert.Single(xml);
        Assert.Contains("<encryptedSecret", xml[0], StringComparison.Ordinal);
        Assert.Contains("EncryptedXmlDecryptor", xml[0], StringComparison.Ordinal);
        Assert.DoesNotContain("masterKey", xml[0], StringComparison.Ordinal);

        var settings = new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = certificate, ["DataProtection:CertificatePassword"] = Password,
        };
        Assert.Equal("a secret", Unprotect(app.Database, settings, protectedText));
        Assert.Throws<CryptographicException>(() => Unprotect(app.Database, new Dictionary<string, string?>(), protectedText));
    }

    [Fact]
    public async Task Without_the_setting_keys_are_stored_as_plain_xml()
    {
        await using var app = new RecruitmentApp();
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("a secret");

        Assert.Contains("<masterKey", Assert.Single(StoredKeys(app.Services)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certificate_file_that_is_missing_stops_the_app_with_the_setting_named()
    {
        await using var app = new RecruitmentApp();
        await using var wrong = app.WithWebHostBuilder(b => b.UseSetting("DataProtection:CertificatePath", "/nowhere/keys.pfx"));

        var error = Assert.Throws<InvalidOperationException>(() => wrong.Services);
        Assert.Equal("DataProtection:CertificatePath names /nowhere/keys.pfx, which does not exist.", error.Message);
    }

    private static List<string> StoredKeys(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().DataProtectionKeys.Select(k => k.Xml).ToList();
    }

    /// <summary>Another node (or the command-line tool) on the same database, configured by <paramref name="settings"/>.</summary>
    private static string Unprotect(DatabaseOptions database, Dictionary<string, string?> settings, string protectedText)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(database));
        services.AddRecruitmentDatabase();
        services.AddRecruitmentDataProtection(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText);
    }
}
