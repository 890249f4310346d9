using System.Net;
using System.Text.RegularExpressions;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Time;
using IucRecruit.Data;
using IucRecruit.Core.Scenarios;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Calls;

/// <summary>Booking through the manager's pages, what each person then sees, and the candidate's
/// recording question.</summary>
public sealed partial class BookingPagesTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task A_manager_books_calls_by_rotation_and_never_gives_a_candidate_the_same_scenario_twice()
    {
        using var manager = await CallParticipants.StaffPageAsync(app, Roles.RecruitingManager);
        var dayUrl = await AddDayAsync(manager, daysAhead: 1);
        var candidateId = await CallParticipants.CandidateAsync(app, 0);

        var first = await BookAsync(manager, dayUrl, candidateId, "09:00");
        var second = await BookAsync(manager, dayUrl, candidateId, "10:00");

        Assert.Contains("Mock call booked for", first, StringComparison.Ordinal);
        Assert.Matches(InvitationLink(), first);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var scenarios = await db.MockCalls.Where(c => c.CandidateId == candidateId).Select(c => c.ScenarioId).ToListAsync();
        Assert.Equal(2, scenarios.Distinct().Count());
        Assert.Equal(2, await db.ScenarioExposures.CountAsync(e => e.CandidateId == candidateId && e.Purpose == ExposurePurpose.MockCall));
        Assert.Contains("09:00–09:30", WebUtility.HtmlDecode(await manager.GetPageAsync(dayUrl)), StringComparison.Ordinal); // each slot with its length
    }

    [Fact]
    public async Task A_booking_that_clashes_or_lacks_people_is_refused_with_every_reason()
    {
        using var manager = await CallParticipants.StaffPageAsync(app, Roles.RecruitingManager);
        var dayUrl = await AddDayAsync(manager, daysAhead: 2);
        var candidateId = await CallParticipants.CandidateAsync(app, 1);
        await BookAsync(manager, dayUrl, candidateId, "11:00");

        var clash = await BookAsync(manager, dayUrl, candidateId, "11:15");
        using var empty = await manager.SubmitAsync(dayUrl, [new("Start", "12:00"), new("LengthMinutes", "5")]);
        var emptyHtml = await empty.Content.ReadAsStringAsync();

        // Who, in what part, and when (the day written out here, not by the product's own helper).
        var date = DateOnly.FromDateTime(UkTime.ToUk(app.Clock.GetUtcNow().UtcDateTime)).AddDays(2);
        var when = $"11:00–11:30 on {date.ToString("ddd d MMM", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}.";
        var candidateName = await CandidateNameAsync(candidateId);
        var clashText = WebUtility.HtmlDecode(clash);
        Assert.Contains($"{candidateName} (candidate) is already booked {when}", clashText, StringComparison.Ordinal);
        Assert.Contains($"Robin Role-player (role-player) is already booked {when}", clashText, StringComparison.Ordinal);
        Assert.Contains($"Asha Assessor (assessor) is already booked {when}", clashText, StringComparison.Ordinal);
        Assert.Contains("Choose the candidate", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("Choose the role-player", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("A slot lasts between 10 and 120 minutes", emptyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Booked_staff_see_the_call_and_only_they_can_open_it()
    {
        using var manager = await CallParticipants.StaffPageAsync(app, Roles.RecruitingManager);
        var dayUrl = await AddDayAsync(manager, daysAhead: 3);
        var candidateId = await CallParticipants.CandidateAsync(app, 2);
        await BookAsync(manager, dayUrl, candidateId, "14:30");
        var callId = await LatestCallAsync(candidateId);
        var otherRolePlayer = await app.AddStaffAsync($"rp-{Guid.NewGuid():N}@demo.iucrecruit.test", Roles.RolePlayer);

        using var rolePlayer = await CallParticipants.StaffPageAsync(app, Roles.RolePlayer);
        using var assessor = await CallParticipants.StaffPageAsync(app, Roles.Assessor);
        using var other = app.CreatePageClient();
        await other.SignInAsync(otherRolePlayer.Email!, RecruitmentApp.Password);

        Assert.Contains($"/role-player/calls/{callId}", await rolePlayer.GetPageAsync("/role-player"), StringComparison.Ordinal);
        Assert.Contains($"/assessor/calls/{callId}", await assessor.GetPageAsync("/assessor"), StringComparison.Ordinal);
        Assert.DoesNotContain(callId.ToString(), await other.GetPageAsync("/role-player"), StringComparison.Ordinal);
        var console = await rolePlayer.GetPageAsync($"/role-player/calls/{callId}");
        Assert.Contains("Opening line:", console, StringComparison.Ordinal);
        Assert.Contains("data-clip=", console, StringComparison.Ordinal);
        using var notTheirs = await other.GetAsync($"/role-player/calls/{callId}");
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
    }

    [Fact]
    public async Task The_candidate_must_answer_the_recording_question_and_a_refusal_is_shown_to_the_manager()
    {
        using var manager = await CallParticipants.StaffPageAsync(app, Roles.RecruitingManager);
        var dayUrl = await AddDayAsync(manager, daysAhead: 4);
        var candidateId = await CallParticipants.CandidateAsync(app, 3);
        var booked = await BookAsync(manager, dayUrl, candidateId, "15:00");
        var link = new Uri(WebUtility.HtmlDecode(InvitationLink().Match(booked).Groups[1].Value));
        var callId = await LatestCallAsync(candidateId);

        using var candidate = app.CreatePageClient();
        (await candidate.SubmitAsync(link.AbsolutePath, [])).Dispose();
        Assert.Contains($"/candidate/calls/{callId}", await candidate.GetPageAsync("/candidate"), StringComparison.Ordinal);
        var question = await candidate.GetPageAsync($"/candidate/calls/{callId}");
        Assert.Contains("I agree that my mock call will be recorded.", question, StringComparison.Ordinal);
        Assert.DoesNotContain("Call record", question, StringComparison.Ordinal);

        (await candidate.SubmitAsync($"/candidate/calls/{callId}", [new("agree", "false")], postUrl: $"/candidate/calls/{callId}?handler=Consent")).Dispose();
        Assert.Contains("Declined recording", await manager.GetPageAsync(dayUrl), StringComparison.Ordinal);
        Assert.Contains("the call cannot go ahead", await candidate.GetPageAsync($"/candidate/calls/{callId}"), StringComparison.Ordinal);

        (await candidate.SubmitAsync($"/candidate/calls/{callId}", [new("agree", "true")], postUrl: $"/candidate/calls/{callId}?handler=Consent")).Dispose();
        var ready = await candidate.GetPageAsync($"/candidate/calls/{callId}");
        Assert.Contains("Check your microphone", ready, StringComparison.Ordinal);
        Assert.Contains("Call record", ready, StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var answers = (await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().MockCallEvents
                .Where(e => e.MockCallId == callId && e.Type == "consent").OrderBy(e => e.Sequence).ToListAsync())
            .Select(e => (Core.Calls.RecordingConsentAnswered)Core.Calls.CallEventJson.Deserialize(e.Payload)).ToList();
        Assert.Equal([false, true], answers.Select(a => a.Given));
        Assert.All(answers, a => Assert.StartsWith("I agree that my mock call will be recorded.", a.Wording, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_candidate_cannot_open_another_candidates_call()
    {
        var callId = await MockCallSchedule.AddAsync(app, await CallParticipants.CandidateAsync(app, 4),
            await CallParticipants.StaffIdAsync(app, Roles.RolePlayer), await CallParticipants.StaffIdAsync(app, Roles.Assessor));
        using var someoneElse = await CallParticipants.CandidatePageAsync(app, await CallParticipants.CandidateAsync(app, 5));

        using var response = await someoneElse.GetAsync($"/candidate/calls/{callId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(Core.Calls.CallPhase.Ended, 5, 6)]
    [InlineData(Core.Calls.CallPhase.Missed, 6, 7)]
    public async Task A_call_that_ended_or_was_missed_holds_no_one_for_the_rest_of_its_slot(Core.Calls.CallPhase phase, int daysAhead, int candidate)
    {
        using var manager = await CallParticipants.StaffPageAsync(app, Roles.RecruitingManager);
        var dayUrl = await AddDayAsync(manager, daysAhead);
        var candidateId = await CallParticipants.CandidateAsync(app, candidate);
        Assert.Contains("Mock call booked for", await BookAsync(manager, dayUrl, candidateId, "14:00"), StringComparison.Ordinal);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
            await db.MockCalls.Where(c => c.CandidateId == candidateId && c.Phase == Core.Calls.CallPhase.Waiting)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.Phase, phase));
        }

        var again = WebUtility.HtmlDecode(await BookAsync(manager, dayUrl, candidateId, "14:10"));

        Assert.DoesNotContain("is already booked", again, StringComparison.Ordinal);
        Assert.Contains("Mock call booked for", again, StringComparison.Ordinal);
    }

    private async Task<string> CandidateNameAsync(Guid candidateId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var candidate = await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().Candidates.AsNoTracking().SingleAsync(c => c.Id == candidateId);
        return $"{candidate.GivenName} {candidate.FamilyName}";
    }

    private async Task<string> AddDayAsync(PageClient manager, int daysAhead)
    {
        var date = DateOnly.FromDateTime(UkTime.ToUk(app.Clock.GetUtcNow().UtcDateTime)).AddDays(daysAhead);
        using var response = await manager.SubmitAsync("/manager/assessment-days",
            [new("CampaignId", app.Demo.Campaign.Id.ToString()), new("Date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), new("Location", "Training room 2")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private async Task<string> BookAsync(PageClient manager, string dayUrl, Guid candidateId, string start)
    {
        using var response = await manager.SubmitAsync(dayUrl,
        [
            new("CandidateId", candidateId.ToString()), new("Start", start), new("LengthMinutes", "30"),
            new("RolePlayerId", (await CallParticipants.StaffIdAsync(app, Roles.RolePlayer)).ToString()),
            new("AssessorId", (await CallParticipants.StaffIdAsync(app, Roles.Assessor)).ToString()),
            new("Difficulty", "0"),
        ]);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<Guid> LatestCallAsync(Guid candidateId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        return (await db.MockCalls.Where(c => c.CandidateId == candidateId).OrderByDescending(c => c.CreatedUtc).FirstAsync()).Id;
    }

    [GeneratedRegex("id=\"invitation-link\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex InvitationLink();
}
