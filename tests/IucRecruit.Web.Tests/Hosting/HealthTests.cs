using System.Net;
using System.Text.Json;
using IucRecruit.Testing;

namespace IucRecruit.Web.Tests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_reports_the_database_as_reachable_and_the_silo_active()
    {
        await using var app = new RecruitmentApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetString());
        // The node's own silo, embedded here: its loopback endpoint, Orleans' word for its status.
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("silo").GetString());
        Assert.Matches(@"^127\.0\.0\.1:\d+ Active; 1 active in the cluster$", body.RootElement.GetProperty("details").GetProperty("silo").GetString());
    }

    [Fact]
    public async Task Health_reports_unhealthy_when_the_database_is_gone()
    {
        await using var app = new RecruitmentApp();
        using var client = app.CreateClient();
        (await client.GetAsync(new Uri("/health", UriKind.Relative))).Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(app.Database.DataFolder, recursive: true);
        Directory.CreateDirectory(app.Database.DataFolder);
        File.WriteAllText(Path.Combine(app.Database.DataFolder, "iucrecruit.db"), "this is not a database");

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("checks").GetProperty("database").GetString());
    }
}
