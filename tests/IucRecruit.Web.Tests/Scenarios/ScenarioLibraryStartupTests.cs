using IucRecruit.Data.Demo;
using IucRecruit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Scenarios;

/// <summary>An invalid library stops the app in production, listing every error; elsewhere the app
/// starts and the library page shows the errors.</summary>
public sealed class ScenarioLibraryStartupTests
{
    private static readonly string BrokenLibrary =
        RepositoryRoot.Combine("tests", "IucRecruit.Core.Tests", "Scenarios", "Broken", "rubric-rules");

    private static readonly string[] ExpectedErrors =
        [.. File.ReadAllLines(Path.Combine(BrokenLibrary, "expected-errors.txt")).Where(l => l.Length > 0)];

    [Fact]
    public async Task In_production_an_invalid_library_stops_the_app_and_every_error_is_listed()
    {
        await using var app = new RecruitmentApp().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Scenarios:Folder", BrokenLibrary);
        });

        var error = Assert.Throws<InvalidOperationException>(() => app.Services);

        Assert.Contains($"has {ExpectedErrors.Length} error(s)", error.Message, StringComparison.Ordinal);
        Assert.All(ExpectedErrors, expected => Assert.Contains(expected, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Elsewhere_the_app_starts_and_the_library_page_lists_every_error()
    {
        await using var app = new RecruitmentApp().WithWebHostBuilder(builder => builder.UseSetting("Scenarios:Folder", BrokenLibrary));
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(RecruitmentApp.Password);
        }
        using var client = PageClient.For(app);
        Assert.NotNull(await client.SignInAsync(DemoDataSeeder.StaffAccounts[0].Email, RecruitmentApp.Password));

        var page = System.Net.WebUtility.HtmlDecode(await client.GetPageAsync("/library"));

        Assert.Contains($"The library has {ExpectedErrors.Length} problems", page, StringComparison.Ordinal);
        Assert.All(ExpectedErrors, expected => Assert.Contains(expected, page, StringComparison.Ordinal));
        Assert.Contains("Mock-call scenarios (0)", page, StringComparison.Ordinal);
    }
}
