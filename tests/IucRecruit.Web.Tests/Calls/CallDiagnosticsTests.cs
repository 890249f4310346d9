using System.Net;
using System.Text.Json;
using IucRecruit.Core.Identity;
using IucRecruit.Testing;

namespace IucRecruit.Web.Tests.Calls;

public sealed class CallDiagnosticsTests(LiveCallApp app) : IClassFixture<LiveCallApp>
{
    [Fact]
    public async Task Administrators_read_the_relay_figures_and_nobody_else_does()
    {
        await using (var call = await CallParticipants.ScheduleAndConnectAsync(app, candidateIndex: 0))
        {
            await call.RunShortCallAsync();
        }
        using var admin = await CallParticipants.StaffPageAsync(app, Roles.Admin);
        using var manager = await CallParticipants.StaffPageAsync(app, Roles.RecruitingManager);

        using var json = JsonDocument.Parse(await admin.GetPageAsync("/diagnostics/calls"));
        using var refused = await manager.GetAsync("/diagnostics/calls");

        var metrics = json.RootElement.GetProperty("metrics");
        Assert.True(metrics.GetProperty("relayed").GetInt64() >= 100);
        Assert.Equal(2000, metrics.GetProperty("buckets").GetArrayLength());
        Assert.Equal(metrics.GetProperty("relayed").GetInt64(), metrics.GetProperty("buckets").EnumerateArray().Sum(b => b.GetInt64()));
        Assert.Equal("/account/access-denied", refused.Headers.Location?.AbsolutePath);
    }
}
