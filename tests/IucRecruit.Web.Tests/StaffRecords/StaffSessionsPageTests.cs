using System.Net;
using System.Text.RegularExpressions;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Storage;
using IucRecruit.Testing;
using IucRecruit.Web.Tests.Calls;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.StaffRecords;

/// <summary>Role-players' and assessors' own record of their sessions, its CSV, and managers' totals
/// per person over a period in UK dates, all counted from the calls' own logs (issue 11 item 7).
/// Expected values are counted by hand from the calls written below. On both databases: the
/// period's bounds and the join are worked out by the database.</summary>
public sealed partial class StaffSessionsPageTests
{
    private const string Scenario = "back-pain-football";
    private const string Title = "Back pain after Sunday football";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_person_sees_and_downloads_their_own_sessions_and_a_manager_sees_each_persons_totals_for_a_period(DatabaseProvider provider)
    {
        var app = await RecruitmentApp.OnAsync(provider);
        try
        {
            await SessionsAndTotalsAsync(app);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private static async Task SessionsAndTotalsAsync(RecruitmentApp app)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var r = await app.AddStaffAsync($"r-{tag}@demo.iucrecruit.test", Roles.RolePlayer);
        var a = await app.AddStaffAsync($"a-{tag}@demo.iucrecruit.test", Roles.Assessor);
        var b = await app.AddStaffAsync($"b-{tag}@demo.iucrecruit.test", Roles.Assessor);
        var c = await app.AddStaffAsync($"c-{tag}@demo.iucrecruit.test", Roles.RolePlayer, Roles.Assessor);
        var candidate = await CallParticipants.CandidateAsync(app, 0);
        // Answered at (UTC, BST is UTC+1 in June), lasting; the role-player, the assessors.
        await EndedCallAsync(app, candidate, Scenario, new(2026, 6, 3, 13, 15, 0), TimeSpan.FromSeconds(12 * 60 + 30), r.Id, a.Id, b.Id); // 13 min (12.5 rounds up)
        await EndedCallAsync(app, candidate, Scenario, new(2026, 6, 5, 9, 0, 0), TimeSpan.FromSeconds(20 * 60 + 29), r.Id, a.Id);      // 20 min
        await EndedCallAsync(app, candidate, Scenario, new(2026, 5, 31, 22, 30, 0), TimeSpan.FromMinutes(7), c.Id, a.Id);               // 31 May 23:30 UK: before the period
        await EndedCallAsync(app, candidate, Scenario, new(2026, 6, 10, 22, 30, 0), TimeSpan.FromMinutes(45), r.Id, c.Id);              // 10 June 23:30 UK: in it
        await EndedCallAsync(app, candidate, "=HYPERLINK(1)", new(2026, 6, 10, 23, 30, 0), TimeSpan.FromMinutes(5), r.Id, a.Id, answered: true); // 11 June 00:30 UK: after it
        await BookedCallAsync(app, candidate, new(2026, 6, 4, 10, 0, 0), r.Id, c.Id);                                                  // never answered: no session

        using var rolePlayer = app.CreatePageClient();
        await rolePlayer.SignInAsync(r.Email!, RecruitmentApp.Password);
        var own = Text(await rolePlayer.GetPageAsync("/staff-record"));
        using var csvResponse = await rolePlayer.GetAsync("/staff-record?handler=Csv");
        var csv = await csvResponse.Content.ReadAsStringAsync();
        using var second = app.CreatePageClient();
        await second.SignInAsync(b.Email!, RecruitmentApp.Password);
        var secondsOwn = Text(await second.GetPageAsync("/staff-record"));

        Assert.Contains("4 sessions, 83 minutes in all.", own, StringComparison.Ordinal);
        Assert.Equal(
            [
                $"Thursday 11 June 2026, 00:30 =HYPERLINK(1) 5 Role-player",
                $"Wednesday 10 June 2026, 23:30 {Title} 45 Role-player",
                $"Friday 5 June 2026, 10:00 {Title} 20 Role-player",
                $"Wednesday 3 June 2026, 14:15 {Title} 13 Role-player",
            ],
            Rows(own));
        Assert.Equal("text/csv; charset=utf-8", csvResponse.Content.Headers.ContentType!.ToString());
        Assert.Equal(
            "Date (UK),Time (UK),Scenario,Minutes,Role\r\n" +
            // OWASP's guard for CSV injection: an apostrophe first, and the cell quoted.
            "2026-06-11,00:30,\"'=HYPERLINK(1)\",5,Role-player\r\n" +
            $"2026-06-10,23:30,{Title},45,Role-player\r\n" +
            $"2026-06-05,10:00,{Title},20,Role-player\r\n" +
            $"2026-06-03,14:15,{Title},13,Role-player\r\n",
            csv);
        Assert.Equal([$"Wednesday 3 June 2026, 14:15 {Title} 13 Second assessor"], Rows(secondsOwn));

        using var manager = await CallParticipants.StaffPageAsync(app, Roles.RecruitingManager);
        var totals = Text(await manager.GetPageAsync("/manager/staff-records?from=2026-06-01&to=2026-06-10"));
        var mine = Rows(totals).Where(row => row.Contains(tag, StringComparison.Ordinal)).ToList();
        // Person, sessions, minutes, as role-player (sessions, minutes), as assessor (sessions, minutes).
        Assert.Equal(
            [
                $"a-{tag}@demo.iucrecruit.test 2 33 0 0 2 33",
                $"b-{tag}@demo.iucrecruit.test 1 13 0 0 1 13",
                $"c-{tag}@demo.iucrecruit.test 1 45 0 0 1 45",
                $"r-{tag}@demo.iucrecruit.test 3 78 3 78 0 0",
            ],
            mine);
        var backwards = Text(await manager.GetPageAsync("/manager/staff-records?from=2026-06-10&to=2026-06-01"));
        Assert.Contains("The period's first day must not be after its last day", backwards, StringComparison.Ordinal);
        Assert.Empty(Rows(backwards));
    }

    private static async Task EndedCallAsync(RecruitmentApp app, Guid candidateId, string scenarioId, DateTime answeredUtc, TimeSpan length, Guid rolePlayer, Guid assessor,
        Guid? secondAssessor = null, bool answered = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var callId = await MockCallSchedule.AddAsync(db, app.Demo.Campaign.Id, candidateId, rolePlayer, assessor, answeredUtc.AddMinutes(-2),
            scenarioId, "v1", secondAssessor);
        if (!answered) return;
        var ended = new CallEnded(answeredUtc + length, (long)length.TotalMilliseconds, CallParty.RolePlayer);
        db.MockCallEvents.Add(new MockCallEvent
        {
            Id = Guid.CreateVersion7(), MockCallId = callId, Sequence = 2, Type = CallEventJson.TypeName(ended), AtUtc = ended.AtUtc,
            CallMs = ended.CallMs, Payload = CallEventJson.Serialize(ended),
        });
        await db.SaveChangesAsync();
    }

    private static Task BookedCallAsync(RecruitmentApp app, Guid candidateId, DateTime slotUtc, Guid rolePlayer, Guid assessor) =>
        EndedCallAsync(app, candidateId, Scenario, slotUtc, TimeSpan.Zero, rolePlayer, assessor, answered: false);

    /// <summary>Each body row of the page's table, its cells joined by single spaces.</summary>
    private static List<string> Rows(string text) => [.. TableBody().Matches(text).SelectMany(m => m.Groups[1].Value.Split('\n'))
        .Select(row => Spaces().Replace(row, " ").Trim()).Where(row => row.Length > 0)];

    /// <summary>The page's words without markup; each table row on a line of its own.</summary>
    private static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(html.Replace("\n", " ", StringComparison.Ordinal)
        .Replace("</tr>", "\n", StringComparison.Ordinal).Replace("<tbody>", "[tbody]", StringComparison.Ordinal)
        .Replace("</tbody>", "[/tbody]", StringComparison.Ordinal), " "));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\[tbody\](.*?)\[/tbody\]", RegexOptions.Singleline)]
    private static partial Regex TableBody();

    [GeneratedRegex(@"[ \t\r]+")]
    private static partial Regex Spaces();
}
