using IucRecruit.Core.Privacy;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Privacy;
using IucRecruit.Data.Storage;
using IucRecruit.Data.Tests.Funnel;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Tests.Privacy;

/// <summary>The retention purge on both providers: the dry run tells exactly what the purge then
/// does, only data past its period goes, and the statistics are the same before and after.</summary>
public sealed class DataRetentionPurgeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_dry_run_changes_nothing_and_the_purge_then_removes_exactly_what_it_showed(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        await GeneratedFunnel.AddAsync(funnel, candidatesPerCampaign: 60);
        await using var services = new PrivacyServices(funnel);
        // Rejected 300 days ago: past the 6 months for the assessment, not the 12 for the identity.
        var rejected = await PersonalDataFixture.AddAsync(funnel, services, rejectedDaysAgo: 300);
        var recent = await funnel.AddApplicantAsync("recent@example.org", applied: funnel.Now.AddDays(-10));
        var dormant = await funnel.AddApplicantAsync("dormant@example.org", applied: funnel.Now.AddDays(-400));
        var before = await services.AggregatesAsync(GeneratedFunnel.Site);
        var stateBefore = await StateAsync(funnel);

        var dryRun = await services.PurgeAsync(dryRun: true);

        Assert.True(dryRun.DryRun);
        Assert.Null(dryRun.Record);
        Assert.Equal(stateBefore, await StateAsync(funnel));
        Assert.True(File.Exists(rejected.RecordingFile));
        Assert.Contains(rejected.CandidateId, dryRun.AssessmentErased);
        Assert.DoesNotContain(rejected.CandidateId, dryRun.IdentityErased);
        Assert.Contains(dormant, dryRun.IdentityErased);
        Assert.DoesNotContain(recent, dryRun.AssessmentErased.Concat(dryRun.IdentityErased));
        Assert.True(dryRun.IdentityErased.Count > 10, "the generated funnel has candidates whose journeys ended over a year ago");
        Assert.Equal(1, dryRun.Files);

        var purge = await services.PurgeAsync(dryRun: false);

        Assert.Equal(dryRun.AssessmentErased, purge.AssessmentErased);
        Assert.Equal(dryRun.IdentityErased, purge.IdentityErased);
        Assert.Equal(dryRun.Items.Select(i => (i.What, i.Count)), purge.Items.Select(i => (i.What, i.Count)));
        Assert.False(File.Exists(rejected.RecordingFile));
        await using (var db = funnel.Database.CreateContext())
        {
            var fixture = await db.Candidates.SingleAsync(c => c.Id == rejected.CandidateId);
            Assert.Equal((PersonalDataFixture.GivenName, PersonalDataCategory.Assessment), (fixture.GivenName, fixture.Erased));
            var stored = await rejected.EverythingStoredAsync(db);
            Assert.DoesNotContain(PersonalDataFixture.TypedPostcode, stored, StringComparison.Ordinal);
            Assert.DoesNotContain(PersonalDataFixture.ListeningAnswer, stored, StringComparison.Ordinal);
            Assert.Contains(PersonalDataFixture.Email, stored, StringComparison.Ordinal);
            Assert.Equal("Erased", (await db.Candidates.SingleAsync(c => c.Id == dormant)).GivenName);
            Assert.Equal("recent@example.org", (await db.Candidates.SingleAsync(c => c.Id == recent)).Email);
            Assert.All(await db.Candidates.Where(c => purge.IdentityErased.Contains(c.Id)).ToListAsync(), c => Assert.Equal("", c.Email));

            var record = await db.DeletionRecords.SingleAsync();
            Assert.Equal((DeletionKind.DataRetentionPurge, purge.AssessmentErased.Union(purge.IdentityErased).Count()), (record.Kind, record.CandidateCount));
            var summary = DeletionSummary.FromJson(record.Summary);
            Assert.Equal(purge.IdentityErased, summary.IdentityErased);
            Assert.DoesNotContain("dormant@example.org", record.Summary, StringComparison.Ordinal);
            Assert.Empty(await FunnelConsistency.DifferencesAsync(db));
        }
        Assert.Equal(before, await services.AggregatesAsync(GeneratedFunnel.Site));

        var again = await services.PurgeAsync(dryRun: false);
        Assert.Empty(again.AssessmentErased.Concat(again.IdentityErased));
        Assert.Null(again.Record);
    }

    [Fact]
    public async Task The_periods_come_from_the_settings()
    {
        await using var funnel = await FunnelDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = new PrivacyServices(funnel, new DataRetentionOptions { UnsuccessfulAssessmentMonths = 11, UnsuccessfulIdentityMonths = 11 });
        var rejected = await PersonalDataFixture.AddAsync(funnel, services, rejectedDaysAgo: 300);

        var purge = await services.PurgeAsync(dryRun: true);

        Assert.DoesNotContain(rejected.CandidateId, purge.AssessmentErased);
        Assert.Equal(0, purge.Files);
    }

    /// <summary>Every candidate's personal fields, the recordings and the number of log entries.</summary>
    private static async Task<string> StateAsync(FunnelDatabase funnel)
    {
        await using var db = funnel.Database.CreateContext();
        var candidates = await db.Candidates.OrderBy(c => c.Id)
            .Select(c => $"{c.Id} {c.GivenName} {c.FamilyName} {c.Email} {c.AdjustmentNotes} {c.AssessmentErasedUtc} {c.IdentityErasedUtc}").ToListAsync();
        var reasons = await db.StageEvents.OrderBy(e => e.CandidateId).ThenBy(e => e.Sequence).Select(e => e.Reason).ToListAsync();
        var payloads = await db.MockCallEvents.OrderBy(e => e.Id).Select(e => e.Payload).ToListAsync();
        return string.Join("\n", candidates.Concat(reasons.Select(r => r ?? "")).Concat(payloads))
               + $"\nrecordings {await db.CallRecordings.CountAsync()} users {await db.Users.CountAsync()} invitations {await db.CandidateInvitations.CountAsync()}";
    }
}
