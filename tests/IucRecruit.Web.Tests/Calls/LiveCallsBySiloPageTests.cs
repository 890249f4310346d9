using System.Globalization;
using System.Text.RegularExpressions;
using IucRecruit.Core.Identity;
using IucRecruit.Testing;
using IucRecruit.Web.Features.Calls;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Calls;

/// <summary>Issue 13 item 6: administrators see the silos and the live calls on each, as Orleans
/// reports them, from the admin home.</summary>
public sealed partial class LiveCallsBySiloPageTests(LiveCallApp app) : IClassFixture<LiveCallApp>
{
    [Fact]
    public async Task An_administrator_sees_the_silo_with_the_call_live_on_it_and_not_a_call_nobody_joined()
    {
        var rolePlayer = await CallParticipants.StaffIdAsync(app, Roles.RolePlayer);
        var assessor = await CallParticipants.StaffIdAsync(app, Roles.Assessor);
        var live = await MockCallSchedule.AddAsync(app, await CallParticipants.CandidateAsync(app, 0), rolePlayer, assessor);
        var booked = await MockCallSchedule.AddAsync(app, await CallParticipants.CandidateAsync(app, 1), rolePlayer, assessor);
        var node = app.Services.GetRequiredService<CallNode>();
        Assert.Null((await node.JoinAsync(live, "role-player-page", new CallUser(rolePlayer, null, "Role-player"))).Refusal);
        using var admin = await CallParticipants.StaffPageAsync(app, Roles.Admin);

        Assert.Contains("href=\"/admin/cluster\"", await admin.GetPageAsync("/admin"), StringComparison.Ordinal);
        var html = await admin.GetPageAsync("/admin/cluster");

        // The app's one embedded silo, at its own endpoint, with Orleans' word for its status.
        var silo = app.Services.GetRequiredService<Orleans.Runtime.ILocalSiloDetails>().SiloAddress;
        var caption = SiloCaption().Match(html);
        Assert.True(caption.Success, html);
        Assert.Equal(silo.Endpoint.ToString(), caption.Groups["endpoint"].Value);
        Assert.Equal("Active", caption.Groups["status"].Value);
        Assert.Equal("1 live call", caption.Groups["calls"].Value);
        var row = Regex.Match(html, $@"<td><code>{live}</code></td>\s*<td>(?<scenario>[^<]*)</td>\s*<td>(?<phase>[^<]*)</td>");
        Assert.True(row.Success, html);
        Assert.Equal(TestCallScenarios.ScenarioId, row.Groups["scenario"].Value);
        Assert.Equal("Waiting", row.Groups["phase"].Value);
        Assert.DoesNotContain(booked.ToString(), html, StringComparison.Ordinal);
        await node.LeaveAsync("role-player-page");
    }

    [GeneratedRegex(@"Silo (?<endpoint>[\d.]+:\d+) \(generation \d+\)\s*<span class=""tag tag--\w+"">(?<status>\w+)</span>\s*<span class=""hint"">[^<]*, (?<calls>\d+ live calls?)</span>")]
    private static partial Regex SiloCaption();
}
