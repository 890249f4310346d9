using System.Net;
using IucRecruit.Testing;
using IucRecruit.Web.Security;

namespace IucRecruit.Web.Tests.Hosting;

public sealed class SecurityHeadersTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task Pages_forbid_inline_script_framing_and_referrers()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task No_page_carries_inline_script_or_style()
    {
        using var client = app.CreatePageClient();
        await client.SignInAsync("admin@demo.iucrecruit.test", RecruitmentApp.Password);
        foreach (var url in new[] { "/", "/admin", "/admin/staff/invite", "/account/sign-in" })
        {
            using var response = await client.GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
            Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_name_the_site_icon_and_it_is_served_from_the_sites_own_origin()
    {
        using var client = app.CreateClient();
        var html = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        using var icon = await client.GetAsync(new Uri("/favicon.svg", UriKind.Relative));

        Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">", html, StringComparison.Ordinal);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", await icon.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_gets_a_plain_not_found_page()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
