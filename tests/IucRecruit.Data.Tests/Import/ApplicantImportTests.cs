using System.Text;
using IucRecruit.Core.Equality;
using IucRecruit.Data.Import;
using IucRecruit.Data.Storage;
using IucRecruit.Data.Tests.Funnel;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Tests.Import;

public sealed class ApplicantImportTests
{
    private const string File = """
        Email,Given name,Family name,Channel,Applied on,Ethnicity,Preferred contract types,Source system id
        ann.ash@example.com,Ann,Ash,NHS Jobs,2026-04-01,Asian or Asian British,Part time; Job share,A-17
        BEN.BOYD@example.com,Ben,Boyd,apprenticeship,02/04/2026,,,A-18
        cara.cole@example.com,Cara,Cole,Internal,2026-04-03,prefer not to say,,A-19
        """;

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Applicants_are_added_once_and_importing_the_same_file_again_changes_nothing(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);

        ImportResult first, second;
        await using (var db = funnel.Database.CreateContext())
            first = await new ApplicantImport(db, funnel.Clock).RunAsync(Csv(File), funnel.Campaign.Id, null, "ats.csv");
        await using (var db = funnel.Database.CreateContext())
            second = await new ApplicantImport(db, funnel.Clock).RunAsync(Csv(File), funnel.Campaign.Id, null, "ats.csv");

        Assert.Equal((true, 3, 3, 0), (first.Succeeded, first.Rows, first.Added, first.Unchanged));
        Assert.Equal(["source_system_id"], first.IgnoredColumns);
        Assert.Equal((true, 0, 3), (second.Succeeded, second.Added, second.Unchanged));
        await using var check = funnel.Database.CreateContext();
        Assert.Equal(3, await check.Candidates.CountAsync());
        Assert.Equal(3, await check.StageEvents.CountAsync());
        var ben = await check.Candidates.SingleAsync(c => c.FamilyName == "Boyd");
        Assert.Equal(("ben.boyd@example.com", Core.Candidates.RecruitmentChannel.Apprenticeship), (ben.Email, ben.Channel));
        Assert.Equal(new DateTime(2026, 4, 2, 0, 0, 0, DateTimeKind.Utc), (await check.CandidateProgress.SingleAsync(p => p.CandidateId == ben.Id)).AppliedUtc);
        var ann = await check.Candidates.SingleAsync(c => c.FamilyName == "Ash");
        Assert.Equal([Core.Retention.ContractType.PartTime, Core.Retention.ContractType.JobShare], ann.PreferredContractTypes);
        Assert.Equal(Ethnicity.Asian, (await check.EqualityMonitoring.SingleAsync(e => e.CandidateId == ann.Id)).Ethnicity);
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
    }

    [Fact]
    public async Task Any_error_adds_nothing_and_every_error_is_reported_with_row_column_value_and_what_was_expected()
    {
        await using var funnel = await FunnelDatabase.CreateAsync(DatabaseProvider.Sqlite);
        const string bad = """
            email,given_name,family_name,channel,applied_on,disability
            good@example.com,Good,Row,NHS Jobs,2026-04-01,No
            not-an-address,Dee,Dunn,Carrier pigeon,2026-13-01,
            good@example.com,Eve,Ebb,Agency,2026-05-01,Sometimes
            fay@example.com,,Fox,Agency,2026-07-01,
            """;

        ImportResult result;
        await using (var db = funnel.Database.CreateContext())
            result = await new ApplicantImport(db, funnel.Clock).RunAsync(Csv(bad), funnel.Campaign.Id, null, "bad.csv");

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                new ImportError(3, "email", "not-an-address", "an email address, like name@example.com"),
                new ImportError(3, "channel", "Carrier pigeon",
                    "one of: NHS Jobs, Ambulance jobs site, Apprenticeship / Grow Your Own, Agency, Internal, Other"),
                new ImportError(3, "applied_on", "2026-13-01", "a date, like 2026-03-31 or 31/03/2026"),
                new ImportError(4, "disability", "Sometimes", "one of: Yes, No, Prefer not to say"),
                new ImportError(4, "email", "good@example.com", "an address not already used in this file (it is on row 2)"),
                new ImportError(5, "given_name", "", "a value"),
                new ImportError(5, "applied_on", "2026-07-01", "A change cannot be dated in the future (1 July 2026)."),
            ],
            result.Errors);
        await using var check = funnel.Database.CreateContext();
        Assert.False(await check.Candidates.AnyAsync());
    }

    [Fact]
    public async Task A_file_without_a_required_column_or_with_a_broken_row_is_refused()
    {
        await using var funnel = await FunnelDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = funnel.Database.CreateContext();
        var import = new ApplicantImport(db, funnel.Clock);

        var missing = await import.RunAsync(Csv("email,given_name,family_name,channel\na@b.com,A,B,Agency\n"), funnel.Campaign.Id, null, "x.csv");
        var ragged = await import.RunAsync(Csv("email,given_name,family_name,channel,applied_on\na@b.com,A,B,Agency\n"), funnel.Campaign.Id, null, "y.csv");
        var empty = await import.RunAsync(Csv(""), funnel.Campaign.Id, null, "z.csv");

        Assert.Equal(new ImportError(1, "applied_on", "", "a column named applied_on"), missing.Errors.Single());
        Assert.Equal(new ImportError(2, "(row)", "4 values", "5 values, one per column"), ragged.Errors.Single());
        Assert.StartsWith("a header line", empty.Errors.Single().Expected, StringComparison.Ordinal);
    }
}
