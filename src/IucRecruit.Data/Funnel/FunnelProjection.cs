using IucRecruit.Data.Assessment;
using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Equality;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Equality;
using IucRecruit.Data.Retention;

namespace IucRecruit.Data.Funnel;

/// <summary>What a candidate's derived rows are computed from: their journey (the replayed stage
/// log), who they are in the dashboard's terms, and their employment and scores of record.</summary>
public sealed record CandidateFacts(
    Guid CandidateId, Guid CampaignId, AdvisorRole Role, string Site, RecruitmentChannel Channel, JourneyState Journey,
    Employment? Employment, IReadOnlyList<MockCallScoreOfRecord> Scores);

/// <summary>
/// The pure functions from a candidate's sources to every row derived from them: their
/// <see cref="CandidateProgress"/>, their <see cref="StarterScore"/>s, the derived columns of their
/// <see cref="EqualityMonitoring"/> row, and what they add to each tally. Writing, checking and rebuilding all go through these, so derived data cannot drift from
/// the log by being computed two ways.
/// </summary>
public static class FunnelProjection
{
    /// <summary>Null for a candidate without a stage log (nothing to show in the funnel).</summary>
    public static CandidateProgress? Progress(CandidateFacts facts)
    {
        var journey = facts.Journey;
        if (journey.CurrentStage is not { } current) return null;
        return new CandidateProgress
        {
            CandidateId = facts.CandidateId,
            CampaignId = facts.CampaignId,
            Role = facts.Role,
            Site = facts.Site,
            Channel = facts.Channel,
            EventCount = journey.EventCount,
            CurrentStage = current,
            CurrentStageEnteredUtc = journey.CurrentStageEnteredUtc!.Value,
            LastEventUtc = journey.LastEventUtc!.Value,
            Outcome = journey.Outcome,
            OutcomeUtc = journey.OutcomeUtc,
            ReachedStages = journey.Reached.Bits,
            SkippedStages = journey.Skipped.Bits,
            StageDays = journey.DaysInStage.ToString(),
            AppliedUtc = journey.AppliedUtc!.Value,
            AssessmentDay = journey.AssessmentDay,
            StartedUtc = journey.StartedUtc,
            LeftUtc = journey.LeftUtc,
        };
    }

    /// <summary>A starter's retention facts (null for those who did not start).</summary>
    public static Starter? Starter(CandidateFacts facts, CandidateProgress? progress)
    {
        if (progress?.StartedUtc is not { } started) return null;
        var journey = facts.Journey;
        return new Starter
        {
            CandidateId = facts.CandidateId,
            StartedUtc = started,
            StartMonth = Month(started)!.Value,
            DaysInPost = journey.DaysInPost,
            LeftMonth = Month(journey.LeftUtc),
            EsrLeavingReason = journey.LeftUtc is null ? null : facts.Employment?.EsrLeavingReason,
            LeavingReason = journey.LeftUtc is null ? null : facts.Employment?.LeavingReason,
            ContractType = facts.Employment?.ContractType,
            ScoreBand = ScoreBands.Of(facts.Scores.Select(s => (s.Score, s.MaximumScore))),
            CampaignId = facts.CampaignId,
            Role = facts.Role,
            Site = facts.Site,
            Channel = facts.Channel,
            AppliedUtc = progress.AppliedUtc,
            AssessmentDay = progress.AssessmentDay,
        };
    }

    /// <summary>A starter's scores of record beside their retention (nothing for those who did not start).</summary>
    public static IEnumerable<StarterScore> StarterScores(Starter? starter, IEnumerable<MockCallScoreOfRecord> scores) =>
        starter is null
            ? []
            : scores.Select(s => new StarterScore
            {
                CandidateId = starter.CandidateId,
                CriterionId = s.CriterionId,
                Score = s.Score,
                MaximumScore = s.MaximumScore,
                StartedUtc = starter.StartedUtc,
                DaysInPost = starter.DaysInPost,
                CampaignId = starter.CampaignId,
                Role = starter.Role,
                Site = starter.Site,
                Channel = starter.Channel,
                AppliedUtc = starter.AppliedUtc,
                AssessmentDay = starter.AssessmentDay,
            });

    /// <summary>The candidate's equality answers with their funnel position beside them (null
    /// without answers). A candidate with no stage log has no position: reached nothing.</summary>
    public static EqualityMonitoring? Equality(CandidateFacts facts, CandidateProgress? progress, EqualityMonitoring? answers)
    {
        if (answers is null) return null;
        var row = answers.Answers();
        (row.CampaignId, row.Role, row.Site, row.Channel) = (facts.CampaignId, facts.Role, facts.Site, facts.Channel);
        if (progress is null) return row;
        (row.AppliedUtc, row.AssessmentDay, row.ReachedStages, row.CurrentStage, row.Outcome) =
            (progress.AppliedUtc, progress.AssessmentDay, progress.ReachedStages, progress.CurrentStage, progress.Outcome);
        return row;
    }

    /// <summary>Adds (sign +1) or removes (sign −1) one candidate's contribution to every tally.</summary>
    public static void AddTallies(TallyChanges tallies, CandidateProgress? progress, Starter? starter, AdvisorRole role,
        EqualityMonitoring? equality, int sign)
    {
        if (progress is null) return;
        var month = Month(progress.AppliedUtc)!.Value;
        var outcome = progress.Outcome?.ToString() ?? "";
        foreach (var site in new[] { FunnelPositionTally.EverySite, progress.Site })
        {
            tallies.Add(new FunnelPositionTally
            {
                Site = site, Role = role, Channel = progress.Channel, AppliedMonth = month, ReachedStages = progress.ReachedStages,
                SkippedStages = progress.SkippedStages, CurrentStage = progress.CurrentStage, Outcome = outcome,
            }, sign);
        }
        foreach (var (stage, days) in Core.Funnel.StageDays.Parse(progress.StageDays).Recorded())
        {
            tallies.Add(new StageDurationTally { Role = role, Channel = progress.Channel, AppliedMonth = month, Stage = stage, Days = days }, sign);
        }
        AddRetention(tallies, starter, sign);
        if (equality is null) return;
        foreach (var characteristic in Enum.GetValues<ProtectedCharacteristic>())
        {
            tallies.Add(new EqualityPositionTally
            {
                Characteristic = characteristic.ToString(), Group = equality.GroupOf(characteristic), Role = role,
                Channel = progress.Channel, AppliedMonth = month, ReachedStages = progress.ReachedStages,
                CurrentStage = progress.CurrentStage, Outcome = outcome,
            }, sign);
        }
    }

    /// <summary>A starter under each of the eight combinations of their site, role and channel with "every".</summary>
    private static void AddRetention(TallyChanges tallies, Starter? starter, int sign)
    {
        if (starter is null) return;
        var month = Month(starter.AppliedUtc)!.Value;
        var band = starter.ScoreBand?.ToString() ?? "";
        var (startedOn, weeks) = starter.DaysInPost is { } days
            ? (DateOnly.MinValue, RetentionTally.Weeks(days))
            : (DateOnly.FromDateTime(starter.StartedUtc), RetentionTally.StillInPost);
        foreach (var site in new[] { RetentionTally.Every, starter.Site })
        foreach (var role in new[] { RetentionTally.Every, starter.Role.ToString() })
        foreach (var channel in new[] { RetentionTally.Every, starter.Channel.ToString() })
        {
            tallies.Add(new RetentionTally
            {
                Site = site, Role = role, Channel = channel, AppliedMonth = month, ScoreBand = band, StartedOn = startedOn, WeeksInPost = weeks,
            }, sign);
        }
    }

    /// <summary>Year and month as yyyymm, the grain of the tallies and retention cohorts.</summary>
    public static int? Month(DateTime? utc) => utc is { } d ? d.Year * 100 + d.Month : null;
}
