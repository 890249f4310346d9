using IucRecruit.Core.Candidates;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Scenarios;
using IucRecruit.Core.Time;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Funnel;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Candidates;

/// <summary>Booking a mock call invites the candidate to the assessment day in the funnel, recorded
/// by the product with the booking (docs/decisions/0060).</summary>
public sealed class BookingFunnelTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task A_booking_enters_a_shortlisted_candidate_into_the_assessment_day_and_leaves_an_unshortlisted_one_where_they_are()
    {
        var shortlisted = await ApplicantAsync("booked.shortlisted@example.com", shortlist: true);
        var applied = await ApplicantAsync("booked.applied@example.com", shortlist: false);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<RecruitmentDbContext>();
        var tomorrow = DateOnly.FromDateTime(UkTime.ToUk(app.Clock.GetUtcNow().UtcDateTime)).AddDays(1);
        var day = new AssessmentDay
        {
            Id = Guid.CreateVersion7(), CampaignId = app.Demo.Campaign.Id, Date = tomorrow, Location = "Room 4", CreatedUtc = app.Clock.GetUtcNow().UtcDateTime,
        };
        db.AssessmentDays.Add(day);
        await db.SaveChangesAsync();
        var rolePlayer = await EndedCalls.StaffIdAsync(db, Roles.RolePlayer);
        var assessor = await EndedCalls.StaffIdAsync(db, Roles.Assessor);

        foreach (var (candidate, hour) in new[] { (shortlisted, 10), (applied, 11) })
        {
            var booked = await services.GetRequiredService<MockCallBooking>().BookAsync(
                new MockCallBooking.Request(day.Id, candidate, new TimeOnly(hour, 0), TimeSpan.FromMinutes(30), rolePlayer, assessor, null, Difficulty.Foundation, null),
                bookedBy: null);
            Assert.Empty(booked.Problems);
        }

        await using var check = app.Services.CreateAsyncScope();
        var read = check.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var last = await read.StageEvents.Where(e => e.CandidateId == shortlisted).OrderBy(e => e.Sequence).LastAsync();
        Assert.Equal((JourneyEventKind.Entered, FunnelStage.InvitedToAssessment, StageEvent.ProductActorId), (last.Kind, last.Stage, last.ActorUserId));
        Assert.StartsWith("Mock call booked for ", last.Reason, StringComparison.Ordinal);
        Assert.EndsWith(", 10:00 (Room 4)", last.Reason, StringComparison.Ordinal);
        // Shortlisting is the manager's decision: the product did not see it, so it does not skip it.
        Assert.Equal(FunnelStage.Applied, (await read.CandidateProgress.SingleAsync(p => p.CandidateId == applied)).CurrentStage);
        Assert.True(await read.MockCalls.AnyAsync(c => c.CandidateId == applied));
        Assert.Empty(await FunnelConsistency.DifferencesAsync(read));
    }

    private async Task<Guid> ApplicantAsync(string email, bool shortlist)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var (candidate, _) = Applicants.Build(app.Demo.Campaign, new ApplicantDetails("Booked", email, email, RecruitmentChannel.NhsJobs, now.AddDays(-30)), null, null, now);
        await NewCandidates.WriteAsync(db, [candidate!], default);
        if (shortlist)
            Assert.True((await scope.ServiceProvider.GetRequiredService<StageLog>().RecordAsync(candidate!.Candidate.Id, StageTransition.Enter(FunnelStage.Shortlisted), null)).Succeeded);
        return candidate!.Candidate.Id;
    }
}
