using System.Globalization;

namespace IucRecruit.Core.Funnel;

/// <summary>
/// Which changes to a candidate's funnel position are allowed, with a plain reason when one is not.
/// Stages follow the campaign's order: a later stage can be reached only from the one before it,
/// or by skipping the ones between explicitly, with a reason. So a mock-call result (moving on to
/// the interview, or a rejection at the mock call) needs the candidate to be at the mock call, and
/// a start needs an accepted offer (which no campaign may skip).
/// </summary>
public static class StageRules
{
    public static TransitionDecision Check(JourneyState state, StageTransition transition, TransitionContext context)
    {
        var when = transition.OccurredUtc ?? context.NowUtc;
        if (when > context.NowUtc)
            return TransitionDecision.Refuse($"A change cannot be dated in the future ({Day(when)}).");
        // Compared by day: a change known only by its date (an import, a start date) may fall on the
        // same day as the previous change, whatever the hour.
        if (state.LastEventUtc is { } last && when.Date < last.Date)
            return TransitionDecision.Refuse($"A change cannot be dated before the candidate's previous change ({Day(last)}).");
        if (state.Outcome is { } ended)
            return TransitionDecision.Refuse(
                $"The candidate's journey has ended ({ended.DisplayName().ToLowerInvariant()} on {Day(state.OutcomeUtc!.Value)}); nothing more can be recorded.");

        return transition.Stage is { } stage
            ? CheckEnter(state, stage, transition, context, when)
            : CheckEnd(state, transition.Outcome!.Value, transition.Reason, context, when);
    }

    private static TransitionDecision CheckEnter(JourneyState state, FunnelStage target, StageTransition transition, TransitionContext context, DateTime when)
    {
        var stages = context.CampaignStages.Union(FunnelStages.Mandatory);
        if (!stages.Contains(target))
            return TransitionDecision.Refuse($"{target.DisplayName()} is not one of this campaign's stages.");
        if (state.CurrentStage is not { } current)
        {
            return target == FunnelStage.Applied
                ? TransitionDecision.Accept([JourneyEvent.Entered(target, when)])
                : TransitionDecision.Refuse($"The candidate has no stage yet: the first stage is {FunnelStage.Applied.DisplayName()}.");
        }
        if (target <= current)
            return TransitionDecision.Refuse(
                $"The candidate is already at {current.DisplayName()}, which is {(target == current ? "that stage" : "past " + target.DisplayName())}.");

        var between = stages.Between(current, target).ToList();
        var notBetween = transition.Skipping.Where(s => !between.Contains(s)).ToList();
        if (notBetween.Count > 0)
            return TransitionDecision.Refuse(
                $"{notBetween[0].DisplayName()} cannot be skipped here: it is not one of this campaign's stages between {current.DisplayName()} and {target.DisplayName()}.");
        if (First(between, FunnelStages.Mandatory.Contains) is { } mandatory)
            return TransitionDecision.Refuse(
                $"Record {mandatory.DisplayName()} first: every campaign records it, so it cannot be skipped.");
        if (First(between, s => !transition.Skipping.Contains(s)) is { } missing)
            return TransitionDecision.Refuse(
                $"Record {missing.DisplayName()} first, or skip it with a reason: the candidate is at {current.DisplayName()}.");
        if (between.Count > 0 && transition.Reason is null)
            return TransitionDecision.Refuse($"Give a reason for skipping {string.Join(" and ", between.Select(s => s.DisplayName()))}.");
        if (target == FunnelStage.ConditionsAcknowledged && !context.ConditionsAcknowledged)
            return TransitionDecision.Refuse(
                "Record the candidate's acknowledgement of the working conditions (on the day or in writing) before this stage.");
        if (target == FunnelStage.Started && !context.ContractTypeRecorded)
            return TransitionDecision.Refuse("Record the start with its contract type.");

        return TransitionDecision.Accept([.. between.Select(s => JourneyEvent.Skipped(s, when)), JourneyEvent.Entered(target, when)]);
    }

    private static TransitionDecision CheckEnd(JourneyState state, FunnelOutcome outcome, string? reason, TransitionContext context, DateTime when)
    {
        if (state.CurrentStage is not { } current)
            return TransitionDecision.Refuse($"The candidate has no stage yet: the first stage is {FunnelStage.Applied.DisplayName()}.");
        if (reason is null)
            return TransitionDecision.Refuse($"Give a reason for \"{outcome.DisplayName()}\".");

        var started = current >= FunnelStage.Started;
        var refusal = outcome switch
        {
            FunnelOutcome.Left when !started => "A candidate who has not started cannot leave: record a withdrawal instead.",
            FunnelOutcome.Rejected or FunnelOutcome.Withdrew when started =>
                "The candidate has started: record them as a leaver instead.",
            FunnelOutcome.DeclinedOffer when current != FunnelStage.Offered =>
                $"Only an offer can be declined: the candidate is at {current.DisplayName()}.",
            FunnelOutcome.NoShow when !ExpectedToAttend(current, context.CampaignStages.Union(FunnelStages.Mandatory)) =>
                $"\"Did not attend\" is for a candidate expected at their assessment day or first day: the candidate is at {current.DisplayName()}.",
            _ => null,
        };
        return refusal is null
            ? TransitionDecision.Accept([JourneyEvent.Ended(current, outcome, when)])
            : TransitionDecision.Refuse(refusal);
    }

    /// <summary>True when the candidate's next stage (in the campaign) is one they attend in person.</summary>
    private static bool ExpectedToAttend(FunnelStage current, StageSet stages) =>
        First(stages.Stages(), s => s > current) is { } next && FunnelStages.IsAttendance(next);

    private static FunnelStage? First(IEnumerable<FunnelStage> stages, Func<FunnelStage, bool> test) =>
        stages.Where(test).Cast<FunnelStage?>().FirstOrDefault();

    private static string Day(DateTime utc) => utc.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
