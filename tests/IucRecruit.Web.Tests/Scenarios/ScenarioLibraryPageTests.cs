using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Demo;
using IucRecruit.Data.Scenarios;
using IucRecruit.Testing;
using IucRecruit.Web.Tests.Listening;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Scenarios;

/// <summary>The library pages: administrators and recruiting managers browse, read, listen and
/// retire; nobody else gets in.</summary>
public sealed class ScenarioLibraryPageTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private ScenarioLibrary Library => app.Services.GetRequiredService<ScenarioLibrary>();

    public static TheoryData<string> LibraryRoles => [Roles.Admin, Roles.RecruitingManager];

    public static TheoryData<string> OtherStaff => [Roles.Assessor, Roles.RolePlayer];

    [Theory]
    [MemberData(nameof(LibraryRoles))]
    public async Task Administrators_and_managers_find_the_library_from_their_home_and_see_every_item(string role)
    {
        using var client = await SignInAsync(role);

        Assert.Contains("href=\"/library\"", await client.GetPageAsync(Roles.HomePath(role)), StringComparison.Ordinal);
        var index = WebUtility.HtmlDecode(await client.GetPageAsync("/library"));
        foreach (var item in Library.Items)
        {
            Assert.Contains($"href=\"/library/details/{item.Id}\">{item.Title}</a>", index, StringComparison.Ordinal);
            Assert.Contains(item.ShortVersion, index, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_scenario_page_shows_the_script_red_flags_call_record_rubric_and_every_clip_with_its_transcript()
    {
        using var client = await SignInAsync(Roles.RecruitingManager);
        var scenario = Library.Scenarios.First(s => s.RedFlags.Count > 0);

        var page = WebUtility.HtmlDecode(await client.GetPageAsync($"/library/details/{scenario.Id}"));

        Assert.Contains(scenario.Script.OpeningLine, page, StringComparison.Ordinal);
        Assert.All(scenario.Script.Branches, b => Assert.Contains(b.IfAsked, page, StringComparison.Ordinal));
        Assert.All(scenario.RedFlags, f => Assert.Contains(f.Sign, page, StringComparison.Ordinal));
        Assert.All(scenario.CallRecord, f => Assert.Contains(f.Expected.Value, page, StringComparison.Ordinal));
        Assert.All(scenario.Rubric.Criteria.SelectMany(c => c.Scale), p => Assert.Contains(p.Anchor, page, StringComparison.Ordinal));
        Assert.All(scenario.Rubric.CriticalFails, f => Assert.Contains(f.Description, page, StringComparison.Ordinal));
        foreach (var clip in scenario.Clips)
        {
            Assert.Contains(clip.Transcript, page, StringComparison.Ordinal);
            Assert.Matches($"src=\"/library/details/{scenario.Id}\\?(?=[^\"]*handler=Clip)(?=[^\"]*clip={clip.Id}[&\"])", page);
        }
    }

    [Fact]
    public async Task A_clip_is_served_as_wav_with_range_requests_so_that_the_player_can_seek()
    {
        using var client = await SignInAsync(Roles.Admin);
        var scenario = Library.Scenarios[0];
        var clip = scenario.Clips[0];
        var bytes = await File.ReadAllBytesAsync(Library.PathOf(scenario, clip));

        using var whole = await client.GetAsync($"/library/details/{scenario.Id}?handler=Clip&clip={clip.Id}");
        Assert.Equal("audio/wav", whole.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, await whole.Content.ReadAsByteArrayAsync());
        Assert.Contains("bytes", whole.Headers.AcceptRanges);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/library/details/{scenario.Id}?handler=Clip&clip={clip.Id}");
        request.Headers.Range = new RangeHeaderValue(100, 199);
        using var part = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(bytes[100..200], await part.Content.ReadAsByteArrayAsync());

        using var missing = await client.GetAsync($"/library/details/{scenario.Id}?handler=Clip&clip=no-such-clip");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [MemberData(nameof(OtherStaff))]
    public async Task Assessors_and_role_players_cannot_reach_the_library_or_its_recordings(string role)
    {
        using var client = await SignInAsync(role);
        await AssertRefusedAsync(client, "/account/access-denied");
    }

    [Fact]
    public async Task Candidates_cannot_reach_the_library_or_its_recordings()
    {
        var (_, client) = await app.SignInNewCandidateAsync();
        using (client) await AssertRefusedAsync(client, "/account/access-denied");
        using var anonymous = app.CreatePageClient();
        await AssertRefusedAsync(anonymous, "/account/sign-in");
    }

    [Fact]
    public async Task Retiring_takes_an_item_out_of_rotation_says_who_and_when_and_reactivating_brings_it_back()
    {
        var exercise = Library.ListeningExercises[0];
        using var client = await SignInAsync(Roles.Admin);
        var page = $"/library/details/{exercise.Id}";

        using (var retired = await client.SubmitAsync(page, [], $"{page}?handler=Retire"))
        {
            var html = await retired.Content.ReadAsStringAsync();
            Assert.Contains("Retired: it will not be given to any more candidates.", html, StringComparison.Ordinal);
            Assert.Contains("Reactivate</button>", html, StringComparison.Ordinal);
            Assert.Contains($"by {DemoDataSeeder.StaffAccounts.Single(a => a.Role == Roles.Admin).DisplayName}", html, StringComparison.Ordinal);
        }
        var (candidate, candidateClient) = await app.SignInNewCandidateAsync();
        using (candidateClient)
        {
            Assert.Contains("There is no listening exercise for you to take", await candidateClient.GetPageAsync("/candidate/listening"), StringComparison.Ordinal);
        }
        Assert.Contains("Retired", await client.GetPageAsync("/library"), StringComparison.Ordinal);

        using (await client.SubmitAsync(page, [], $"{page}?handler=Reactivate")) { }
        await using var scope = app.Services.CreateAsyncScope();
        var picked = await scope.ServiceProvider.GetRequiredService<ScenarioRotationService>().PickListeningExerciseAsync(candidate.Id);
        Assert.Equal(exercise.Id, picked?.Id);
    }

    [Fact]
    public async Task Exposure_counts_and_the_versions_used_are_shown()
    {
        var scenario = Library.Scenarios.Single(s => s.Id == "dental-pain");
        var (candidate, candidateClient) = await app.SignInNewCandidateAsync();
        candidateClient.Dispose();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ScenarioRotationService>()
                .RecordExposureAsync(candidate.Id, scenario, ExposurePurpose.MockCall);
        }
        using var client = await SignInAsync(Roles.RecruitingManager);

        var index = await client.GetPageAsync("/library");
        var row = Regex.Match(index, $"/library/details/{scenario.Id}\".*?</tr>", RegexOptions.Singleline).Value;
        var numbers = Regex.Matches(row, "<td class=\"numeric\">(\\d+)</td>").Select(m => m.Groups[1].Value);
        Assert.Equal([$"{scenario.RedFlags.Count}", $"{scenario.Clips.Count}", "1"], numbers); // red flags, clips, times used
        var details = await client.GetPageAsync($"/library/details/{scenario.Id}");
        Assert.Contains("Versions candidates have met", details, StringComparison.Ordinal);
        Assert.Contains($"<code>{scenario.ShortVersion}</code> <span class=\"tag tag--green\">current</span>", details, StringComparison.Ordinal);
    }

    private async Task<PageClient> SignInAsync(string role)
    {
        var client = app.CreatePageClient();
        var account = DemoDataSeeder.StaffAccounts.Single(a => a.Role == role);
        Assert.NotNull(await client.SignInAsync(account.Email, RecruitmentApp.Password));
        return client;
    }

    private async Task AssertRefusedAsync(PageClient client, string redirectedTo)
    {
        var scenario = Library.Scenarios[0];
        foreach (var url in new[] { "/library", $"/library/details/{scenario.Id}", $"/library/details/{scenario.Id}?handler=Clip&clip={scenario.Clips[0].Id}" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(redirectedTo, response.Headers.Location?.AbsolutePath);
        }
    }
}
