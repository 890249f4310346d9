using System.Net;
using System.Text.RegularExpressions;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Funnel;
using IucRecruit.Testing;
using IucRecruit.Web.Features.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Calls;

/// <summary>Attendance as the live call sees it: the candidate answering enters the mock-call stage
/// there and then, and a manager records a no-show on the day's page through the call's grain,
/// after which nobody can ring or join as the candidate (docs/decisions/0065).</summary>
public sealed partial class CallAttendanceTests(LiveCallApp app) : IClassFixture<LiveCallApp>
{
    private CallNode Node => app.Services.GetRequiredService<CallNode>();

    private ICallGrain Grain(Guid callId) => app.Services.GetRequiredService<IGrainFactory>().GetGrain<ICallGrain>(callId);

    [Fact]
    public async Task Answering_the_call_enters_the_mock_call_stage_at_that_moment_and_a_no_show_is_then_refused()
    {
        var candidateId = await AtListeningAsync("answers.live@example.com");
        var rolePlayer = new CallUser(await CallParticipants.StaffIdAsync(app, Roles.RolePlayer), null, "Role-player");
        var callId = await MockCallSchedule.AddAsync(app, candidateId, rolePlayer.UserId, await CallParticipants.StaffIdAsync(app, Roles.Assessor),
            slotStartUtc: app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1));
        Assert.Null((await Node.JoinAsync(callId, "attending-candidate", new CallUser(Guid.NewGuid(), candidateId, "Candidate"))).Refusal);
        Assert.Null((await Node.JoinAsync(callId, "attending-role-player", rolePlayer)).Refusal);
        Assert.Null(await Grain(callId).Command("attending-role-player", new Ring()));

        Assert.Null(await Grain(callId).Command("attending-candidate", new Answer()));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var answered = await db.MockCallEvents.SingleAsync(e => e.MockCallId == callId && e.Type == "answered");
        var last = await db.StageEvents.Where(e => e.CandidateId == candidateId).OrderBy(e => e.Sequence).LastAsync();
        Assert.Equal((6, FunnelStage.MockCall, StageEvent.ProductActorId, answered.AtUtc, "Took the mock call"),
            (last.Sequence, last.Stage, last.ActorUserId, last.OccurredUtc, last.Reason));
        Assert.Equal("The candidate answered the call: they attended.",
            await Grain(callId).RecordNoShow(await CallParticipants.StaffIdAsync(app, Roles.RecruitingManager)));
        await Node.LeaveAsync("attending-candidate");
        await Node.LeaveAsync("attending-role-player");
    }

    [Fact]
    public async Task A_manager_records_a_no_show_on_the_days_page_and_the_call_then_refuses_the_candidate_and_the_ring()
    {
        var candidateId = await AtListeningAsync("misses.live@example.com");
        var rolePlayer = new CallUser(await CallParticipants.StaffIdAsync(app, Roles.RolePlayer), null, "Role-player");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var early = await MockCallSchedule.AddAsync(app, await AtListeningAsync("not.yet@example.com"), rolePlayer.UserId,
            await CallParticipants.StaffIdAsync(app, Roles.Assessor), slotStartUtc: now.AddHours(1));
        var callId = await MockCallSchedule.AddAsync(app, candidateId, rolePlayer.UserId, await CallParticipants.StaffIdAsync(app, Roles.Assessor),
            slotStartUtc: now.AddMinutes(-40));
        using var manager = await CallParticipants.StaffPageAsync(app, Roles.RecruitingManager);
        var dayUrl = $"/manager/assessment-days/day/{await DayOfAsync(callId)}";
        var before = Text(await manager.GetPageAsync(dayUrl));
        Assert.Contains("Not answered", before, StringComparison.Ordinal); // the 30-minute slot ended 10 minutes ago
        Assert.Contains("Record no-show for Test Misses", before, StringComparison.Ordinal);

        using var tooEarly = await manager.SubmitAsync(dayUrl, [], $"/manager/assessment-days/day/{await DayOfAsync(early)}?handler=NoShow&callId={early}");
        using var recorded = await manager.SubmitAsync(dayUrl, [], $"{dayUrl}?handler=NoShow&callId={callId}");

        Assert.Contains("Test Not: The slot has not begun: a no-show can be recorded from its start.",
            Text(await tooEarly.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var html = await recorded.Content.ReadAsStringAsync();
        var page = Text(html);
        Assert.Contains("Test Misses: no-show recorded Their stage log now ends “Did not attend”.", Spaces().Replace(page, " "), StringComparison.Ordinal);
        Assert.Contains("<span class=\"tag tag--red\">Did not attend</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Record no-show for Test Misses", page, StringComparison.Ordinal);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var managerId = await CallParticipants.StaffIdAsync(app, Roles.RecruitingManager);
        var noShow = await db.MockCallEvents.SingleAsync(e => e.MockCallId == callId && e.Type == "no-show");
        Assert.Equal(managerId, noShow.ActorUserId);
        Assert.Equal(CallPhase.Missed, (await db.MockCalls.SingleAsync(c => c.Id == callId)).Phase);
        var last = await db.StageEvents.Where(e => e.CandidateId == candidateId).OrderBy(e => e.Sequence).LastAsync();
        Assert.Equal((JourneyEventKind.Ended, FunnelOutcome.NoShow, managerId), (last.Kind, last.Outcome!.Value, last.ActorUserId!.Value));
        Assert.False(await db.MockCallEvents.AnyAsync(e => e.MockCallId == early && e.Type == "no-show"));

        var join = await Node.JoinAsync(callId, "late-candidate", new CallUser(Guid.NewGuid(), candidateId, "Candidate"));
        Assert.Equal("The candidate was recorded as not attending this call. Contact the recruitment team.", join.Refusal);
        Assert.Null((await Node.JoinAsync(callId, "late-role-player", rolePlayer)).Refusal);
        Assert.Equal("The candidate was recorded as not attending this call.", await Grain(callId).Command("late-role-player", new Ring()));
        Assert.Equal("The no-show is already recorded.", await Grain(callId).RecordNoShow(managerId));
        await Node.LeaveAsync("late-role-player");
        Assert.Empty(await FunnelConsistency.DifferencesAsync(db));
    }

    /// <summary>A new applicant of the demo campaign, moved by a manager to the listening exercise (5 entries).</summary>
    private async Task<Guid> AtListeningAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var given = email.Split('.')[0];
        var (candidate, _) = Applicants.Build(app.Demo.Campaign,
            new ApplicantDetails("Test", char.ToUpperInvariant(given[0]) + given[1..], email, RecruitmentChannel.NhsJobs, now.AddDays(-30)), null, null, now);
        await NewCandidates.WriteAsync(db, [candidate!], default);
        var id = candidate!.Candidate.Id;
        var stages = scope.ServiceProvider.GetRequiredService<StageLog>();
        Assert.True((await stages.RecordAsync(id, StageTransition.Enter(FunnelStage.Shortlisted), null)).Succeeded);
        Assert.True((await stages.RecordAsync(id, StageTransition.Enter(FunnelStage.InvitedToAssessment), null)).Succeeded);
        Assert.True((await stages.RecordAsync(id, StageTransition.Enter(FunnelStage.ListeningExercise, "On paper", skipping: [FunnelStage.ConditionsAcknowledged]), null)).Succeeded);
        return id;
    }

    /// <summary>The page's words as a screen reader has them, without the markup.</summary>
    private static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", ""));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private async Task<Guid> DayOfAsync(Guid callId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().MockCalls.Where(c => c.Id == callId).Select(c => c.AssessmentDayId).SingleAsync();
    }
}
