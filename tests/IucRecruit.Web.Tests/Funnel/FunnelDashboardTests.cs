using System.Net;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Equality;
using IucRecruit.Data.Funnel.Reports;
using IucRecruit.Data.Practice;
using IucRecruit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Funnel;

public sealed class FunnelDashboardTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private async Task<PageClient> ManagerAsync()
    {
        var client = app.CreatePageClient();
        await client.SignInAsync("manager@demo.iucrecruit.test", RecruitmentApp.Password);
        return client;
    }

    [Theory]
    [InlineData("funnel", 2, new[] { "funnel", "time-in-stage" })]
    [InlineData("retention", 1, new[] { "numbers-at-risk", "retention-summary", "retention" })]
    [InlineData("leavers", 1, new[] { "leavers-by-month", "leaving-reasons" })]
    [InlineData("predictive", 1, new[] { "predictive-validity", "predictive-bands" })]
    [InlineData("equality", 0, new[] { "equality" })]
    [InlineData("practice", 0, new[] { "practice-calls", "practice-not-for-me", "practice-comparison", "practice-retention" })]
    public async Task Each_section_opens_with_its_charts_and_tables_for_the_filtered_candidates_in_the_page_and_alone(
        string section, int charts, string[] tables)
    {
        using var manager = await ManagerAsync();
        const string filters = "channel=NhsJobs&compareBy=Channel&characteristic=Sex";

        var page = await manager.GetPageAsync($"/manager/funnel?{filters}&section={section}");
        var alone = await manager.GetPageAsync($"/manager/funnel?{filters}&section={section}&handler=Section");

        foreach (var html in new[] { page, alone })
        {
            Assert.Equal(tables.Order(), TablesIn(html).Order());
            Assert.Equal(charts, CountOf(html, "<svg class=\"chart\""));
        }
        Assert.Contains("<option value=\"NhsJobs\" selected=\"selected\">NHS Jobs</option>", page, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"summary-heading\">Summary</h2>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1>", alone, StringComparison.Ordinal);
        if (section == "equality") Assert.Contains("Selection rate at each stage by sex", alone, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_view_is_the_summary_with_a_link_to_every_section_and_no_section_worked_out()
    {
        using var manager = await ManagerAsync();

        var html = await manager.GetPageAsync("/manager/funnel");

        Assert.Empty(TablesIn(html));
        foreach (var figure in new[] { "Applied", "Dropped out", "Appointed", "In post at 3 months", "In post at 6 months", "In post at 12 months",
                     "Left within 12 weeks", "Do mock-call scores predict staying?" })
            Assert.Contains($"<dt>{figure}</dt>", html, StringComparison.Ordinal);
        foreach (var section in new[] { "funnel", "retention", "leavers", "predictive", "equality" })
            Assert.Matches($"<a data-section-link=\"{section}\" href=\"/manager/funnel\\?[^\"]*section={section}#{section}\">", html);
    }

    [Fact]
    public async Task A_campaign_is_found_by_part_of_its_name_and_the_page_says_what_the_list_holds()
    {
        using var manager = await ManagerAsync();

        var found = await manager.GetPageAsync("/manager/funnel?campaignSearch=HEALTH");
        var none = await manager.GetPageAsync("/manager/funnel?campaignSearch=no-such-campaign");

        var names = System.Text.RegularExpressions.Regex.Matches(found, "<option value=\"[0-9a-f-]{36}\">([^<]+)</option>").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Contains("health", name, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Campaigns whose name contains “HEALTH”, newest first.", found, StringComparison.Ordinal);
        Assert.Contains("<details class=\"panel filters\" id=\"filters\" open=\"open\">", found, StringComparison.Ordinal);
        Assert.Contains("No campaign name contains “no-such-campaign”.", none, StringComparison.Ordinal);
        Assert.DoesNotMatch("<option value=\"[0-9a-f-]{36}\"", none);
        // The chosen campaign stays in the list, but it is not a match for the search.
        var chosen = await manager.GetPageAsync($"/manager/funnel?campaign={app.Demo.Campaign.Id}&campaignSearch=no-such-campaign");
        Assert.Contains($"<option value=\"{app.Demo.Campaign.Id}\" selected=\"selected\">", chosen, StringComparison.Ordinal);
        Assert.Contains("No campaign name contains “no-such-campaign”.", chosen, StringComparison.Ordinal);
    }

    /// <summary>The download serves the filtered report's own tables, the practice section's too; what
    /// those tables say, cell by cell, is counted by hand for known journeys in Data.Tests'
    /// KnownFunnelTests and KnownPracticeTests.</summary>
    [Fact]
    public async Task Each_table_downloads_as_the_csv_of_the_same_report()
    {
        using var manager = await ManagerAsync();
        var filter = new FunnelFilter(Channel: RecruitmentChannel.NhsJobs, FromMonth: null);
        FunnelDashboard expected;
        await using (var scope = app.Services.CreateAsyncScope())
            expected = await scope.ServiceProvider.GetRequiredService<FunnelReports>()
                .BuildAsync(filter, new DashboardOptions(Characteristic: ProtectedCharacteristic.Ethnicity));

        foreach (var table in DashboardTables.All(expected))
        {
            using var response = await manager.GetAsync($"/manager/funnel?handler=Csv&table={table.Name}&channel=NhsJobs");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal($"iucrecruit-{table.Name}.csv", response.Content.Headers.ContentDisposition!.FileNameStar);
            await using var text = new StringWriter();
            await table.WriteCsvAsync(text);
            Assert.Equal(text.ToString(), await response.Content.ReadAsStringAsync());
        }
        PracticeReport practice;
        await using (var scope = app.Services.CreateAsyncScope())
            practice = await scope.ServiceProvider.GetRequiredService<PracticeReports>().BuildAsync(filter, default);
        foreach (var table in PracticeTables.All(practice))
        {
            using var response = await manager.GetAsync($"/manager/funnel?handler=Csv&table={table.Name}&channel=NhsJobs");
            Assert.Equal($"iucrecruit-{table.Name}.csv", response.Content.Headers.ContentDisposition!.FileNameStar);
            await using var text = new StringWriter();
            await table.WriteCsvAsync(text);
            Assert.Equal(text.ToString(), await response.Content.ReadAsStringAsync());
        }
        using var unknown = await manager.GetAsync("/manager/funnel?handler=Csv&table=salaries");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    /// <summary>The same cells as the page and the CSV; counts and percentages as numbers Excel can
    /// add up, every other cell as text.</summary>
    [Fact]
    public async Task Each_table_downloads_as_an_xlsx_workbook_of_the_same_cells()
    {
        using var manager = await ManagerAsync();
        FunnelDashboard expected;
        await using (var scope = app.Services.CreateAsyncScope())
            expected = await scope.ServiceProvider.GetRequiredService<FunnelReports>().BuildAsync(new FunnelFilter(), new DashboardOptions());

        foreach (var table in DashboardTables.All(expected))
        {
            using var response = await manager.GetAsync($"/manager/funnel?handler=Xlsx&table={table.Name}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal($"iucrecruit-{table.Name}.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
            var (sheet, cells) = Workbooks.Read(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal(table.Name, sheet);
            var written = table.Rows.Prepend(table.Columns).SelectMany(r => r).ToList();
            Assert.Equal(written.Where(c => c.Length > 0).Select(Same), cells.Select(c => c.Text).Where(c => c.Length > 0).Select(Same));
            Assert.DoesNotContain(cells, c => c.HasFormula);
        }
        using var funnel = await manager.GetAsync("/manager/funnel?handler=Xlsx&table=funnel");
        var (_, funnelCells) = Workbooks.Read(await funnel.Content.ReadAsByteArrayAsync());
        // Row 2 is Applied: its name is text, its "Reached" count a number.
        Assert.Equal(("inlineStr", "Applied"), (funnelCells.Single(c => c.Reference == "A2").Type, funnelCells.Single(c => c.Reference == "A2").Text));
        Assert.Equal("n", funnelCells.Single(c => c.Reference == "B2").Type);
    }

    /// <summary>"0.850" on the page is the number 0.85 in the workbook.</summary>
    private static string Same(string cell) =>
        double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : cell;

    [Fact]
    public async Task A_month_that_is_not_a_month_is_reported_and_ignored()
    {
        using var manager = await ManagerAsync();

        var html = await manager.GetPageAsync("/manager/funnel?from=last+spring&earlyWeeks=500");

        Assert.Contains("Enter a month like 2026-03", html, StringComparison.Ordinal);
        Assert.Contains("Early leaving must be within 1 to 104 weeks", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Applied</dt>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_recruiting_managers_see_the_dashboard()
    {
        using var assessor = app.CreatePageClient();
        await assessor.SignInAsync("assessor@demo.iucrecruit.test", RecruitmentApp.Password);

        using var page = await assessor.GetAsync("/manager/funnel");
        using var csv = await assessor.GetAsync("/manager/funnel?handler=Csv&table=funnel");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("access-denied", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, csv.StatusCode);
    }

    private static IEnumerable<string> TablesIn(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "data-report=\"([a-z-]+)\"").Select(m => m.Groups[1].Value);

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
