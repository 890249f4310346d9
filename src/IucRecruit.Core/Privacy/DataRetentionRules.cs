using IucRecruit.Core.Funnel;

namespace IucRecruit.Core.Privacy;

/// <summary>What the retention rules need to know about one candidate: their journey's dates,
/// and what has already been removed.</summary>
public sealed record DataRetentionSubject(
    DateTime CreatedUtc,
    DateTime? LastChangeUtc,
    FunnelOutcome? Outcome,
    DateTime? OutcomeUtc,
    DateTime? StartedUtc,
    PersonalDataCategory AlreadyRemoved);

/// <summary>
/// Which of a candidate's personal data is past its retention period (docs/decisions/0025). Pure:
/// the purge asks it for every candidate who still holds something, and the dry run shows its
/// answers.
/// </summary>
public static class DataRetentionRules
{
    public static PersonalDataCategory Due(DataRetentionSubject subject, DataRetentionOptions periods, DateTime nowUtc)
    {
        var due = DueRegardless(subject, periods, nowUtc);
        return due & ~subject.AlreadyRemoved;
    }

    private static PersonalDataCategory DueRegardless(DataRetentionSubject s, DataRetentionOptions periods, DateTime now)
    {
        var due = PersonalDataCategory.None;
        if (s.StartedUtc is { } started)
        {
            if (Past(started, periods.StarterAssessmentMonths, now)) due |= PersonalDataCategory.Assessment;
            if (s.Outcome == FunnelOutcome.Left && s.OutcomeUtc is { } left && Past(left, periods.LeaverIdentityMonths, now))
                due |= PersonalDataCategory.All;
            return due;
        }
        if (s.Outcome is not null && s.OutcomeUtc is { } ended)
        {
            if (Past(ended, periods.UnsuccessfulAssessmentMonths, now)) due |= PersonalDataCategory.Assessment;
            if (Past(ended, periods.UnsuccessfulIdentityMonths, now)) due |= PersonalDataCategory.All;
            return due;
        }
        return Past(s.LastChangeUtc ?? s.CreatedUtc, periods.InactiveMonths, now) ? PersonalDataCategory.All : due;
    }

    private static bool Past(DateTime from, int months, DateTime now) => from.AddMonths(months) <= now;

    /// <summary>The next daily run at <paramref name="at"/> on UK clocks, strictly after <paramref name="nowUtc"/>.</summary>
    public static DateTime NextRunUtc(DateTime nowUtc, TimeOnly at)
    {
        var ukToday = DateOnly.FromDateTime(Time.UkTime.ToUk(nowUtc));
        for (var day = ukToday.AddDays(-1); ; day = day.AddDays(1))
        {
            var run = Time.UkTime.ToUtc(day, at);
            if (run > nowUtc) return run;
        }
    }
}
