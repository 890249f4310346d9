using System.Net;
using IucRecruit.Data.Demo;
using IucRecruit.Testing;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IucRecruit.Web.Tests.Hosting;

/// <summary>Transport and cookie rules: HSTS outside development, secure, HttpOnly, SameSite cookies
/// in production.</summary>
public sealed class HardeningTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Theory]
    [InlineData("Production", true)]
    [InlineData("Testing", true)]
    [InlineData("Development", false)]
    public async Task Https_responses_carry_HSTS_everywhere_but_in_development(string environment, bool expected)
    {
        await using var factory = app.WithWebHostBuilder(builder => builder.UseEnvironment(environment));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://iucrecruit.example.nhs.uk") });

        using var response = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Headers.TryGetValues("Strict-Transport-Security", out var hsts));
        if (expected) Assert.Equal("max-age=31536000", hsts!.Single());
    }

    [Fact]
    public async Task In_production_every_cookie_is_secure_http_only_and_same_site()
    {
        await using var factory = app.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://iucrecruit.example.nhs.uk"), AllowAutoRedirect = false,
        });

        using var page = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        var token = AntiforgeryToken.In(await page.Content.ReadAsStringAsync());
        var account = DemoDataSeeder.StaffAccounts[0];
        using var signIn = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(
            [new("Email", account.Email), new("Password", RecruitmentApp.Password), new(AntiforgeryToken.FieldName, token)]));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookies = page.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("iucrecruit.auth=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("iucrecruit.antiforgery=", StringComparison.Ordinal));
        Assert.All(cookies, cookie =>
        {
            var attributes = cookie.ToLowerInvariant();
            Assert.Contains("; secure", attributes, StringComparison.Ordinal);
            Assert.Contains("; httponly", attributes, StringComparison.Ordinal);
            Assert.Matches("; samesite=(lax|strict)", attributes);
        });
    }
}

/// <summary>Sign-in and invitation links are rate-limited per client address.</summary>
public sealed class RateLimitTests(RateLimitTests.StrictApp app) : IClassFixture<RateLimitTests.StrictApp>
{
    public sealed class StrictApp : RecruitmentApp
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["RateLimits:SignInPerMinute"] = "3",
            ["RateLimits:InvitationPerMinute"] = "3",
        };
    }

    [Theory]
    [InlineData("/account/sign-in", "/account/activate", "/account/sign-in", "/account/activate")]
    [InlineData("/invite/not-a-real-token", "/invite/another", "/invite/a-third", "/invite/not-a-real-token")]
    public async Task The_fourth_request_in_a_minute_is_refused(params string[] urls)
    {
        using var client = app.CreatePageClient();
        var statuses = new List<HttpStatusCode>();
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        using var elsewhere = await client.GetAsync("/account/access-denied");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, elsewhere.StatusCode);
    }
}

/// <summary>Request bodies are capped at <see cref="RequestHardening.MaximumBodyBytes"/> unless a page
/// allows more (the CSV imports); checked on a real Kestrel server, which enforces the limit.</summary>
public sealed class RequestSizeTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task A_form_larger_than_the_limit_is_refused_and_an_import_of_that_size_is_taken()
    {
        using var anonymous = PageClient.For(app.Address);
        var limit = (int)RequestHardening.MaximumBodyBytes;
        using var underLimit = await anonymous.SubmitAsync("/account/sign-in", [new("Email", new string('a', limit - 4096)), new("Password", "x")]);
        using var overLimit = await anonymous.SubmitAsync("/account/sign-in", [new("Email", new string('a', limit + 1024)), new("Password", "x")]);
        Assert.Equal(HttpStatusCode.OK, underLimit.StatusCode); // read, and answered "not recognised"
        Assert.Contains(overLimit.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge });

        using var manager = PageClient.For(app.Address);
        await manager.SignInAsync(DemoDataSeeder.StaffAccounts.Single(a => a.Role == Core.Identity.Roles.RecruitingManager).Email, RecruitmentApp.Password);
        var page = await manager.GetPageAsync("/manager/import/applicants");
        var token = AntiforgeryToken.In(page);
        var csv = "email,given_name,family_name,channel,applied_on\n" + string.Concat(Enumerable.Repeat("x@example.com,X,Y,Fax,2026-01-10\n", 40_000));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), AntiforgeryToken.FieldName },
            { new StringContent(app.Demo.Campaign.Id.ToString()), "Campaign" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "Upload", "applicants.csv" },
        };
        Assert.True(csv.Length > RequestHardening.MaximumBodyBytes);

        using var import = await manager.Http.PostAsync(new Uri("/manager/import/applicants", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Contains("Nothing was imported", await import.Content.ReadAsStringAsync(), StringComparison.Ordinal); // read in full, and checked
    }
}
