using IucRecruit.Core.Calls;
using IucRecruit.Core.Privacy;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Privacy;
using IucRecruit.Data.Storage;
using IucRecruit.Data.Tests.Funnel;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Tests.Privacy;

/// <summary>Erasure on request, on both providers: every personal value gone from every table and
/// the disk, the statistics unchanged, the erasure itself recorded without the erased data.</summary>
public sealed class ErasureTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Erasure_removes_every_personal_value_and_the_recording_and_leaves_the_statistics_unchanged(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        await GeneratedFunnel.AddAsync(funnel, candidatesPerCampaign: 30);
        await using var services = new PrivacyServices(funnel);
        var fixture = await PersonalDataFixture.AddAsync(funnel, services);
        var before = await services.AggregatesAsync(GeneratedFunnel.Site);
        var beforeLeeds = await services.AggregatesAsync(funnel.Campaign.Site);
        int eventsBefore;
        await using (var db = funnel.Database.CreateContext())
        {
            eventsBefore = await db.MockCallEvents.CountAsync(e => e.MockCallId == fixture.CallId);
            Assert.All(PersonalDataFixture.PersonalValues, value => Assert.Contains(value, fixture.EverythingStoredAsync(db).Result, StringComparison.Ordinal));
        }

        var outcome = await services.EraseAsync(fixture.CandidateId);

        Assert.Null(outcome.Refusal);
        await using (var db = funnel.Database.CreateContext())
        {
            var stored = await fixture.EverythingStoredAsync(db);
            Assert.All(PersonalDataFixture.PersonalValues, value => Assert.DoesNotContain(value, stored, StringComparison.Ordinal));

            var candidate = await db.Candidates.SingleAsync(c => c.Id == fixture.CandidateId);
            Assert.Equal(("Erased", "candidate", ""), (candidate.GivenName, candidate.FamilyName, candidate.Email));
            Assert.Equal((0, false), (candidate.ExtraTimePercent, candidate.RestBreaks));
            Assert.Empty(candidate.PreferredContractTypes);
            Assert.Equal(PersonalDataCategory.All, candidate.Erased);
            Assert.False(await db.Users.AnyAsync(u => u.CandidateId == fixture.CandidateId));
            Assert.False(await db.CandidateInvitations.AnyAsync(i => i.CandidateId == fixture.CandidateId));
            Assert.False(await db.OutboxMessages.AnyAsync(m => m.CandidateId == fixture.CandidateId));
            Assert.False(await db.CallRecordings.AnyAsync(r => r.MockCallId == fixture.CallId));
            Assert.False(File.Exists(fixture.RecordingFile));

            // The call's log keeps every entry, in order, with the consent and the staff names.
            var log = (await db.MockCallEvents.Where(e => e.MockCallId == fixture.CallId).OrderBy(e => e.Sequence).ToListAsync())
                .Select(e => CallEventJson.Deserialize(e.Payload)).ToList();
            Assert.Equal(eventsBefore, log.Count);
            Assert.True(log.OfType<RecordingConsentAnswered>().Single().Given);
            Assert.Contains(log.OfType<ParticipantJoined>(), j => j.DisplayName == "Robin Role-player");
            Assert.Equal(PersonalDataMarker.Erased, log.OfType<RecordFieldChanged>().Single().Value);
            Assert.Equal([PersonalDataMarker.Erased, ""], log.OfType<EvidenceNoted>().Select(e => e.Text));

            // The ratings, the result and the calibration scores stay, anonymous, for the statistics.
            Assert.Equal(1, await db.MockCallScorecards.CountAsync(s => s.MockCallId == fixture.CallId));
            Assert.False((await db.MockCallResults.SingleAsync(r => r.MockCallId == fixture.CallId)).Passed);
            Assert.Equal(1, await db.CalibrationScorecards.CountAsync());

            // The equality answers stay on the anonymous record, for the equality statistics.
            Assert.True(await db.EqualityMonitoring.AnyAsync(e => e.CandidateId == fixture.CandidateId));

            var record = await db.DeletionRecords.SingleAsync();
            Assert.Equal((DeletionKind.Erasure, "Request 2026-041 by email", 1), (record.Kind, record.Reason, record.CandidateCount));
            var summary = DeletionSummary.FromJson(record.Summary);
            Assert.Equal([fixture.CandidateId], summary.IdentityErased);
            Assert.Equal(1, summary.Files);
            Assert.Equal(4000, summary.FileBytes);
            Assert.Contains(summary.Items, i => i.What == "Call recordings deleted" && i.Count == 1 && i.Ids!.Count == 1);
            Assert.Contains(summary.Items, i => i.What == "Sign-in accounts deleted" && i.Count == 1);
            Assert.Contains(await db.AccessAuditEntries.ToListAsync(),
                e => e.CandidateId == fixture.CandidateId && e.Action == AccessAction.ErasedData && e.UserName == "Morgan Manager");
            Assert.Empty(await FunnelConsistency.DifferencesAsync(db));
        }
        Assert.Equal(before, await services.AggregatesAsync(GeneratedFunnel.Site));
        Assert.Equal(beforeLeeds, await services.AggregatesAsync(funnel.Campaign.Site));

        Assert.Equal("This candidate's personal data has already been erased.", (await services.EraseAsync(fixture.CandidateId)).Refusal);
    }

    [Fact]
    public async Task Erasure_needs_a_reason_and_waits_for_a_live_call_to_end()
    {
        await using var funnel = await FunnelDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = new PrivacyServices(funnel);
        var fixture = await PersonalDataFixture.AddAsync(funnel, services);
        await using (var db = funnel.Database.CreateContext())
            await db.MockCalls.Where(c => c.Id == fixture.CallId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Phase, CallPhase.Connected));

        Assert.Equal("Enter the reason for the erasure, such as the request's reference.", (await services.EraseAsync(fixture.CandidateId, " ")).Refusal);
        Assert.Equal("The candidate is in a mock call now. Erase their data once the call has ended.", (await services.EraseAsync(fixture.CandidateId)).Refusal);
        await using (var db = funnel.Database.CreateContext())
        {
            Assert.Equal(PersonalDataFixture.GivenName, (await db.Candidates.SingleAsync(c => c.Id == fixture.CandidateId)).GivenName);
            Assert.Empty(await db.DeletionRecords.ToListAsync());
        }
        Assert.True(File.Exists(fixture.RecordingFile));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_access_audit_and_the_deletion_records_refuse_every_change(DatabaseProvider provider)
    {
        await using var funnel = await FunnelDatabase.CreateAsync(provider);
        await using var services = new PrivacyServices(funnel);
        var fixture = await PersonalDataFixture.AddAsync(funnel, services);
        Assert.Null((await services.EraseAsync(fixture.CandidateId)).Refusal);

        await using var db = funnel.Database.CreateContext();
        var attempts = new Func<Task>[]
        {
            () => db.AccessAuditEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.UserName, "someone else")),
            () => db.AccessAuditEntries.ExecuteDeleteAsync(),
            () => db.DeletionRecords.ExecuteUpdateAsync(s => s.SetProperty(r => r.Reason, "rewritten")),
            () => db.DeletionRecords.ExecuteDeleteAsync(),
        };
        foreach (var attempt in attempts)
        {
            var refused = await Assert.ThrowsAnyAsync<Exception>(attempt);
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        }
        Assert.Equal(2, await db.AccessAuditEntries.CountAsync());
        Assert.Equal("Request 2026-041 by email", (await db.DeletionRecords.SingleAsync()).Reason);
    }
}
