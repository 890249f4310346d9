using IucRecruit.Data.Funnel;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Assessment;

/// <summary>One criterion's final mark, as the mock-call assessment hands it over.</summary>
/// <param name="CriterionId">Stable id such as "accuracy", "empathy", "call-handling".</param>
/// <param name="MaximumScore">The top of the criterion's scale (5 on a 1–5 rating).</param>
public sealed record CriterionScore(string CriterionId, double Score, double MaximumScore, bool Passed);

/// <summary>
/// The seam between the mock-call assessment and retention (docs/decisions/0012): when a
/// candidate's mock-call result is final, the assessment calls <see cref="RecordAsync"/> with one
/// score per criterion. The scores replace any earlier ones and feed the score bands of the
/// retention curves and the predictive-validity section. The pass/fail decision itself moves the
/// candidate through <see cref="StageLog"/> (on to the interview, or rejected with a reason).
/// </summary>
public sealed class MockCallScores(RecruitmentDbContext db, FunnelWriter writer)
{
    public async Task RecordAsync(Guid candidateId, IReadOnlyCollection<CriterionScore> scores, DateTime scoredUtc,
        CancellationToken cancellationToken = default)
    {
        if (scores.Select(s => s.CriterionId).Distinct(StringComparer.Ordinal).Count() != scores.Count)
            throw new ArgumentException("Each criterion may be scored once.", nameof(scores));
        if (scores.FirstOrDefault(s => s.MaximumScore <= 0 || s.Score < 0 || s.Score > s.MaximumScore) is { } bad)
            throw new ArgumentException($"The score of \"{bad.CriterionId}\" must be between 0 and its maximum, which must be above 0.", nameof(scores));

        await using var transaction = await FunnelTransaction.BeginAsync(db, cancellationToken);
        var snapshot = await CandidateSnapshot.LoadAsync(db, candidateId, cancellationToken)
            ?? throw new InvalidOperationException($"There is no candidate {candidateId}.");
        var records = scores.Select(s => new MockCallScoreOfRecord
        {
            CandidateId = candidateId, CriterionId = s.CriterionId, Score = s.Score, MaximumScore = s.MaximumScore,
            Passed = s.Passed, ScoredUtc = scoredUtc,
        }).ToList();
        await db.MockCallScoresOfRecord.Where(s => s.CandidateId == candidateId).ExecuteDeleteAsync(cancellationToken);
        db.MockCallScoresOfRecord.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await writer.WriteAsync([CandidateUpdate.SourcesOnly(snapshot, snapshot.Employment, records)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
