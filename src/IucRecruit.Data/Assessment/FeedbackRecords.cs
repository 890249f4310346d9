using IucRecruit.Core.Invitations;
using IucRecruit.Core.Messages;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Invitations;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Assessment;

/// <summary>
/// Feedback for the candidate on their mock call: drafted by an assessor or a lead once every
/// assessor has submitted (so a draft never tells one assessor what the other thought), changed
/// until a recruiting manager publishes it with the result, then fixed. The candidate sees only
/// published feedback.
/// </summary>
public sealed class FeedbackRecords(RecruitmentDbContext db, CandidateInvitationService invitations, TimeProvider clock)
{
    public Task<CandidateFeedback?> FindAsync(Guid callId, CancellationToken cancellationToken = default) =>
        db.CandidateFeedback.AsNoTracking().SingleOrDefaultAsync(f => f.MockCallId == callId, cancellationToken);

    /// <summary>Saves the draft; returns why not, or null.</summary>
    public async Task<string?> SaveDraftAsync(AssessmentCase assessment, Guid authorId, string? strengths, string? developmentPoints,
        CancellationToken cancellationToken = default)
    {
        if (!assessment.AllSubmitted) return "Feedback is written once every assessor has submitted their ratings.";
        strengths = strengths?.Trim() ?? "";
        developmentPoints = developmentPoints?.Trim() ?? "";
        if (strengths.Length == 0 && developmentPoints.Length == 0) return "Write at least one strength or development point.";
        if (strengths.Length > CandidateFeedback.MaxLength || developmentPoints.Length > CandidateFeedback.MaxLength)
            return $"Keep each part to {CandidateFeedback.MaxLength:N0} characters.";

        var feedback = await db.CandidateFeedback.SingleOrDefaultAsync(f => f.MockCallId == assessment.Call.Id, cancellationToken);
        if (feedback?.PublishedUtc is not null) return "The feedback has been published and cannot be changed.";
        if (feedback is null)
        {
            feedback = new CandidateFeedback { Id = Guid.CreateVersion7(), MockCallId = assessment.Call.Id, CandidateId = assessment.Call.CandidateId };
            db.CandidateFeedback.Add(feedback);
        }
        feedback.Strengths = strengths;
        feedback.DevelopmentPoints = developmentPoints;
        feedback.WrittenByUserId = authorId;
        feedback.WrittenUtc = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return "Someone else saved feedback for this call at the same moment. Look again and retry.";
        }
        return null;
    }

    /// <summary>Publishes the feedback to the candidate, once the result is decided, and tells them
    /// with a fresh link to read it (their booking's link ended with the call), in the same
    /// transaction (docs/decisions/0062); returns why not, or null.</summary>
    public async Task<string?> PublishAsync(AssessmentCase assessment, Guid managerId, CancellationToken cancellationToken = default)
    {
        if (assessment.Result is null) return "Feedback is published with the result, which is not decided yet.";
        await using var transaction = await FunnelTransaction.BeginAsync(db, cancellationToken);
        var published = await db.CandidateFeedback
            .Where(f => f.MockCallId == assessment.Call.Id && f.PublishedUtc == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(f => f.PublishedUtc, clock.GetUtcNow().UtcDateTime)
                .SetProperty(f => f.PublishedByUserId, managerId), cancellationToken);
        if (published != 1) return "There is no unpublished feedback for this call.";
        var candidate = await db.Candidates.Include(c => c.Campaign).SingleAsync(c => c.Id == assessment.Call.CandidateId, cancellationToken);
        if (!candidate.IsErased)
        {
            var invitation = invitations.Add(candidate.Id, InvitationRules.DefaultLifetime, managerId);
            invitations.AddMessage(MessageKind.FeedbackReady, candidate, invitation, managerId);
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>The candidate's published feedback, newest call first.</summary>
    public async Task<IReadOnlyList<(CandidateFeedback Feedback, MockCallResult Result)>> PublishedForAsync(Guid candidateId,
        CancellationToken cancellationToken = default)
    {
        var rows = await db.CandidateFeedback.AsNoTracking()
            .Where(f => f.CandidateId == candidateId && f.PublishedUtc != null)
            .Join(db.MockCallResults.AsNoTracking(), f => f.MockCallId, r => r.MockCallId, (f, r) => new { f, r })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(x => x.r.DecidedUtc).Select(x => (x.f, x.r)).ToList();
    }
}
