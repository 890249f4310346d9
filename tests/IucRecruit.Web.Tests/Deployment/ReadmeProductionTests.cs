using System.Net;
using System.Text.RegularExpressions;
using IucRecruit.Testing;

namespace IucRecruit.Web.Tests.Deployment;

/// <summary>The README's "Run on PostgreSQL" commands, followed as written (issue 16, bug 13): the
/// app starts in Production on HTTPS and its sign-in form works; over plain HTTP it says what is
/// needed, at start-up and on the page, instead of answering 500.</summary>
public sealed partial class ReadmeProductionTests
{
    [Fact]
    public async Task The_readme_production_commands_start_an_https_app_on_postgresql_whose_sign_in_page_works()
    {
        var (exports, command) = ReadmeBlock();
        Assert.Equal("dotnet run --project src/IucRecruit.Web -c Release", command);
        Assert.Equal(
            ["ASPNETCORE_ENVIRONMENT", "ASPNETCORE_URLS", "Kestrel__Certificates__Default__Path", "Kestrel__Certificates__Default__Password",
             "Database__Provider", "Database__ConnectionString"],
            exports.Keys);
        Assert.StartsWith("https://", exports["ASPNETCORE_URLS"], StringComparison.Ordinal);

        await using var database = await TestDatabase.PostgreSqlAsync();
        var certificate = Path.Combine(database.Options.DataFolder, "tls.pfx");
        const string certificatePassword = "test-certificate-password";
        await File.WriteAllBytesAsync(certificate, TestCertificates.SelfSignedPfx(certificatePassword));
        // The README's values, but for the placeholders: this machine's test database and certificate.
        var settings = new Dictionary<string, string>(exports)
        {
            ["Kestrel__Certificates__Default__Path"] = certificate,
            ["Kestrel__Certificates__Default__Password"] = certificatePassword,
            ["Database__ConnectionString"] = database.Options.ConnectionString!,
        };
        settings.Remove("ASPNETCORE_URLS"); // the same scheme, on a free loopback port
        await using var server = new ServerProcess(database.Options.DataFolder, settings, scheme: "https");
        await server.StartAsync();
        using var client = server.CreateClient();

        using var page = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("name=\"__RequestVerificationToken\"", html, StringComparison.Ordinal);
        Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith("iucrecruit.antiforgery=", StringComparison.Ordinal) &&
            c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Production is listening on plain HTTP", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_on_plain_http_says_what_is_needed_at_start_up_and_on_the_page_instead_of_a_500()
    {
        var folder = Directory.CreateTempSubdirectory("iucrecruit-http-").FullName;
        try
        {
            await using var server = new ServerProcess(folder, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" });
            await server.StartAsync();
            using var client = server.CreateClient();

            using var page = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
            var html = await page.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            Assert.Contains("This service needs a secure connection", html, StringComparison.Ordinal);
            Assert.Contains("ForwardedHeaders:KnownProxies", html, StringComparison.Ordinal);
            Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
            Assert.Contains($"Production is listening on plain HTTP (http://127.0.0.1:{server.Port})", server.Output, StringComparison.Ordinal);
            Assert.Contains("127.0.0.0/8)", server.Output, StringComparison.Ordinal); // ASP.NET Core's default: loopback only
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The first shell block of the README's "Run on PostgreSQL": its exports in order, and the command.</summary>
    private static (Dictionary<string, string> Exports, string Command) ReadmeBlock()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));
        var section = readme[readme.IndexOf("## Run on PostgreSQL", StringComparison.Ordinal)..];
        var block = CodeBlock().Match(section).Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var exports = new Dictionary<string, string>();
        foreach (var line in block.SkipLast(1))
        {
            var export = Export().Match(line);
            Assert.True(export.Success, $"Not an export: {line}");
            exports.Add(export.Groups[1].Value, export.Groups[2].Value.Trim('"'));
        }
        return (exports, block[^1].Trim());
    }

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"^export ([A-Za-z_]+)=(.+)$")]
    private static partial Regex Export();
}
