using System.Text;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Import;
using IucRecruit.Data.Storage;
using IucRecruit.Data.Tests.Funnel;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Tests.Import;

public sealed class WorkforceImportTests
{
    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>Three candidates who accepted offers (and cleared checks) and one still at interview.</summary>
    private static async Task<FunnelDatabase> HiredAsync(DatabaseProvider provider)
    {
        var funnel = await FunnelDatabase.CreateAsync(provider);
        foreach (var (name, last) in new[] { ("amy", FunnelStage.PreEmploymentChecks), ("bo", FunnelStage.PreEmploymentChecks),
                     ("cy", FunnelStage.PreEmploymentChecks), ("di", FunnelStage.Interview) })
        {
            var id = await funnel.AddApplicantAsync($"{name}@example.com", applied: funnel.Now.AddDays(-200));
            await using (var db = funnel.Database.CreateContext())
                await new WorkingConditionsRecords(db, funnel.Clock).AcknowledgeAsync(id, AcknowledgementMethod.InWriting, null, null, default);
            foreach (var stage in FunnelStages.InOrder.Where(s => s > FunnelStage.Applied && s <= last))
                Assert.True((await funnel.RecordAsync(id, StageTransition.Enter(stage, occurredUtc: funnel.Now.AddDays(-150)))).Succeeded);
        }
        return funnel;
    }

    private static async Task<ImportResult> ImportAsync(FunnelDatabase funnel, string csv)
    {
        await using var db = funnel.Database.CreateContext();
        return await new WorkforceImport(db, funnel.Clock).RunAsync(Csv(csv), null, "esr.csv");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Starters_milestones_and_leavers_are_recorded_once(DatabaseProvider provider)
    {
        await using var funnel = await HiredAsync(provider);
        const string file = """
            email,start_date,contract_type,induction_completed_on,pathways_exam_passed_on,pathways_exam_score,leaving_date,leaving_reason,leaving_notes
            amy@example.com,2026-01-05,Full time,2026-01-12,2026-02-20,88,,,
            bo@example.com,2026-01-05,Part time,2026-01-12,,,2026-02-02,Stress,Nights
            cy@example.com,,,,,,,,
            """;

        var first = await ImportAsync(funnel, file);
        var again = await ImportAsync(funnel, file);

        Assert.Equal((true, 2, 0, 1), (first.Succeeded, first.Added, first.Updated, first.Unchanged));
        Assert.Equal((true, 0, 0, 3), (again.Succeeded, again.Added, again.Updated, again.Unchanged));
        await using var db = funnel.Database.CreateContext();
        var amy = await db.CandidateProgress.SingleAsync(p => p.CandidateId == db.Candidates.Single(c => c.Email == "amy@example.com").Id);
        Assert.Equal((FunnelStage.PathwaysExamPassed, (FunnelOutcome?)null), (amy.CurrentStage, amy.Outcome));
        Assert.Equal(ContractType.FullTime, (await db.Starters.SingleAsync(s => s.CandidateId == amy.CandidateId)).ContractType);
        Assert.Equal(88, (await db.Employments.SingleAsync(e => e.CandidateId == amy.CandidateId)).PathwaysExamScore);
        var bo = await db.Starters.SingleAsync(p => p.CandidateId == db.Candidates.Single(c => c.Email == "bo@example.com").Id);
        Assert.Equal((28, LeavingCategory.Negative), (bo.DaysInPost!.Value, bo.LeavingReason!.Value.Category()));
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
    }

    [Fact]
    public async Task Dates_that_disagree_or_break_the_rules_and_unknown_people_are_errors_and_nothing_is_written()
    {
        await using var funnel = await HiredAsync(DatabaseProvider.Sqlite);
        Assert.True((await ImportAsync(funnel, "email,start_date,contract_type\namy@example.com,2026-01-05,Bank\n")).Succeeded);
        const string file = """
            email,start_date,contract_type,signed_off_on,leaving_date,leaving_reason
            amy@example.com,2026-01-06,Bank,,,
            bo@example.com,2026-01-05,,,,
            cy@example.com,2026-01-05,Full time,2026-03-01,,
            di@example.com,2026-01-05,Full time,,,
            zed@example.com,,,,2026-02-01,Promotion
            amy@example.com,,,,,
            """;

        var result = await ImportAsync(funnel, file);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                new ImportError(2, "start_date", "2026-01-06", "the date already recorded for Started, 2026-01-05"),
                new ImportError(3, "contract_type", "", "the contract type of the start: one of Full time, Part time, Job share, Fixed term, Bank"),
                new ImportError(4, "signed_off_on", "2026-03-01",
                    "Record Induction completed first, or skip it with a reason: the candidate is at Started."),
                new ImportError(5, "email", "di@example.com",
                    "the address of a candidate who has accepted an offer (no candidate with this address has)"),
                new ImportError(6, "email", "zed@example.com",
                    "the address of a candidate who has accepted an offer (no candidate with this address has)"),
                new ImportError(7, "email", "amy@example.com", "an address not already used in this file (it is on row 2)"),
            ],
            result.Errors);
        await using var db = funnel.Database.CreateContext();
        Assert.Equal(1, await db.Starters.CountAsync());
    }
}
