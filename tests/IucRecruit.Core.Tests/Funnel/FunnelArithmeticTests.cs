using IucRecruit.Core.Funnel;
using static IucRecruit.Core.Funnel.FunnelStage;

namespace IucRecruit.Core.Tests.Funnel;

/// <summary>Eight candidates whose funnel is worked out by hand in the comments below.</summary>
public sealed class FunnelArithmeticTests
{
    private static readonly DateTime Day0 = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static readonly StageSet Shown = StageSet.Of(Applied, Shortlisted, InvitedToAssessment, MockCall, Interview, Offered, OfferAccepted, Started);

    /// <summary>Each candidate's log: stages entered on the given day; a negative day skips the stage;
    /// the outcome, if any, on the day after the last stage.</summary>
    private static JourneyState Journey(FunnelOutcome? outcome, params (FunnelStage Stage, int Day)[] steps)
    {
        var events = steps.Select(s => s.Day < 0
            ? JourneyEvent.Skipped(s.Stage, Day0.AddDays(-s.Day))
            : JourneyEvent.Entered(s.Stage, Day0.AddDays(s.Day))).ToList();
        if (outcome is { } o) events.Add(JourneyEvent.Ended(steps[^1].Stage, o, events[^1].OccurredUtc.AddDays(1)));
        return JourneyState.Replay(events);
    }

    private static readonly JourneyState[] Candidates =
    [
        /* A */ Journey(FunnelOutcome.Rejected, (Applied, 0)),
        /* B */ Journey(FunnelOutcome.Withdrew, (Applied, 0), (Shortlisted, 2)),
        /* C */ Journey(FunnelOutcome.NoShow, (Applied, 0), (Shortlisted, 3), (InvitedToAssessment, 5)),
        /* D */ Journey(FunnelOutcome.Rejected, (Applied, 0), (Shortlisted, 5), (InvitedToAssessment, 6), (MockCall, 20)),
        /* E */ Journey(null, (Applied, 0), (Shortlisted, 7), (InvitedToAssessment, 8), (MockCall, 21), (Interview, 21), (Offered, 25),
                        (OfferAccepted, 27), (Started, 60)),
        /* F */ Journey(null, (Applied, 0), (Shortlisted, -10), (InvitedToAssessment, 10), (MockCall, 22), (Interview, 22)),
        /* G */ Journey(null, (Applied, 0)),
        /* H */ Journey(FunnelOutcome.DeclinedOffer, (Applied, 0), (Shortlisted, 4), (InvitedToAssessment, 9), (MockCall, 20),
                        (Interview, 20), (Offered, 23)),
    ];

    private static IEnumerable<FunnelPositionCount> Positions() =>
        Candidates.GroupBy(c => (c.Reached, c.Skipped, c.CurrentStage, c.Outcome))
            .Select(g => new FunnelPositionCount(g.Key.Reached, g.Key.Skipped, g.Key.CurrentStage!.Value, g.Key.Outcome, g.Count()));

    [Fact]
    public void Every_stage_counts_what_was_worked_out_by_hand()
    {
        var rows = FunnelArithmetic.Stages(Positions(), Shown).ToDictionary(r => r.Stage);

        // Applied: all 8; A rejected at the sift, G still waiting; the other 6 moved on: 6 of the 7 decided.
        Assert.Equal(new FunnelStageRow(Applied, 8, 0, 6, 1, 0, 0, 0, 0, 1), rows[Applied]);
        Assert.Equal(6.0 / 7, rows[Applied].PassThrough);
        // Shortlisted: B, C, D, E, H reached it; F skipped it (counted apart, not as reached); B withdrew.
        Assert.Equal(new FunnelStageRow(Shortlisted, 5, 1, 4, 0, 1, 0, 0, 0, 0), rows[Shortlisted]);
        // Invited: C, D, E, F, H; C did not attend.
        Assert.Equal(new FunnelStageRow(InvitedToAssessment, 5, 0, 4, 0, 0, 1, 0, 0, 0), rows[InvitedToAssessment]);
        // Mock call: D (rejected there, still counted as having reached it), E, F, H.
        Assert.Equal(new FunnelStageRow(MockCall, 4, 0, 3, 1, 0, 0, 0, 0, 0), rows[MockCall]);
        Assert.Equal(0.75, rows[MockCall].PassThrough);
        // Interview: E and H moved on, F is still waiting: 2 of 2 decided, not 2 of 3.
        Assert.Equal(new FunnelStageRow(Interview, 3, 0, 2, 0, 0, 0, 0, 0, 1), rows[Interview]);
        Assert.Equal(1.0, rows[Interview].PassThrough);
        // Offered: E accepted, H declined.
        Assert.Equal(new FunnelStageRow(Offered, 2, 0, 1, 0, 0, 0, 1, 0, 0), rows[Offered]);
        Assert.Equal(new FunnelStageRow(OfferAccepted, 1, 0, 1, 0, 0, 0, 0, 0, 0), rows[OfferAccepted]);
        // Started: E is in post; nobody's fate there is decided, so no rate rather than 0%.
        Assert.Equal(new FunnelStageRow(Started, 1, 0, 0, 0, 0, 0, 0, 0, 1), rows[Started]);
        Assert.Null(rows[Started].PassThrough);
    }

    [Fact]
    public void Each_candidate_who_reached_a_stage_is_counted_once_there()
    {
        foreach (var row in FunnelArithmetic.Stages(Positions(), Shown))
        {
            Assert.Equal(row.Reached, row.MovedOn + row.Ended + row.InProgress);
        }
    }

    [Fact]
    public void Time_in_stage_counts_only_those_who_moved_on()
    {
        var durations = Candidates.SelectMany(c => c.DaysInStage.Recorded())
            .GroupBy(d => d).Select(g => new StageDurationCount(g.Key.Stage, g.Key.Days, g.Count()));

        var rows = TimeInStage.Compute(durations, Shown).ToDictionary(r => r.Stage);

        // Applied: B 2, C 3, H 4, D 5, E 7, F 10 days (A was rejected there and G is waiting: not counted).
        // Definition 7: median at position 2.5 → 4.5; 90th percentile at 4.5 → 7 + 0.5 × 3 = 8.5.
        Assert.Equal(new TimeInStageRow(Applied, 6, 4.5, 8.5), rows[Applied]);
        // Invited: D 14, E 13, F 12, H 11 days → median 12.5; F reached it after skipping Shortlisted.
        Assert.Equal(12.5, rows[InvitedToAssessment].MedianDays);
        // Shortlisted: C 2, D 1, E 1, H 5 (B withdrew; F skipped it).
        Assert.Equal(4, rows[Shortlisted].MovedOn);
        Assert.Equal(new TimeInStageRow(Started, 0, null, null), rows[Started]);
    }

    [Fact]
    public void The_replayed_state_says_where_a_candidate_is()
    {
        var f = Candidates[5];
        Assert.Equal(Interview, f.CurrentStage);
        Assert.True(f.InProgress);
        Assert.Equal(StageSet.Of(Shortlisted), f.Skipped);
        Assert.Equal(new DateOnly(2026, 3, 24), f.AssessmentDay);
        Assert.Equal(StageDays.Parse(f.DaysInStage.ToString()), f.DaysInStage);

        var c = Candidates[2];
        Assert.Equal(new DateOnly(2026, 3, 8), c.AssessmentDay); // the day C did not attend
    }
}
