using IucRecruit.Core.Calls;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Testing;

/// <summary>Puts a mock call straight into the database, for tests of the call itself.</summary>
public static class MockCallSchedule
{
    /// <summary>A call on the small test scenario (<see cref="TestCallScenarios"/>).</summary>
    public static async Task<Guid> AddAsync(RecruitmentApp app, Guid candidateId, Guid rolePlayerId, Guid assessorId,
        DateTime? slotStartUtc = null, Guid? secondAssessorId = null, bool recordingConsent = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await AddAsync(scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>(), app.Demo.Campaign.Id,
            candidateId, rolePlayerId, assessorId, slotStartUtc ?? app.Clock.GetUtcNow().UtcDateTime,
            TestCallScenarios.ScenarioId, TestCallScenarios.Version, secondAssessorId, recordingConsent);
    }

    /// <summary>A call on any scenario version, written straight into <paramref name="db"/>, with the
    /// candidate's consent to the recording already in its log.</summary>
    public static async Task<Guid> AddAsync(RecruitmentDbContext db, Guid campaignId, Guid candidateId, Guid rolePlayerId,
        Guid assessorId, DateTime start, string scenarioId, string scenarioVersion, Guid? secondAssessorId = null, bool recordingConsent = true)
    {
        var day = new AssessmentDay
        {
            Id = Guid.CreateVersion7(), CampaignId = campaignId, Date = DateOnly.FromDateTime(start),
            Location = "Test centre", CreatedUtc = start,
        };
        var call = new MockCall
        {
            Id = Guid.CreateVersion7(), AssessmentDayId = day.Id, CandidateId = candidateId,
            RolePlayerUserId = rolePlayerId, AssessorUserId = assessorId, SecondAssessorUserId = secondAssessorId,
            ScenarioId = scenarioId, ScenarioVersion = scenarioVersion,
            SlotStartUtc = start, SlotEndUtc = start.AddMinutes(30), Phase = CallPhase.Waiting, CreatedUtc = start,
        };
        db.AddRange(day, call);
        if (recordingConsent)
        {
            var consent = new RecordingConsentAnswered(start, 0, Given: true, "test", "Test consent");
            db.MockCallEvents.Add(new MockCallEvent
            {
                Id = Guid.CreateVersion7(), MockCallId = call.Id, Sequence = 1, Type = CallEventJson.TypeName(consent),
                AtUtc = start, Payload = CallEventJson.Serialize(consent),
            });
        }
        await db.SaveChangesAsync();
        return call.Id;
    }
}
