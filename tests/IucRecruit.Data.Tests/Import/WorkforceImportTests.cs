using System.Text;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Funnel.Reports;
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
            await ThroughAsync(funnel, $"{name}@example.com", last, funnel.Now.AddDays(-150));
        return funnel;
    }

    /// <summary>A new applicant taken through every stage up to <paramref name="last"/>, on one day.</summary>
    internal static async Task<Guid> ThroughAsync(FunnelDatabase funnel, string email, FunnelStage last, DateTime onUtc)
    {
        var id = await funnel.AddApplicantAsync(email, applied: funnel.Now.AddDays(-200));
        await using (var db = funnel.Database.CreateContext())
            await funnel.Conditions(db).AcknowledgeAsync(id, AcknowledgementMethod.InWriting, null, null, default);
        foreach (var stage in FunnelStages.InOrder.Where(s => s > FunnelStage.Applied && s <= last))
            Assert.True((await funnel.RecordAsync(id, StageTransition.Enter(stage, occurredUtc: onUtc))).Succeeded);
        return id;
    }

    private static async Task<ImportResult> ImportAsync(FunnelDatabase funnel, string csv)
    {
        await using var db = funnel.Database.CreateContext();
        return await new WorkforceImport(db, funnel.Clock).RunAsync(new ImportFile(Csv(csv), "esr.csv"), null);
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

    /// <summary>The ESR-shaped file (tests/fixtures/imports): ESR's headings, its dates, its
    /// reasons for leaving with an en dash and in lower case, and columns the import does not use.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_ESR_file_imports_as_ESR_writes_it_and_the_leavers_table_shows_ESRs_wording(DatabaseProvider provider)
    {
        await using var funnel = await HiredAsync(provider);
        var esr = await File.ReadAllTextAsync(RepositoryRoot.Combine("tests", "fixtures", "imports", "esr-starters-and-leavers.csv"));

        var first = await ImportAsync(funnel, esr);
        var again = await ImportAsync(funnel, esr);
        // The exit interviews, later: a finer reason beside ESR's, which keeps ESR's.
        var interviews = await ImportAsync(funnel, """
            email,leaving_date,exit_interview_reason,leaving_notes
            cy@example.com,2026-03-31,Stress,Promotion was the way out of nights
            """);

        Assert.True(first.Succeeded, string.Join("; ", first.Errors));
        Assert.Equal((3, 0, 0), (first.Added, first.Updated, first.Unchanged));
        Assert.Equal(["assignment_number", "last_name", "first_name", "organisation"], first.IgnoredColumns);
        Assert.Equal((true, 0, 0, 3), (again.Succeeded, again.Added, again.Updated, again.Unchanged));
        Assert.Equal((true, 0, 1), (interviews.Succeeded, interviews.Added, interviews.Updated));
        await using var db = funnel.Database.CreateContext();
        var employment = await db.Employments.Join(db.Candidates, e => e.CandidateId, c => c.Id, (e, c) => new { c.Email, e.EsrLeavingReason, e.LeavingReason, e.LeavingNotes })
            .OrderBy(e => e.Email).ToListAsync();
        Assert.Equal(
            [
                ("amy@example.com", (EsrLeavingReason?)null, (LeavingReason?)null, (string?)null),
                ("bo@example.com", EsrLeavingReason.VoluntaryResignationWorkLifeBalance, null, null),
                ("cy@example.com", EsrLeavingReason.VoluntaryResignationPromotion, LeavingReason.Stress, "Promotion was the way out of nights"),
            ],
            employment.Select(e => (e.Email, e.EsrLeavingReason, e.LeavingReason, e.LeavingNotes)));
        var dashboard = await new FunnelReports(new FunnelQueries(db), funnel.Clock).BuildAsync(new FunnelFilter(), new DashboardOptions());
        var reasons = DashboardTables.Find(dashboard, DashboardTables.LeavingReasons)!;
        Assert.Equal(["Reason in ESR", "Exit interview reason", "Kind", "Leavers"], reasons.Columns);
        Assert.Equal(
            [
                ["Voluntary Resignation - Work Life Balance", "Not recorded", "Negative", "1"],
                ["Voluntary Resignation - Promotion", "Stress", "Negative", "1"],
            ],
            reasons.Rows.OrderBy(r => r[0], StringComparer.Ordinal).Reverse());
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
    }

    [Fact]
    public async Task A_reason_for_leaving_that_is_neither_ESRs_nor_ours_or_given_twice_is_an_error()
    {
        await using var funnel = await HiredAsync(DatabaseProvider.Sqlite);
        await ImportAsync(funnel, "email,start_date,contract_type\namy@example.com,2026-01-05,Full time\nbo@example.com,2026-01-05,Full time\n");

        var result = await ImportAsync(funnel, """
            email,termination_date,leaving_reason,exit_interview_reason
            amy@example.com,2026-02-01,Resigned,
            bo@example.com,2026-02-01,Bullying,Stress
            """);

        Assert.Equal(
            [
                new ImportError(2, "leaving_reason", "Resigned",
                    "a reason for leaving as ESR writes it (such as Voluntary Resignation - Work Life Balance; docs/imports.md lists them all) or one of: " +
                    "Promotion, Clinical training, Another NHS role, Stress, Ill health, Poor Equality Act provision, Bullying, Lack of support, " +
                    "Relocation, End of fixed term, Did not complete training, Other"),
                new ImportError(3, "leaving_reason", "Bullying", "a reason for leaving as ESR writes it: exit_interview_reason gives the exit interview's reason"),
            ],
            result.Errors);
    }

    /// <summary>A candidate who accepted an offer in a campaign that records pre-employment checks
    /// can be started from a file that says when the checks were completed, and not without.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_start_after_an_accepted_offer_imports_with_the_date_checks_were_completed(DatabaseProvider provider)
    {
        await using var funnel = await HiredAsync(provider);
        var eve = await ThroughAsync(funnel, "eve@example.com", FunnelStage.OfferAccepted, new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc));

        var without = await ImportAsync(funnel, "email,start_date,contract_type\neve@example.com,2026-01-05,Full time\n");
        const string file = """
            email,checks_completed_on,start_date,contract_type
            eve@example.com,2025-12-19,2026-01-05,Full time
            amy@example.com,2026-01-02,2026-01-05,Full time
            """;
        var with = await ImportAsync(funnel, file);
        var again = await ImportAsync(funnel, file);
        var earlier = await ImportAsync(funnel, "email,checks_completed_on\namy@example.com,2025-12-30\n");

        Assert.Equal(
            new ImportError(2, "start_date", "2026-01-05", "Record Pre-employment checks first, or skip it with a reason: the candidate is at Offer accepted."),
            without.Errors.Single());
        Assert.True(with.Succeeded, string.Join("; ", with.Errors));
        Assert.Equal((2, 0), (with.Added, with.Unchanged));
        Assert.Equal((true, 0, 2), (again.Succeeded, again.Added, again.Unchanged));
        Assert.Equal(
            new ImportError(2, "checks_completed_on", "2025-12-30", "a date on or after 2026-01-02, when the candidate was recorded at Pre-employment checks"),
            earlier.Errors.Single());
        await using var check = funnel.Database.CreateContext();
        var entered = await check.StageEvents.Where(e => e.CandidateId == eve && e.Kind == JourneyEventKind.Entered
                && (e.Stage == FunnelStage.PreEmploymentChecks || e.Stage == FunnelStage.Started))
            .OrderBy(e => e.Stage).Select(e => new { e.Stage, e.OccurredUtc }).ToListAsync();
        Assert.Equal(
            [(FunnelStage.PreEmploymentChecks, new DateTime(2025, 12, 19)), (FunnelStage.Started, new DateTime(2026, 1, 5))],
            entered.Select(e => (e.Stage, e.OccurredUtc)));
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
    }
}
