using IucRecruit.Core.Assessment.Scoring;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Assessment;

namespace IucRecruit.Data.Demo;

/// <summary>The demo's ratings, moderation and feedback, through the same services as a real
/// assessment, so that their results, funnel moves and audit are the product's own.</summary>
public sealed class DemoScoring(CallAssessments assessments, FeedbackRecords feedback)
{
    public async Task RateAsync(Guid callId, Scenario scenario, Guid assessor, DemoRatings? ratings, string[] criticalFails, CancellationToken cancellationToken)
    {
        if (ratings is not null) await assessments.SubmitAsync(callId, assessor, ratings.PointsFor(scenario), criticalFails, cancellationToken);
    }

    /// <summary>The lead settles every criterion the assessors disagree on at <paramref name="points"/>.</summary>
    public async Task ModerateAsync(Guid callId, Guid lead, int points, string reason, CancellationToken cancellationToken)
    {
        var assessment = (await assessments.LoadAsync(callId, cancellationToken))!;
        await assessments.ModerateAsync(callId, lead, holdsALeadRole: true, new ModerationDecision(
            assessment.State.CriteriaToModerate.Select(c => new AgreedRating(c.Criterion.Id, points, reason)).ToList(), []), cancellationToken);
    }

    public async Task WriteFeedbackAsync(Guid callId, Guid author, Guid manager, (string Strengths, string Development, bool Publish) words,
        CancellationToken cancellationToken)
    {
        var assessment = (await assessments.LoadAsync(callId, cancellationToken))!;
        await feedback.SaveDraftAsync(assessment, author, words.Strengths, words.Development, cancellationToken);
        if (words.Publish) await feedback.PublishAsync(assessment, manager, cancellationToken);
    }
}
