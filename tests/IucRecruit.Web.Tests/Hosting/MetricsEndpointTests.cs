using System.Globalization;
using IucRecruit.Core.Identity;
using IucRecruit.Data.Demo;
using IucRecruit.Testing;
using IucRecruit.Web.Features.Calls;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Hosting;

/// <summary>Meters are process-wide: these tests run alone so that no other test's calls add to
/// the figures they compare.</summary>
[CollectionDefinition(nameof(MeasuredAlone), DisableParallelization = true)]
public sealed class MeasuredAlone;

[Collection(nameof(MeasuredAlone))]
public sealed class MetricsEndpointTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task Administrators_scrape_the_relay_instruments_in_Prometheus_format()
    {
        using var admin = await SignedInAsync(Roles.Admin);
        var before = Samples.Parse(await admin.GetPageAsync("/metrics"));

        var relay = app.Services.GetRequiredService<CallRelayMetrics>();
        for (var i = 0; i < 7; i++) relay.RecordRelay(TimeSpan.FromMilliseconds(3));
        for (var i = 0; i < 2; i++) relay.RecordRelay(TimeSpan.FromMilliseconds(30));
        for (var i = 0; i < 3; i++) relay.RecordDrop();
        relay.CallActivated();
        relay.CallActivated();
        relay.CallDeactivated();
        var after = Samples.Parse(await admin.GetPageAsync("/metrics"));

        double Added(string series) => after.Value(series) - before.Value(series);
        Assert.Equal(12, Added("iucrecruit_calls_frames_received_total"));
        Assert.Equal(9, Added("iucrecruit_calls_frames_relayed_total"));
        Assert.Equal(3, Added("iucrecruit_calls_frames_dropped_total"));
        // Prometheus buckets are cumulative: 3 ms frames fall under 5 ms, the 30 ms ones under 50 ms.
        Assert.Equal(0, Added("iucrecruit_calls_relay_duration_seconds_bucket{le=\"0.002\"}"));
        Assert.Equal(7, Added("iucrecruit_calls_relay_duration_seconds_bucket{le=\"0.005\"}"));
        Assert.Equal(7, Added("iucrecruit_calls_relay_duration_seconds_bucket{le=\"0.02\"}"));
        Assert.Equal(9, Added("iucrecruit_calls_relay_duration_seconds_bucket{le=\"0.05\"}"));
        Assert.Equal(9, Added("iucrecruit_calls_relay_duration_seconds_count"));
        Assert.Equal(0.081, Added("iucrecruit_calls_relay_duration_seconds_sum"), 6);
        Assert.Equal(1, Added("iucrecruit_calls_live"));
        // ASP.NET Core's own meter is there too: the first scrape is counted by its route.
        Assert.True(after.Value("http_server_request_duration_seconds_count{http_route=\"/metrics\"}") >= 1);
    }

    [Theory]
    [InlineData(Roles.RecruitingManager)]
    [InlineData(Roles.Assessor)]
    public async Task Other_staff_are_refused(string role)
    {
        using var staff = await SignedInAsync(role);

        using var response = await staff.GetAsync("/metrics");

        Assert.Equal("/account/access-denied", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var visitor = app.CreatePageClient();

        using var response = await visitor.GetAsync("/metrics");

        Assert.Equal("/account/sign-in", response.Headers.Location?.AbsolutePath);
    }

    private async Task<PageClient> SignedInAsync(string role)
    {
        var page = app.CreatePageClient();
        await page.SignInAsync(DemoDataSeeder.StaffAccounts.Single(a => a.Role == role).Email, RecruitmentApp.Password);
        return page;
    }

    /// <summary>Prometheus' text format read just enough to look a series up: by its name and, when
    /// given in braces, the labels it must carry (others, such as otel_scope_name, may be there too).</summary>
    private sealed class Samples(List<(string Name, string Labels, double Value)> lines)
    {
        public static Samples Parse(string text) => new(text.Split('\n')
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line =>
            {
                var valueAt = line.LastIndexOf(' ');
                var series = line[..valueAt];
                var brace = series.IndexOf('{');
                return brace < 0
                    ? (series, "", Number(line[(valueAt + 1)..]))
                    : (series[..brace], series[(brace + 1)..^1], Number(line[(valueAt + 1)..]));
            }).ToList());

        /// <summary>The sum over matching series; zero when none is there yet (an instrument that has
        /// recorded nothing is not written).</summary>
        public double Value(string series)
        {
            var brace = series.IndexOf('{');
            var name = brace < 0 ? series : series[..brace];
            var labels = brace < 0 ? [] : series[(brace + 1)..^1].Split(',');
            return lines.Where(l => l.Name == name && labels.All(label => l.Labels.Split(',').Contains(label))).Sum(l => l.Value);
        }

        private static double Number(string value) => double.Parse(value, CultureInfo.InvariantCulture);
    }
}
