namespace IucRecruit.Core.Privacy;

/// <summary>
/// The <c>Retention</c> configuration section: how long personal data is kept, in whole months
/// (README, Configuration). The defaults follow the issue and common NHS recruitment practice: an
/// unsuccessful candidate's recordings six months, their record a year; a successful candidate's
/// assessment a year after they start.
/// </summary>
public sealed class DataRetentionOptions
{
    /// <summary>The settings section. Still "Retention", as deployments already set it
    /// (Retention__UnsuccessfulAssessmentMonths ...): the type was renamed to say which retention
    /// it is (docs/decisions/0071), the settings keys deliberately were not.</summary>
    public const string Section = "Retention";

    /// <summary>After an unsuccessful end (rejected, withdrew, did not attend, declined the offer):
    /// recordings and the rest of the assessment.</summary>
    public int UnsuccessfulAssessmentMonths { get; set; } = 6;

    /// <summary>After an unsuccessful end: name, contact details and the rest of the identity.</summary>
    public int UnsuccessfulIdentityMonths { get; set; } = 12;

    /// <summary>After a successful candidate starts: their recordings and assessment.</summary>
    public int StarterAssessmentMonths { get; set; } = 12;

    /// <summary>After a starter leaves: their identity (the workforce system keeps the employment record).</summary>
    public int LeaverIdentityMonths { get; set; } = 12;

    /// <summary>A journey with no change for this long (and no start) is treated as ended then:
    /// everything goes.</summary>
    public int InactiveMonths { get; set; } = 12;

    /// <summary>Whether the web app runs the purge every day at <see cref="PurgeTime"/>. On several
    /// nodes, leave it on for one only (or run <c>iucrecruit purge</c> from a scheduler).</summary>
    public bool DailyPurge { get; set; } = true;

    /// <summary>When the daily purge runs, on UK clocks.</summary>
    public TimeOnly PurgeTime { get; set; } = new(2, 30);

    /// <summary>Every problem with the settings, in words; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var (name, months) in new[]
                 {
                     (nameof(UnsuccessfulAssessmentMonths), UnsuccessfulAssessmentMonths),
                     (nameof(UnsuccessfulIdentityMonths), UnsuccessfulIdentityMonths),
                     (nameof(StarterAssessmentMonths), StarterAssessmentMonths),
                     (nameof(LeaverIdentityMonths), LeaverIdentityMonths),
                     (nameof(InactiveMonths), InactiveMonths),
                 })
        {
            if (months is < 1 or > 120) problems.Add($"{Section}:{name} is {months}; expected a whole number of months from 1 to 120.");
        }
        if (UnsuccessfulIdentityMonths < UnsuccessfulAssessmentMonths)
            problems.Add($"{Section}:{nameof(UnsuccessfulIdentityMonths)} ({UnsuccessfulIdentityMonths}) is shorter than " +
                         $"{nameof(UnsuccessfulAssessmentMonths)} ({UnsuccessfulAssessmentMonths}): a recording cannot outlive the record of whose it is.");
        return problems;
    }
}
