using IucRecruit.Core.Funnel;
using IucRecruit.Core.Privacy;

namespace IucRecruit.Core.Tests.Privacy;

public sealed class DataRetentionRulesTests
{
    private static readonly DateTime Now = new(2027, 6, 15, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DataRetentionOptions Defaults = new();

    private static DataRetentionSubject Ended(FunnelOutcome outcome, DateTime endedUtc, DateTime? startedUtc = null,
        PersonalDataCategory removed = PersonalDataCategory.None) =>
        new(endedUtc.AddMonths(-3), endedUtc, outcome, endedUtc, startedUtc, removed);

    public static TheoryData<string, DataRetentionSubject, PersonalDataCategory> Cases => new()
    {
        { "rejected 5 months ago: nothing yet", Ended(FunnelOutcome.Rejected, Now.AddMonths(-5)), PersonalDataCategory.None },
        { "rejected exactly 6 months ago: the assessment", Ended(FunnelOutcome.Rejected, Now.AddMonths(-6)), PersonalDataCategory.Assessment },
        { "withdrew 11 months ago: the assessment", Ended(FunnelOutcome.Withdrew, Now.AddMonths(-11)), PersonalDataCategory.Assessment },
        { "did not attend 12 months ago: everything", Ended(FunnelOutcome.NoShow, Now.AddMonths(-12)), PersonalDataCategory.All },
        { "declined the offer 13 months ago, assessment gone: the identity", Ended(FunnelOutcome.DeclinedOffer, Now.AddMonths(-13), removed: PersonalDataCategory.Assessment), PersonalDataCategory.Identity },
        { "started 11 months ago, in post: nothing", new(Now.AddMonths(-14), Now.AddMonths(-11), null, null, Now.AddMonths(-11), PersonalDataCategory.None), PersonalDataCategory.None },
        { "started 12 months ago, in post: the assessment only", new(Now.AddMonths(-14), Now.AddMonths(-12), null, null, Now.AddMonths(-12), PersonalDataCategory.None), PersonalDataCategory.Assessment },
        { "started 2 years ago, in post, assessment gone: nothing more", new(Now.AddMonths(-26), Now.AddMonths(-24), null, null, Now.AddMonths(-24), PersonalDataCategory.Assessment), PersonalDataCategory.None },
        { "left 11 months ago, started 20 months ago: the assessment", Ended(FunnelOutcome.Left, Now.AddMonths(-11), Now.AddMonths(-20)), PersonalDataCategory.Assessment },
        { "left 12 months ago: everything", Ended(FunnelOutcome.Left, Now.AddMonths(-12), Now.AddMonths(-20)), PersonalDataCategory.All },
        { "left 1 month ago, started 2 months ago: nothing", Ended(FunnelOutcome.Left, Now.AddMonths(-1), Now.AddMonths(-2)), PersonalDataCategory.None },
        { "in progress, last change 11 months ago: nothing", new(Now.AddMonths(-13), Now.AddMonths(-11), null, null, null, PersonalDataCategory.None), PersonalDataCategory.None },
        { "in progress, no change for 12 months: everything", new(Now.AddMonths(-13), Now.AddMonths(-12), null, null, null, PersonalDataCategory.None), PersonalDataCategory.All },
        { "never logged, created 12 months ago: everything", new(Now.AddMonths(-12), null, null, null, null, PersonalDataCategory.None), PersonalDataCategory.All },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Data_is_due_when_its_period_has_passed(string situation, DataRetentionSubject subject, PersonalDataCategory expected) =>
        Assert.True(expected == DataRetentionRules.Due(subject, Defaults, Now), $"{situation}: got {DataRetentionRules.Due(subject, Defaults, Now)}");

    [Fact]
    public void Longer_periods_in_the_settings_keep_data_longer()
    {
        var periods = new DataRetentionOptions { UnsuccessfulAssessmentMonths = 9, UnsuccessfulIdentityMonths = 24 };

        Assert.Equal(PersonalDataCategory.None, DataRetentionRules.Due(Ended(FunnelOutcome.Rejected, Now.AddMonths(-8)), periods, Now));
        Assert.Equal(PersonalDataCategory.Assessment, DataRetentionRules.Due(Ended(FunnelOutcome.Rejected, Now.AddMonths(-23)), periods, Now));
    }

    [Fact]
    public void Settings_that_make_no_sense_are_named()
    {
        var problems = new DataRetentionOptions { UnsuccessfulAssessmentMonths = 0, UnsuccessfulIdentityMonths = 3, InactiveMonths = 500 }.Problems();

        Assert.Equal(
        [
            "Retention:UnsuccessfulAssessmentMonths is 0; expected a whole number of months from 1 to 120.",
            "Retention:InactiveMonths is 500; expected a whole number of months from 1 to 120.",
        ], problems);
        Assert.Contains("shorter than", new DataRetentionOptions { UnsuccessfulAssessmentMonths = 6, UnsuccessfulIdentityMonths = 3 }.Problems().Single(), StringComparison.Ordinal);
        Assert.Empty(new DataRetentionOptions().Problems());
    }

    [Theory]
    [InlineData("2027-01-10T01:00:00Z", "2027-01-10T02:30:00Z")] // winter: UK time is UTC
    [InlineData("2027-01-10T02:30:00Z", "2027-01-11T02:30:00Z")] // strictly after now
    [InlineData("2027-07-10T00:00:00Z", "2027-07-10T01:30:00Z")] // summer: 02:30 BST is 01:30 UTC
    [InlineData("2027-07-09T23:45:00Z", "2027-07-10T01:30:00Z")] // already the 10th on UK clocks
    public void The_daily_purge_runs_at_the_set_time_on_UK_clocks(string now, string expected) =>
        Assert.Equal(DateTime.Parse(expected, null, System.Globalization.DateTimeStyles.AdjustToUniversal),
            DataRetentionRules.NextRunUtc(DateTime.Parse(now, null, System.Globalization.DateTimeStyles.AdjustToUniversal), new TimeOnly(2, 30)));
}
