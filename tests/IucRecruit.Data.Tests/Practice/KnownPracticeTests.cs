using IucRecruit.Core.Funnel;
using IucRecruit.Core.Practice;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Funnel.Reports;
using IucRecruit.Data.Practice;
using IucRecruit.Data.Storage;
using IucRecruit.Data.Tests.Funnel;

namespace IucRecruit.Data.Tests.Practice;

/// <summary>
/// Five applicants and two visitors whose practice calls and journeys are known, and the practice
/// section's tables for them counted by hand and written out as the CSV a manager downloads. All
/// applied 500 days before the clock. Ana practised (finished, "for me"), went through every stage
/// and started on day 60 (440 days in post); Ben practised (finished, "not for me": weekends) and
/// withdrew after his invitation; Cal did not practise and was rejected at the mock call; Dee did
/// not practise and started on day 200 (300 days in post); Eve, shortlisted only, started a
/// practice call and left it. One visitor finished a call ("not for me": hours, pace); another only started one.
/// </summary>
public sealed class KnownPracticeTests
{
    [Fact]
    public async Task The_practice_tables_of_known_calls_and_journeys_download_as_counted_by_hand()
    {
        await using var funnel = await FunnelDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var applied = funnel.Now.AddDays(-500);
        var (ana, ben, cal, dee, eve) = (await funnel.AddApplicantAsync("ana@example.com", applied: applied), await funnel.AddApplicantAsync("ben@example.com", applied: applied),
            await funnel.AddApplicantAsync("cal@example.com", applied: applied), await funnel.AddApplicantAsync("dee@example.com", applied: applied),
            await funnel.AddApplicantAsync("eve@example.com", applied: applied));
        await StagesAsync(funnel, ana, FunnelStage.Started, applied, everyDays: 6); // Shortlisted on day 6, …, Started on day 60
        await StagesAsync(funnel, ben, FunnelStage.InvitedToAssessment, applied, everyDays: 5);
        await RecordAsync(funnel, ben, StageTransition.End(FunnelOutcome.Withdrew, "Took another job", applied.AddDays(20)));
        await StagesAsync(funnel, cal, FunnelStage.MockCall, applied, everyDays: 5);
        await RecordAsync(funnel, cal, StageTransition.End(FunnelOutcome.Rejected, "Mock call", applied.AddDays(35)));
        await StagesAsync(funnel, dee, FunnelStage.Started, applied, everyDays: 20); // Started on day 200
        await StagesAsync(funnel, eve, FunnelStage.Shortlisted, applied, everyDays: 5);

        await using var db = funnel.Database.CreateContext();
        PracticeAttempt Attempt(Guid? candidate, bool finished, PracticeAnswer? answer = null, string reasons = "") => new()
        {
            Id = Guid.CreateVersion7(), CampaignId = funnel.Campaign.Id, CandidateId = candidate, PracticeCallId = "practice-x", PracticeCallVersion = "v",
            StartedUtc = funnel.Now, CompletedUtc = finished ? funnel.Now : null, Answer = answer, NotForMeReasons = reasons,
        };
        db.PracticeAttempts.AddRange(
            Attempt(ana, true, PracticeAnswer.ForMe), Attempt(ben, true, PracticeAnswer.NotForMe, "Weekends"), Attempt(eve, false),
            Attempt(null, true, PracticeAnswer.NotForMe, "Hours,Pace"), Attempt(null, false));
        await db.SaveChangesAsync();

        var report = await new PracticeReports(db, new FunnelQueries(db), funnel.Clock).BuildAsync(FunnelFilter.Everyone, default);

        // Five started, two by visitors; Ana, Ben and a visitor finished and answered, two of them "not for me" (2 of 3).
        Assert.Equal(
            "Practice calls,Started,Started without an invitation,Finished,Answered “Is this job for you?”,Not for me,Not for me (% of answers)\r\n" +
            "All,5,2,3,3,2,66.7\r\n",
            await CsvAsync(report, PracticeTables.Calls));
        // One answer each; equal counts in the reasons' own order.
        Assert.Equal(
            "Reason,Answers\r\n" +
            "The shifts and hours,1\r\n" +
            "\"Weekend, bank holiday or night working\",1\r\n" +
            "The pace: one call after another,1\r\n",
            await CsvAsync(report, PracticeTables.NotForMe));
        // Practised: Ana and Ben invited; Ben withdrew before the mock call; Ana passed it (1 of 1).
        // Did not practise: Cal and Dee; Cal rejected at the mock call, Dee passed (1 of 2). Eve was never invited.
        Assert.Equal(
            "Group,Invited,Withdrew before the mock call,Withdrew before the mock call (%),With a mock-call result,Passed the mock call,Pass rate (%)\r\n" +
            "Practised,2,1,50.0,1,1,100.0\r\n" +
            "Did not practise,2,0,0.0,2,1,50.0\r\n",
            await CsvAsync(report, PracticeTables.Comparison));
        // Nobody left: in post 100% wherever a group was followed so long. Ana has 440 days, past 52
        // weeks (364 days); Dee 300, past 26 weeks but not 52, so her group's 12 months are blank.
        Assert.Equal(
            "Group,Starters,Left,In post at 3 months (%),3 months: lower 95% (%),3 months: upper 95% (%)," +
            "In post at 6 months (%),6 months: lower 95% (%),6 months: upper 95% (%),In post at 12 months (%),12 months: lower 95% (%),12 months: upper 95% (%)\r\n" +
            "Practised,1,0,100.0,100.0,100.0,100.0,100.0,100.0,100.0,100.0,100.0\r\n" +
            "Did not practise,1,0,100.0,100.0,100.0,100.0,100.0,100.0,,,\r\n",
            await CsvAsync(report, PracticeTables.Retention));
    }

    /// <summary>Enters every stage after Applied up to <paramref name="last"/>, one each <paramref name="everyDays"/>
    /// days after applying (stage n on day n × everyDays): the working conditions skipped with a reason
    /// (they need an acknowledgement of their own), the start recorded with its contract.</summary>
    private static async Task StagesAsync(FunnelDatabase funnel, Guid candidateId, FunnelStage last, DateTime applied, int everyDays)
    {
        DateTime On(FunnelStage stage) => applied.AddDays(everyDays * (int)stage);
        foreach (var stage in FunnelStages.InOrder.Where(s => s > FunnelStage.Applied && s <= last && s is not FunnelStage.ConditionsAcknowledged and not FunnelStage.Started))
        {
            await RecordAsync(funnel, candidateId, stage == FunnelStage.ListeningExercise
                ? StageTransition.Enter(stage, "Told the conditions by phone", On(stage), skipping: [FunnelStage.ConditionsAcknowledged])
                : StageTransition.Enter(stage, occurredUtc: On(stage)));
        }
        if (last != FunnelStage.Started) return;
        await using var db = funnel.Database.CreateContext();
        var started = await funnel.Employment(db).RecordStartAsync(candidateId, DateOnly.FromDateTime(On(FunnelStage.Started)), ContractType.FullTime, null);
        Assert.True(started.Succeeded, started.Refusal);
    }

    private static async Task RecordAsync(FunnelDatabase funnel, Guid candidateId, StageTransition transition)
    {
        var result = await funnel.RecordAsync(candidateId, transition);
        Assert.True(result.Succeeded, result.Refusal);
    }

    private static async Task<string> CsvAsync(PracticeReport report, string table)
    {
        await using var text = new StringWriter();
        await PracticeTables.Find(report, table)!.WriteCsvAsync(text);
        return text.ToString();
    }
}
