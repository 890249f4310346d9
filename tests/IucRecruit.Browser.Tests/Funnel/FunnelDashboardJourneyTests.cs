using System.Text.RegularExpressions;
using IucRecruit.Testing;
using Microsoft.Playwright;

namespace IucRecruit.Browser.Tests.Funnel;

/// <summary>A recruiting manager reads the dashboard's summary, opens every section from its list,
/// narrows the dashboard with its filters and downloads a table; the file holds the same numbers as
/// the page, for the same candidates.</summary>
public sealed class FunnelDashboardJourneyTests(KestrelApp app, BrowserSession browser)
    : IClassFixture<KestrelApp>, IClassFixture<BrowserSession>
{
    [Fact]
    public async Task A_manager_filters_the_dashboard_and_downloads_a_csv_whose_numbers_match_the_page()
    {
        await using var context = await browser.NewContextAsync(app.Address);
        var page = await Calls.CallJourney.SignInAsync(context, Core.Identity.Roles.RecruitingManager);

        await page.GetByRole(AriaRole.Link, new() { Name = "Funnel and retention" }).First.ClickAsync();
        var summary = page.Locator("section[aria-labelledby='summary-heading']");
        await Assertions.Expect(summary.Locator("dt")).ToContainTextAsync(
            ["Applied", "Dropped out", "Appointed", "In post at 3 months", "In post at 6 months", "In post at 12 months"]);
        Assert.Equal(0, await page.Locator("table[data-report]").CountAsync());
        // The answer comes first: the filters are folded below it into one line naming the candidates.
        var filter = page.Locator("details#filters");
        await Assertions.Expect(filter.Locator("> summary")).ToHaveTextAsync("Filter All candidates");
        await Assertions.Expect(page.GetByLabel("Site")).ToBeHiddenAsync();
        Assert.True((await summary.BoundingBoxAsync())!.Y < (await filter.BoundingBoxAsync())!.Y);

        // Every section opens in place from the contents list (fetched when opened), with its tables.
        var contents = page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" });
        foreach (var (section, table) in new[] { ("Funnel and time in stage", "funnel"), ("Retention", "numbers-at-risk"), ("Leavers", "leavers-by-month"),
                     ("Do mock-call scores predict staying?", "predictive-validity"), ("Equality monitoring", "equality") })
        {
            await contents.GetByRole(AriaRole.Link, new() { Name = section, Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator($"table[data-report='{table}']")).ToBeVisibleAsync();
        }
        Assert.Contains("#equality", page.Url, StringComparison.Ordinal);
        var funnel = page.Locator("table[data-report='funnel']");
        var appliedBefore = await AppliedAsync(funnel);
        await filter.Locator("> summary").ClickAsync();
        await page.GetByLabel("Site").SelectOptionAsync(new SelectOptionValue { Label = "Riverside contact centre" });
        await page.GetByLabel("Channel").SelectOptionAsync(new SelectOptionValue { Label = "NHS Jobs" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        // The filters are in the address, so the view can be bookmarked, and they narrowed the funnel.
        await page.WaitForArrivalAsync(new Regex("site=Riverside.*channel=NhsJobs"));
        await Assertions.Expect(filter.Locator("> summary")).ToHaveTextAsync("Filter Riverside contact centre, NHS Jobs");
        await contents.GetByRole(AriaRole.Link, new() { Name = "Funnel and time in stage" }).ClickAsync();
        await Assertions.Expect(funnel).ToBeVisibleAsync();
        var appliedAfter = await AppliedAsync(funnel);
        Assert.InRange(appliedAfter, 1, appliedBefore - 1);
        if (Environment.GetEnvironmentVariable("IUCRECRUIT_SCREENSHOTS") is { } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "funnel-dashboard.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download “Candidates at each stage” as CSV" }).ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var csv = (await File.ReadAllLinesAsync((await download.PathAsync())!)).Select(line => line.Split(',')).ToList();

        var header = await funnel.Locator("thead th").AllInnerTextsAsync();
        var rows = await funnel.Locator("tbody tr").AllAsync();
        Assert.Equal(header, csv[0]);
        Assert.Equal(rows.Count, csv.Count - 1);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(await rows[i].Locator("th, td").AllInnerTextsAsync(), csv[i + 1]);
        }
        Assert.Equal(appliedAfter.ToString(System.Globalization.CultureInfo.InvariantCulture), csv[1][1]);
    }

    /// <summary>The "Reached" number of the first stage, Applied.</summary>
    private static async Task<int> AppliedAsync(ILocator funnel)
    {
        var firstRow = funnel.Locator("tbody tr").First;
        Assert.Equal("Applied", await firstRow.Locator("th").InnerTextAsync());
        return int.Parse(await firstRow.Locator("td").First.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
