using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace IucRecruit.Testing;

/// <summary>Drives the Razor pages as a browser would: reads a page, posts its form with the
/// antiforgery token the page carried, keeps cookies.</summary>
public sealed class PageClient(HttpClient http, CookieContainer cookies) : IDisposable
{
    public HttpClient Http => http;

    /// <summary>A "browser" for any app under test, with its own cookies and no automatic
    /// redirects (so tests see where each response leads).</summary>
    /// <summary>A "browser" for a server running as its own process.</summary>
    public static PageClient For(Uri address)
    {
        var cookies = new CookieContainer();
        var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        return new PageClient(new HttpClient(handler) { BaseAddress = address }, cookies);
    }

    public static PageClient For(WebApplicationFactory<Program> app)
    {
        var cookies = new CookieContainerHandler();
        return new PageClient(app.CreateDefaultClient(new Uri("http://localhost"), cookies), cookies.Container);
    }

    /// <summary>The cookies of this "browser" (its sign-in), for a WebSocket to send along.</summary>
    public string CookieHeader() => cookies.GetCookieHeader(http.BaseAddress!);

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<string> GetPageAsync(string url)
    {
        using var response = await GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} gave {(int)response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Opens <paramref name="pageUrl"/>, then posts <paramref name="fields"/> to
    /// <paramref name="postUrl"/> (the page itself by default) with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        using var page = await GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryToken.In(html);
        if (token.Length == 0) throw new InvalidOperationException($"{pageUrl} has no form with an antiforgery token.");
        var form = fields.Append(new(AntiforgeryToken.FieldName, token));
        using var content = new FormUrlEncodedContent(form);
        return await http.PostAsync(new Uri(postUrl ?? pageUrl, UriKind.Relative), content);
    }

    /// <summary>Signs in with the staff form and returns where the app sent the user.</summary>
    public async Task<string?> SignInAsync(string email, string password)
    {
        using var response = await SubmitAsync("/account/sign-in", [new("Email", email), new("Password", password)]);
        return response.StatusCode == HttpStatusCode.Redirect ? response.Headers.Location?.OriginalString : null;
    }

    public void Dispose() => http.Dispose();
}
