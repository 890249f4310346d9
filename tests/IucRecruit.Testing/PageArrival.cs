using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IucRecruit.Testing;

public static class PageArrival
{
    /// <summary>
    /// Waits, as <see cref="IPage.WaitForURLAsync(Regex, PageWaitForURLOptions?)"/> does, until the
    /// page is at an address matching <paramref name="url"/> and has loaded. On a timeout it says
    /// where the page is instead and what it had loaded, so that a page that never came can be told
    /// from a wrong page or one still loading on a starved machine (a CI run once timed out here
    /// with nothing else to go on).
    /// </summary>
    public static async Task WaitForArrivalAsync(this IPage page, Regex url)
    {
        try
        {
            await page.WaitForURLAsync(url);
        }
        catch (TimeoutException timeout)
        {
            var state = await page.EvaluateAsync<string>("""
                () => `document ${document.readyState}, ${document.documentElement.outerHTML.length} characters, `
                    + `heading "${document.querySelector('h1')?.textContent?.trim() ?? ''}", resources: `
                    + performance.getEntriesByType('resource').map(r => `${new URL(r.name).pathname} ${Math.round(r.duration)} ms`).join(', ')
                """);
            throw new TimeoutException($"The page did not arrive at /{url}/ in time: it is at {page.Url} ({state}).", timeout);
        }
    }
}
