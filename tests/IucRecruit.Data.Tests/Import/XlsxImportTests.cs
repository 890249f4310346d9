using System.Text;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Import;
using IucRecruit.Data.Storage;
using IucRecruit.Data.Tests.Funnel;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;
using static IucRecruit.Testing.Workbooks;

namespace IucRecruit.Data.Tests.Import;

/// <summary>Both imports from .xlsx workbooks built as Excel saves them (<see cref="Workbooks"/>):
/// the same columns, the same all-or-nothing report, with the rows numbered as Excel shows them.</summary>
public sealed class XlsxImportTests
{
    private static readonly SheetRows Notes = new("Read me", [(1, ["Exported from the applicant-tracking system"])]);

    /// <summary>The applicants on a sheet that is not the first, with a title-free header, dates
    /// typed as dates and one as text, a blank row and an empty cell at the end of a row.</summary>
    private static readonly SheetRows Applicants = new("Applicants",
    [
        (1, ["Forename", "Surname", "Email address", "Application date", "Source", "Ethnic origin", "Applicant ID"]),
        (2, ["Ann", "Ash", "ann.ash@example.com", new DateOnly(2026, 3, 14), "NHS Jobs", "White - Irish", 4471023]),
        (4, ["Ben", "Boyd", "ben.boyd@example.com", "15/03/2026", "Agency", null, 4471024]),
    ]);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Applicants_import_from_a_named_sheet(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);

        ImportResult result, again, first;
        await using (var db = funnel.Database.CreateContext())
        {
            var import = new ApplicantImport(db, funnel.Clock);
            first = await import.RunAsync(new ImportFile(Build(Notes, Applicants), "ats.xlsx"), funnel.Campaign.Id, null);
            result = await import.RunAsync(new ImportFile(Build(Notes, Applicants), "ats.xlsx", "applicants"), funnel.Campaign.Id, null);
            again = await import.RunAsync(new ImportFile(Build(Notes, Applicants), "ats.xlsx", "Applicants"), funnel.Campaign.Id, null);
        }

        // The first sheet holds a note, not the columns.
        Assert.Equal(new ImportError(1, "email", "", "a column named email"), first.Errors[0]);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal((2, 2), (result.Rows, result.Added));
        Assert.Equal(["applicant_id"], result.IgnoredColumns);
        Assert.Equal((true, 0, 2), (again.Succeeded, again.Added, again.Unchanged));
        await using var check = funnel.Database.CreateContext();
        var applied = await check.Candidates.Join(check.CandidateProgress, c => c.Id, p => p.CandidateId, (c, p) => new { c.Email, p.AppliedUtc })
            .OrderBy(x => x.Email).Select(x => x.AppliedUtc).ToListAsync();
        Assert.Equal([new DateTime(2026, 3, 14), new DateTime(2026, 3, 15)], applied);
        Assert.Equal(Core.Equality.Ethnicity.White, (await check.EqualityMonitoring.SingleAsync()).Ethnicity);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_workforce_workbook_with_a_problem_imports_nothing_and_names_Excels_row(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        await WorkforceImportTests.ThroughAsync(funnel, "amy@example.com", FunnelStage.OfferAccepted, new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc));
        object?[] header = ["Employee Number", "Work Email Address", "checks_completed_on", "Assignment Start Date", "Contract type", "Termination Date", "Leaving Reason"];
        SheetRows Sheet(object leavingReason) => new("Starters and leavers",
        [
            (3, header),
            (4, [24108817, "amy@example.com", new DateOnly(2025, 12, 19), new DateOnly(2026, 1, 5), "Full time", new DateOnly(2026, 2, 20), leavingReason]),
        ]);

        ImportResult bad, good;
        await using (var db = funnel.Database.CreateContext())
        {
            bad = await new WorkforceImport(db, funnel.Clock).RunAsync(new ImportFile(Build(Sheet("Voluntary Resignation - Shift Pattern")), "esr.xlsx"), null);
            good = await new WorkforceImport(db, funnel.Clock).RunAsync(new ImportFile(Build(Sheet("Voluntary Resignation – Health")), "esr.xlsx"), null);
        }

        Assert.Equal((4L, "leaving_reason", "Voluntary Resignation - Shift Pattern"), (bad.Errors.Single().Row, bad.Errors.Single().Column, bad.Errors.Single().Value));
        Assert.True(good.Succeeded, string.Join("; ", good.Errors));
        await using var check = funnel.Database.CreateContext();
        var starter = await check.Starters.SingleAsync();
        Assert.Equal((46, EsrLeavingReason.VoluntaryResignationHealth, ContractType.FullTime),
            (starter.DaysInPost!.Value, starter.EsrLeavingReason!.Value, starter.ContractType!.Value));
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
    }

    [Fact]
    public async Task A_missing_sheet_a_broken_workbook_and_a_sheet_for_a_CSV_file_are_each_reported()
    {
        await using var funnel = await FunnelDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = funnel.Database.CreateContext();
        var import = new ApplicantImport(db, funnel.Clock);
        var broken = new MemoryStream([(byte)'P', (byte)'K', 3, 4, 0, 0, 0, 0]);

        var missing = await import.RunAsync(new ImportFile(Build(Notes, Applicants), "ats.xlsx", "Sheet1"), funnel.Campaign.Id, null);
        var unreadable = await import.RunAsync(new ImportFile(broken, "ats.xlsx"), funnel.Campaign.Id, null);
        var csv = await import.RunAsync(new ImportFile(new MemoryStream(Encoding.UTF8.GetBytes("email\n")), "ats.csv", "Applicants"), funnel.Campaign.Id, null);

        Assert.Equal(new ImportError(0, "sheet", "Sheet1", "the name of one of the workbook's sheets: Read me, Applicants"), missing.Errors.Single());
        Assert.Equal(("(file)", true), (unreadable.Errors.Single().Column, unreadable.Errors.Single().Expected.StartsWith("an .xlsx workbook that opens", StringComparison.Ordinal)));
        Assert.Equal(new ImportError(0, "sheet", "Applicants", "a sheet name only with an .xlsx workbook (this file is CSV)"), csv.Errors.Single());
        Assert.False(await db.Candidates.AnyAsync());
    }
}
