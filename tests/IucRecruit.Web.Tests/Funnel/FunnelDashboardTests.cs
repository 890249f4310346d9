using System.Net;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Equality;
using IucRecruit.Data.Funnel.Reports;
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

    [Fact]
    public async Task The_dashboard_shows_every_section_with_a_chart_and_table_for_the_filtered_candidates()
    {
        using var manager = await ManagerAsync();

        var html = await manager.GetPageAsync("/manager/funnel?channel=NhsJobs&compareBy=Channel&characteristic=Sex");

        foreach (var table in new[] { "funnel", "time-in-stage", "numbers-at-risk", "retention-summary", "leavers-by-month", "predictive-validity", "equality" })
            Assert.Contains($"data-report=\"{table}\"", html, StringComparison.Ordinal);
        Assert.Equal(5, CountOf(html, "<svg class=\"chart\""));
        Assert.Contains("role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"NhsJobs\" selected=\"selected\">NHS Jobs</option>", html, StringComparison.Ordinal);
        Assert.Contains("Selection rate at each stage by sex", html, StringComparison.Ordinal);
    }

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
        Assert.Contains("data-report=\"funnel\"", html, StringComparison.Ordinal);
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

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
