using System.Net;
using IucRecruit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Hosting;

/// <summary>X-Forwarded-For and -Proto count only from the proxies named in ForwardedHeaders:KnownProxies
/// or KnownNetworks: from them, the client's address picks the rate-limit partition and the scheme
/// decides HTTPS; from anyone else, both headers are ignored.</summary>
public sealed class ForwardedHeadersTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    /// <summary>Where every request seems to come from: the proxy (or a stranger pretending to be one).</summary>
    private static readonly IPAddress Sender = IPAddress.Parse("10.1.2.3");

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies", "10.1.2.3")]
    [InlineData("ForwardedHeaders:KnownNetworks", "10.1.0.0/16")]
    public async Task A_trusted_proxys_client_address_picks_the_rate_limit_partition(string setting, string value)
    {
        await using var factory = Behind(setting, value, "Testing");
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, await SignInPageAsync(client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await SignInPageAsync(client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SignInPageAsync(client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await SignInPageAsync(client, "203.0.113.8"));
    }

    [Fact]
    public async Task From_an_untrusted_sender_X_Forwarded_For_is_ignored_and_cannot_escape_the_limit()
    {
        await using var factory = Behind("ForwardedHeaders:KnownProxies", "10.9.9.9", "Testing");
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, await SignInPageAsync(client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await SignInPageAsync(client, "203.0.113.8"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SignInPageAsync(client, "203.0.113.9"));
    }

    [Theory]
    [InlineData("10.1.2.3", HttpStatusCode.OK)]
    [InlineData("10.9.9.9", HttpStatusCode.Forbidden)]
    public async Task In_production_X_Forwarded_Proto_https_counts_only_from_a_trusted_proxy(string trusted, HttpStatusCode expected)
    {
        await using var factory = Behind("ForwardedHeaders:KnownProxies", trusted, "Production");
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://iucrecruit.example.nhs.uk") });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK, html.Contains("__RequestVerificationToken", StringComparison.Ordinal));
        Assert.Equal(expected != HttpStatusCode.OK, html.Contains("This service needs a secure connection", StringComparison.Ordinal));
    }

    [Fact]
    public void A_proxy_setting_that_is_not_an_address_stops_the_app_with_the_setting_named()
    {
        using var factory = Behind("ForwardedHeaders:KnownNetworks", "10.1.0.0/99", "Testing");

        var error = Assert.Throws<InvalidOperationException>(() => factory.Services);
        Assert.Equal("ForwardedHeaders:KnownNetworks has '10.1.0.0/99', which is not a network such as 172.30.56.0/24.", error.Message);
    }

    private WebApplicationFactory<Program> Behind(string setting, string value, string environment) =>
        app.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting(setting, value);
            builder.UseSetting("RateLimits:SignInPerMinute", "2");
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter>(_ => new FromAddress(Sender)));
        });

    private static async Task<HttpStatusCode> SignInPageAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The in-memory test server has no client address: give every request one, before the app's pipeline.</summary>
    private sealed class FromAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            builder.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(builder);
        };
    }
}
