using System.Net;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Demo;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Invitations;
using IucRecruit.Data.Privacy;
using IucRecruit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Web.Tests.Privacy;

/// <summary>Erasure is final (issue 16, bug 5): once a candidate's personal data is erased, nothing
/// books, invites, opens an account for or moves the anonymous record that is left.</summary>
public sealed class ErasureIsFinalTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private const string Refusal = "This candidate's personal data has been erased: nothing more can be done for them.";

    [Fact]
    public async Task An_erased_candidate_cannot_be_booked_on_an_assessment_day()
    {
        var candidateId = await EraseDemoCandidateAsync(3);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var day = new AssessmentDay
        {
            Id = Guid.CreateVersion7(), CampaignId = app.Demo.Campaign.Id, Date = DateOnly.FromDateTime(now.AddDays(2)),
            Location = "Test centre", CreatedUtc = now,
        };
        db.AssessmentDays.Add(day);
        await db.SaveChangesAsync();

        var outcome = await scope.ServiceProvider.GetRequiredService<MockCallBooking>().BookAsync(new MockCallBooking.Request(
            day.Id, candidateId, new TimeOnly(10, 0), TimeSpan.FromMinutes(30), await StaffIdAsync(db, Roles.RolePlayer),
            await StaffIdAsync(db, Roles.Assessor), null, Difficulty.Foundation, null), bookedBy: null);

        Assert.Null(outcome.Booked);
        Assert.Contains((nameof(MockCallBooking.Request.CandidateId), Refusal), outcome.Problems);
        Assert.False(await db.MockCalls.AnyAsync(c => c.CandidateId == candidateId));
        Assert.False(await db.CandidateInvitations.AnyAsync(i => i.CandidateId == candidateId));
    }

    [Fact]
    public async Task No_new_invitation_is_made_for_an_erased_candidate_and_the_manager_is_told_why()
    {
        var candidateId = await EraseDemoCandidateAsync(4);

        await Assert.ThrowsAsync<CandidateErasedException>(() => app.InviteAsync(candidateId));

        using var manager = app.CreatePageClient();
        await manager.SignInAsync(DemoDataSeeder.StaffAccounts.Single(a => a.Role == Roles.RecruitingManager).Email, RecruitmentApp.Password);
        var list = $"/manager/candidates?campaign={app.Demo.Campaign.Id}";
        using var response = await manager.SubmitAsync(list, [new("candidateId", candidateId.ToString())],
            postUrl: $"{list}&handler=Invite");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Refusal, html, StringComparison.Ordinal);
        Assert.DoesNotContain("/invite/", html, StringComparison.Ordinal);
        Assert.False(app.WithScope(s => s.GetRequiredService<RecruitmentDbContext>().CandidateInvitations.Any(i => i.CandidateId == candidateId)));
    }

    [Fact]
    public async Task An_invitation_link_made_before_the_erasure_or_left_behind_opens_nothing()
    {
        var candidateId = DemoCandidateId(5);
        var before = await app.InviteAsync(candidateId);
        await EraseAsync(candidateId);
        // A link row that survived the erasure (made in a race with it, or restored from a backup).
        var leftBehind = await app.InviteAsync(DemoCandidateId(6));
        await EraseAsync(DemoCandidateId(6));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
            Assert.False(await db.CandidateInvitations.AnyAsync(i => i.CandidateId == DemoCandidateId(6)));
        }
        var survivor = await RestoreInvitationRowAsync(DemoCandidateId(6), leftBehind);

        foreach (var token in new[] { before, survivor })
        {
            using var client = app.CreatePageClient();
            using var opened = await client.GetAsync($"/invite/{token}");
            Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
            // The sign-in page's antiforgery token is good for any form of the site.
            using var continued = await client.SubmitAsync("/account/sign-in", [], postUrl: $"/invite/{token}");
            Assert.Equal(HttpStatusCode.NotFound, continued.StatusCode);
            using var home = await client.GetAsync("/candidate");
            Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        }
        Assert.False(app.WithScope(s => s.GetRequiredService<RecruitmentDbContext>().Users
            .Any(u => u.CandidateId == candidateId || u.CandidateId == DemoCandidateId(6))));
    }

    [Fact]
    public async Task An_erased_candidate_is_not_moved_through_the_funnel()
    {
        var candidateId = await EraseDemoCandidateAsync(7);
        await using var scope = app.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<StageLog>()
            .RecordAsync(candidateId, StageTransition.Enter(FunnelStage.Shortlisted), actorUserId: null);

        Assert.Equal((false, Refusal), (result.Succeeded, result.Refusal));
    }

    [Fact]
    public async Task Demo_start_up_does_not_invite_or_book_an_erased_demo_candidate_again()
    {
        await using var first = new RecruitmentApp().WithWebHostBuilder(b => b.UseSetting("Demo:Enabled", "true"));
        Guid invitedId;
        int calls;
        using (var scope = first.Services.CreateScope())
        {
            invitedId = (await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(RecruitmentApp.Password)).InvitedCandidate.Id;
            var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
            Assert.True(await db.CandidateInvitations.AnyAsync(i => i.CandidateId == invitedId));
            var outcome = await scope.ServiceProvider.GetRequiredService<CandidateErasure>()
                .EraseAsync(invitedId, "Request 42", new Actor(null, "Test"));
            Assert.Null(outcome.Refusal);
            calls = await db.MockCalls.CountAsync(c => c.CandidateId == invitedId);
        }

        await using var restarted = first.WithWebHostBuilder(_ => { });
        using var after = restarted.Services.CreateScope();
        var again = after.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        Assert.False(await again.CandidateInvitations.AnyAsync(i => i.CandidateId == invitedId));
        Assert.Equal(calls, await again.MockCalls.CountAsync(c => c.CandidateId == invitedId));
        Assert.False(await again.Users.AnyAsync(u => u.CandidateId == invitedId));
    }

    private Guid DemoCandidateId(int index) => app.WithScope(s => s.GetRequiredService<RecruitmentDbContext>().Candidates
        .Where(c => c.CampaignId == app.Demo.Campaign.Id).OrderBy(c => c.Id).Select(c => c.Id).Skip(index).First());

    private async Task<Guid> EraseDemoCandidateAsync(int index)
    {
        var id = DemoCandidateId(index);
        await EraseAsync(id);
        return id;
    }

    private async Task EraseAsync(Guid candidateId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<CandidateErasure>()
            .EraseAsync(candidateId, "Erasure request", new Actor(null, "Test"));
        Assert.Null(outcome.Refusal);
    }

    /// <summary>Puts back the invitation row the token names, as if it had escaped the erasure.</summary>
    private async Task<string> RestoreInvitationRowAsync(Guid candidateId, string token)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>()
            .CreateProtector("IucRecruit.CandidateInvitation.v1");
        var id = new Guid(protector.Unprotect(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(token)));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        db.CandidateInvitations.Add(new CandidateInvitation { Id = id, CandidateId = candidateId, CreatedUtc = now, ExpiresUtc = now.AddDays(1) });
        await db.SaveChangesAsync();
        return token;
    }

    private static Task<Guid> StaffIdAsync(RecruitmentDbContext db, string role)
    {
        var email = DemoDataSeeder.StaffAccounts.Single(a => a.Role == role).Email;
        return db.Users.Where(u => u.UserName == email).Select(u => u.Id).SingleAsync();
    }
}
