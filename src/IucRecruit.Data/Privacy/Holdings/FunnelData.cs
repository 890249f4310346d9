using IucRecruit.Data.Assessment;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Privacy;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Retention;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Privacy.Holdings;

/// <summary>The candidate's journey: the stage log, the working-conditions acknowledgements, the
/// employment record and the mock-call scores of record, with the rows derived from them for the
/// dashboard (docs/decisions/0010).</summary>
public sealed class FunnelData(RecruitmentDbContext db) : ICandidateData
{
    public string Title => "Stage log, working-conditions acknowledgements, employment record and mock-call scores";

    public IReadOnlyList<Type> Tables =>
    [
        typeof(StageEvent), typeof(ConditionsAcknowledgement), typeof(Employment), typeof(MockCallScoreOfRecord),
        // Derived copies of the above for the dashboard: no free text, nothing the sources lack.
        typeof(CandidateProgress), typeof(Starter), typeof(StarterScore),
    ];

    public string WhenErased =>
        "Free-text reasons in the stage log and the exit interview notes are blanked. The stages, dates, outcomes, " +
        "leaving reason category, contract and scores stay on the anonymous record: the funnel and retention " +
        "statistics are computed from them.";

    public async Task ExportAsync(Guid candidateId, SubjectAccessArchive archive, CancellationToken cancellationToken)
    {
        var log = await db.StageEvents.AsNoTracking().Where(e => e.CandidateId == candidateId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        await archive.AddCsvAsync("stage-log.csv", "Every step of your application, oldest first: the stage, when it happened, " +
            "when it was recorded and why.", ["Step", "Kind", "Stage", "From", "Outcome", "Reason", "Happened (UTC)", "Recorded (UTC)"],
            log.Select(e => (IReadOnlyList<object?>)
            [
                e.Sequence, e.Kind, e.Stage.DisplayName(), e.FromStage?.DisplayName(), e.Outcome?.DisplayName(), e.Reason, e.OccurredUtc, e.RecordedUtc,
            ]), cancellationToken);

        var acknowledgements = await db.ConditionsAcknowledgements.AsNoTracking().Where(a => a.CandidateId == candidateId)
            .Join(db.WorkingConditionsVersions, a => new { a.CampaignId, a.Version }, v => new { v.CampaignId, v.Version },
                (a, v) => new { a.Version, a.Method, a.AcknowledgedUtc, TextShown = v.Text })
            .ToListAsync(cancellationToken);
        await archive.AddJsonAsync("working-conditions.json", "Each time you acknowledged the job's hours, weekends and bank " +
            "holidays, with the exact text you were shown.", acknowledgements, cancellationToken);

        var employment = await db.Employments.AsNoTracking().Where(e => e.CandidateId == candidateId)
            .Select(e => new { e.ContractType, e.PathwaysExamScore, e.EsrLeavingReason, e.LeavingReason, e.LeavingNotes, e.UpdatedUtc })
            .SingleOrDefaultAsync(cancellationToken);
        if (employment is not null)
        {
            await archive.AddJsonAsync("employment.json", "Your contract, NHS Pathways exam mark and, if you left, the reason " +
                "recorded in the staff record (ESR) and at your exit interview.", employment, cancellationToken);
        }

        var scores = await db.MockCallScoresOfRecord.AsNoTracking().Where(s => s.CandidateId == candidateId)
            .Select(s => new { s.CriterionId, s.Score, s.MaximumScore, s.Passed, s.ScoredUtc }).ToListAsync(cancellationToken);
        await archive.AddJsonAsync("mock-call-scores.json", "Your final mock-call mark on each criterion (accuracy, empathy, " +
            "handling the call) and whether you passed it.", scores, cancellationToken);
    }

    public async Task EraseAsync(IReadOnlyList<Guid> candidateIds, PersonalDataCategory categories, ErasureWork work, CancellationToken cancellationToken)
    {
        if (!categories.HasFlag(PersonalDataCategory.Identity)) return;
        work.Changed("Stage-log reasons blanked", await db.StageEvents
            .Where(e => candidateIds.Contains(e.CandidateId) && e.Reason != null && e.Reason != PersonalDataMarker.Erased)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Reason, PersonalDataMarker.Erased), cancellationToken));
        work.Changed("Exit interview notes blanked", await db.Employments
            .Where(e => candidateIds.Contains(e.CandidateId) && e.LeavingNotes != null && e.LeavingNotes != PersonalDataMarker.Erased)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.LeavingNotes, PersonalDataMarker.Erased), cancellationToken));
    }
}
