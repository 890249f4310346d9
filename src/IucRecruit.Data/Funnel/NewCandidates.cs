using IucRecruit.Data.Assessment;
using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Funnel;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Candidates;
using IucRecruit.Data.Equality;
using IucRecruit.Data.Retention;
using IucRecruit.Data.Storage;

namespace IucRecruit.Data.Funnel;

/// <summary>A candidate to add with everything known about them: at least their application
/// (an <c>Applied</c> log entry); generated data adds whole journeys.</summary>
public sealed record NewCandidate(
    Candidate Candidate, AdvisorRole Role, string Site, StageSet CampaignStages, IReadOnlyList<StageEvent> Events, JourneyState Journey,
    EqualityMonitoring? Equality = null, Employment? Employment = null,
    IReadOnlyList<MockCallScoreOfRecord>? Scores = null, IReadOnlyList<ConditionsAcknowledgement>? Acknowledgements = null);

/// <summary>Adds candidates, their records and their stage logs, with the derived rows (the
/// equality answers are written by <see cref="FunnelWriter"/>, with their derived columns), in the
/// caller's transaction: one applicant entered by hand, an import of a hundred thousand, or the
/// benchmark's million.</summary>
public static class NewCandidates
{
    public static async Task WriteAsync(RecruitmentDbContext db, IReadOnlyCollection<NewCandidate> candidates, CancellationToken cancellationToken)
    {
        await new TableWriter<Candidate>(db).InsertAsync(candidates.Select(c => c.Candidate).ToList(), cancellationToken);
        await new TableWriter<Employment>(db).InsertAsync(candidates.Where(c => c.Employment is not null).Select(c => c.Employment!).ToList(), cancellationToken);
        await new TableWriter<MockCallScoreOfRecord>(db).InsertAsync(candidates.SelectMany(c => c.Scores ?? []).ToList(), cancellationToken);
        await new TableWriter<ConditionsAcknowledgement>(db).InsertAsync(candidates.SelectMany(c => c.Acknowledgements ?? []).ToList(), cancellationToken);

        var updates = candidates.Select(c =>
        {
            var before = new CandidateSnapshot(c.Candidate.Id, c.Candidate.CampaignId, c.Role, c.Site, c.CampaignStages, c.Candidate.Channel,
                Progress: null, c.Equality, c.Employment, c.Scores ?? [], ConditionsAcknowledged: c.Acknowledgements is { Count: > 0 });
            return new CandidateUpdate(before, c.Events, c.Journey, c.Employment, c.Scores ?? []);
        }).ToList();
        await new FunnelWriter(db).WriteAsync(updates, cancellationToken);
    }
}
