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
            first = await new ApplicantImport(db, funnel.Clock).RunAsync(new ImportFile(Csv(File), "ats.csv"), funnel.Campaign.Id, null);
        await using (var db = funnel.Database.CreateContext())
            second = await new ApplicantImport(db, funnel.Clock).RunAsync(new ImportFile(Csv(File), "ats.csv"), funnel.Campaign.Id, null);

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
    public async Task A_report_quotes_at_most_the_first_hundred_characters_of_a_bad_value()
    {
        await using var funnel = await FunnelDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var pasted = string.Concat(Enumerable.Repeat("0123456789", 500)); // 5,000 characters in the name
        var file = $"email,given_name,family_name,channel,applied_on\nlong@example.com,{pasted},Long,Agency,2026-04-01\nshort@example.com,Sam,Short,Agency,2026-99-01\n";

        ImportResult result;
        await using (var db = funnel.Database.CreateContext())
            result = await new ApplicantImport(db, funnel.Clock).RunAsync(new ImportFile(Csv(file), "long.csv"), funnel.Campaign.Id, null);

        Assert.Equal(
            [(2L, "given_name", string.Concat(Enumerable.Repeat("0123456789", 10)) + "…"), (3L, "applied_on", "2026-99-01")],
            result.Errors.Select(e => (e.Row, e.Column, e.Value)));
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
            result = await new ApplicantImport(db, funnel.Clock).RunAsync(new ImportFile(Csv(bad), "bad.csv"), funnel.Campaign.Id, null);

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

        var missing = await import.RunAsync(new ImportFile(Csv("email,given_name,family_name,channel\na@b.com,A,B,Agency\n"), "x.csv"), funnel.Campaign.Id, null);
        var ragged = await import.RunAsync(new ImportFile(Csv("email,given_name,family_name,channel,applied_on\na@b.com,A,B,Agency\n"), "y.csv"), funnel.Campaign.Id, null);
        var empty = await import.RunAsync(new ImportFile(Csv(""), "z.csv"), funnel.Campaign.Id, null);

        Assert.Equal(new ImportError(1, "applied_on", "", "a column named applied_on"), missing.Errors.Single());
        Assert.Equal(new ImportError(2, "(row)", "4 values", "5 values, one per column"), ragged.Errors.Single());
        Assert.StartsWith("a header line", empty.Errors.Single().Expected, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Mobile_numbers_are_held_in_one_form_however_written_and_one_that_is_not_a_uk_mobile_adds_nobody(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        const string bad = """
            email,given_name,family_name,channel,applied_on,Mobile phone
            gil@example.com,Gil,Gray,Agency,2026-04-01,07700 900123
            hal@example.com,Hal,Hart,Agency,2026-04-01,01632 960123
            """;
        const string good = """
            email,given_name,family_name,channel,applied_on,Mobile phone
            gil@example.com,Gil,Gray,Agency,2026-04-01,07700 900123
            hal@example.com,Hal,Hart,Agency,2026-04-01,+44 (0)7700 900456
            ivy@example.com,Ivy,Ives,Agency,2026-04-01,
            """;

        ImportResult refused, imported;
        await using (var db = funnel.Database.CreateContext())
            refused = await new ApplicantImport(db, funnel.Clock).RunAsync(new ImportFile(Csv(bad), "bad.csv"), funnel.Campaign.Id, null);
        await using (var db = funnel.Database.CreateContext())
        {
            Assert.False(await db.Candidates.AnyAsync());
            imported = await new ApplicantImport(db, funnel.Clock).RunAsync(new ImportFile(Csv(good), "good.csv"), funnel.Campaign.Id, null);
        }

        Assert.Equal([new ImportError(3, "mobile_number", "01632 960123", "a UK mobile number, like 07700 900123 or +44 7700 900123")], refused.Errors);
        Assert.Equal((true, 3), (imported.Succeeded, imported.Added));
        await using var check = funnel.Database.CreateContext();
        Assert.Equal([("gil@example.com", "+447700900123"), ("hal@example.com", "+447700900456"), ("ivy@example.com", null)],
            (await check.Candidates.OrderBy(c => c.Email).Select(c => new { c.Email, c.MobileNumber }).ToListAsync())
            .Select(c => (c.Email, c.MobileNumber)));
    }

    private static async Task<(ImportResult Result, List<(string Email, string Given, string Family, DateTime Applied, Core.Candidates.RecruitmentChannel Channel,
        Sex? Sex, AgeBand? Age, Ethnicity? Ethnicity, Disability? Disability, Religion? Religion, SexualOrientation? Orientation)> Applicants)>
        ImportFixtureAsync(DatabaseProvider provider, string fixture)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        ImportResult result;
        await using (var db = funnel.Database.CreateContext())
        {
            await using var file = System.IO.File.OpenRead(RepositoryRoot.Combine("tests", "fixtures", "imports", fixture));
            result = await new ApplicantImport(db, funnel.Clock).RunAsync(new ImportFile(file, fixture), funnel.Campaign.Id, null);
        }
        await using var check = funnel.Database.CreateContext();
        var rows = await check.Candidates
            .Join(check.CandidateProgress, c => c.Id, p => p.CandidateId, (c, p) => new { c, p.AppliedUtc })
            .Join(check.EqualityMonitoring, x => x.c.Id, e => e.CandidateId, (x, e) => new { x.c, x.AppliedUtc, e })
            .OrderBy(x => x.c.Email).ToListAsync();
        Assert.Empty(await funnel.DifferencesFromTheLogAsync());
        return (result, rows.Select(x => (x.c.Email, x.c.GivenName, x.c.FamilyName, x.AppliedUtc, x.c.Channel,
            x.e.Sex, x.e.AgeBand, x.e.Ethnicity, x.e.Disability, x.e.Religion, x.e.SexualOrientation)).ToList());
    }

    /// <summary>An NHS Jobs-shaped export: its headings, dd/mm/yyyy dates, the NHS Data Dictionary's
    /// ethnic categories and beliefs, and its ways of declining to answer.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_NHS_Jobs_export_imports_with_its_headings_and_answers(DatabaseProvider provider)
    {
        var (result, applicants) = await ImportFixtureAsync(provider, "nhs-jobs-applicants.csv");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(["applicant_id", "title"], result.IgnoredColumns);
        var day = (int d) => new DateTime(2026, 3, d, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(
            [
                ("ann.ash@example.com", "Ann", "Ash", day(14), Core.Candidates.RecruitmentChannel.NhsJobs, (Sex?)Sex.Female, (AgeBand?)AgeBand.From25To34,
                    (Ethnicity?)Ethnicity.Asian, (Disability?)Disability.No, (Religion?)Religion.Christian, (SexualOrientation?)SexualOrientation.Heterosexual),
                ("ben.boyd@example.com", "Ben", "Boyd", day(15), Core.Candidates.RecruitmentChannel.NhsJobs, Sex.Male, AgeBand.Under25,
                    Ethnicity.White, Disability.Yes, Religion.NoReligion, SexualOrientation.PreferNotToSay),
                ("cal.cho@example.com", "Cal", "Cho", day(15), Core.Candidates.RecruitmentChannel.NhsJobs, Sex.Other, AgeBand.From35To44,
                    Ethnicity.PreferNotToSay, Disability.PreferNotToSay, Religion.PreferNotToSay, SexualOrientation.GayOrLesbian),
            ],
            applicants);
    }

    /// <summary>A TRAC-shaped export: other headings again, ISO dates, the 2021 census wording of
    /// ethnic groups ("group: detail"), and TRAC's own columns listed as not used.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_TRAC_export_imports_with_its_headings_and_answers(DatabaseProvider provider)
    {
        var (result, applicants) = await ImportFixtureAsync(provider, "trac-applicants.csv");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(["vacancy_reference", "shortlisting_score"], result.IgnoredColumns);
        Assert.Equal(
            [
                ("dev.dhillon@example.com", "Dev", "Dhillon", new DateTime(2026, 4, 20, 0, 0, 0, DateTimeKind.Utc), Core.Candidates.RecruitmentChannel.Agency,
                    (Sex?)Sex.Male, (AgeBand?)AgeBand.From45To54, (Ethnicity?)Ethnicity.Asian, (Disability?)Disability.No, (Religion?)Religion.Muslim,
                    (SexualOrientation?)SexualOrientation.Bisexual),
                ("eli.evans@example.com", "Eli", "Evans", new DateTime(2026, 4, 21, 0, 0, 0, DateTimeKind.Utc), Core.Candidates.RecruitmentChannel.Internal,
                    Sex.Female, AgeBand.From55To64, Ethnicity.White, Disability.No, Religion.PreferNotToSay, SexualOrientation.Other),
            ],
            applicants);
    }
}
