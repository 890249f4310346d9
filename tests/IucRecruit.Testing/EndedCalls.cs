using IucRecruit.Audio.Wav;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data;
using IucRecruit.Data.Demo;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Calls;
using IucRecruit.Web.Features.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IucRecruit.Testing;

/// <summary>
/// Mock calls that have taken place, on a library scenario (so they can be assessed: the test
/// scenario has no rubric), written straight into the call's log: rung, answered, the call record
/// typed, assessors' evidence, ended. For tests of what happens after a call.
/// </summary>
public static class EndedCalls
{
    public const string ScenarioId = "back-pain-football";

    public static Scenario Scenario(RecruitmentApp app) =>
        (Scenario)app.Services.GetRequiredService<ScenarioLibrary>().Find(ScenarioId)!;

    /// <summary>A new applicant of the demo campaign (at Applied); with <paramref name="atListening"/>,
    /// moved on to the listening exercise, as a candidate who comes to a mock call usually is.</summary>
    public static async Task<Guid> NewCandidateAsync(RecruitmentApp app, bool atListening = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var email = $"candidate-{Guid.NewGuid():N}@example.com";
        var (candidate, refusal) = Applicants.Build(app.Demo.Campaign,
            new ApplicantDetails("Jo", "Tester", email, Core.Candidates.RecruitmentChannel.NhsJobs, now.AddDays(-20)), null, null, now);
        Assert.Null(refusal);
        await NewCandidates.WriteAsync(db, [candidate!], default);
        if (atListening)
        {
            var moved = await scope.ServiceProvider.GetRequiredService<StageLog>().RecordAsync(candidate!.Candidate.Id,
                StageTransition.Enter(FunnelStage.ListeningExercise, "Test: sifted and invited by phone",
                    now.AddDays(-2), [FunnelStage.Shortlisted, FunnelStage.InvitedToAssessment, FunnelStage.ConditionsAcknowledged]), null);
            Assert.True(moved.Succeeded, moved.Refusal);
        }
        return candidate!.Candidate.Id;
    }

    /// <summary>A call answered ten minutes ago that lasted five minutes (or is still connected).</summary>
    /// <param name="record">The call record as the candidate left it, by field id.</param>
    public static async Task<Guid> AddAsync(RecruitmentApp app, Guid candidateId, Guid assessorId, Guid? secondAssessorId = null,
        IReadOnlyDictionary<string, string>? record = null, IReadOnlyList<EvidenceNoted>? evidence = null, bool ended = true)
    {
        var scenario = Scenario(app);
        var answered = AnsweredUtc(app);
        Guid callId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
            callId = await MockCallSchedule.AddAsync(db, app.Demo.Campaign.Id, candidateId, await StaffIdAsync(db, Roles.RolePlayer),
                assessorId, answered.AddMinutes(-2), scenario.Id, scenario.Version, secondAssessorId);
        }
        var events = new List<CallEvent> { new CallRang(answered.AddSeconds(-6), 0), new CallAnswered(answered, 0) };
        var second = 10;
        foreach (var (field, value) in record ?? new Dictionary<string, string>())
            events.Add(new RecordFieldChanged(answered.AddSeconds(second), (second += 10) * 1000L, field, value));
        events.AddRange(evidence ?? []);
        if (ended) events.Add(new CallEnded(answered.AddMinutes(5), 300_000, CallParty.Candidate));
        await app.Services.GetRequiredService<CallEventStore>()
            .AppendAsync(callId, lastSequence: 1, events, ended ? CallPhase.Ended : CallPhase.Connected, null);
        return callId;
    }

    /// <summary>The moment <see cref="AddAsync"/>'s calls were answered, for evidence stamped on their clock.</summary>
    public static DateTime AnsweredUtc(RecruitmentApp app) => app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-10);

    /// <summary>Gives the call a finished two-channel recording of these samples (left caller, right candidate).</summary>
    public static async Task AddRecordingAsync(RecruitmentApp app, Guid callId, short[] caller, short[] candidate)
    {
        var store = app.Services.GetRequiredService<CallEventStore>();
        var relative = $"tests/{callId:N}.wav";
        var path = Path.Combine(app.Services.GetRequiredService<RecordingStorage>().Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var writer = WavWriter.Create(path, 8000, 2))
            writer.Write(caller.Zip(candidate, (l, r) => new[] { l, r }).SelectMany(pair => pair).ToArray());
        var recording = await store.StartRecordingAsync(callId, relative, 8000, 2, AnsweredUtc(app));
        await store.CompleteRecordingAsync(recording.Id, caller.Length / 8, "test-recording", AnsweredUtc(app).AddMinutes(5));
    }

    public static async Task<Guid> StaffIdAsync(RecruitmentDbContext db, string role)
    {
        var email = DemoDataSeeder.StaffAccounts.Single(a => a.Role == role).Email;
        return await db.Users.Where(u => u.UserName == email).Select(u => u.Id).SingleAsync();
    }
}
