using System.Net;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Messages;
using IucRecruit.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using IucRecruit.Testing;
using IucRecruit.Web.Tests.Calls;

namespace IucRecruit.Web.Tests.Assessment;

/// <summary>Feedback for the candidate: written once every assessor has submitted, published by a
/// recruiting manager with the result, and only then shown to the candidate, without the
/// assessors' own notes.</summary>
public sealed class FeedbackTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    [Fact]
    public async Task The_candidate_sees_feedback_only_once_a_manager_has_published_it()
    {
        using var assessor = await StaffMember.NewAsync(app);
        using var manager = await StaffMember.NewAsync(app, Roles.RecruitingManager);
        var candidateId = await EndedCalls.NewCandidateAsync(app);
        var note = new EvidenceNoted(EndedCalls.AnsweredUtc(app).AddSeconds(20), 20_000, assessor.Id, EvidenceKind.Note, null, null, "assessor-only-note");
        var callId = await EndedCalls.AddAsync(app, candidateId, assessor.Id, evidence: [note]);
        using var candidate = await CallParticipants.CandidatePageAsync(app, candidateId);
        var score = $"/assessor/calls/{callId}/score";
        (await assessor.Page.SubmitAsync(score, Ratings.Form(3, 3, 3, 3, 3))).Dispose();

        (await assessor.Page.SubmitAsync(score,
            [new("strengths", "You checked his details carefully."), new("developmentPoints", "Ask about numbness before reassuring.")], $"{score}?handler=Feedback")).Dispose();
        var beforePublishing = await candidate.GetPageAsync("/candidate/feedback");
        var homeBefore = await candidate.GetPageAsync("/candidate");
        using var published = await manager.Page.SubmitAsync($"/manager/results/{callId}", [], $"/manager/results/{callId}?handler=Publish");
        var afterPublishing = WebUtility.HtmlDecode(await candidate.GetPageAsync("/candidate/feedback"));
        using var changeAfter = await assessor.Page.SubmitAsync(score,
            [new("strengths", "Changed"), new("developmentPoints", "Changed")], $"{score}?handler=Feedback");

        Assert.Contains("Your feedback is not ready yet.", beforePublishing, StringComparison.Ordinal);
        Assert.DoesNotContain("You checked his details carefully.", beforePublishing, StringComparison.Ordinal);
        Assert.DoesNotContain("Read your feedback", homeBefore, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("You passed the mock call", afterPublishing, StringComparison.Ordinal);
        Assert.Contains("You checked his details carefully.", afterPublishing, StringComparison.Ordinal);
        Assert.Contains("Ask about numbness before reassuring.", afterPublishing, StringComparison.Ordinal);
        Assert.DoesNotContain("assessor-only-note", afterPublishing, StringComparison.Ordinal);
        Assert.Contains("Read your feedback", await candidate.GetPageAsync("/candidate"), StringComparison.Ordinal);
        Assert.Contains("The feedback has been published and cannot be changed.", await changeAfter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The candidate is told, with a fresh link of their own (their call's link has ended), written with the publication.
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var told = await db.OutboxMessages.SingleAsync(m => m.CandidateId == candidateId && m.Kind == MessageKind.FeedbackReady);
        Assert.True(await db.CandidateInvitations.AnyAsync(i => i.Id == told.InvitationId && i.CandidateId == candidateId && i.RedeemedUtc == null));
    }

    [Fact]
    public async Task Feedback_waits_for_every_assessor_so_a_draft_never_tells_one_what_the_other_thought()
    {
        using var first = await StaffMember.NewAsync(app);
        using var second = await StaffMember.NewAsync(app);
        var callId = await EndedCalls.AddAsync(app, await EndedCalls.NewCandidateAsync(app), first.Id, second.Id);
        var score = $"/assessor/calls/{callId}/score";
        (await first.Page.SubmitAsync(score, Ratings.Form(3, 3, 3, 3, 3))).Dispose();

        using var early = await first.Page.SubmitAsync(score, [new("strengths", "Calm"), new("developmentPoints", "")], $"{score}?handler=Feedback");

        Assert.Contains("Feedback is written once every assessor has submitted their ratings.", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Feedback for the candidate", await first.Page.GetPageAsync(score), StringComparison.Ordinal);
    }
}
