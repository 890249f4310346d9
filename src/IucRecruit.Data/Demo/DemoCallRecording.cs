using IucRecruit.Audio.Wav;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Candidates;
using IucRecruit.Data.Scenarios;

namespace IucRecruit.Data.Demo;

/// <summary>
/// A demo call that was held earlier today, as if it had been: its log written through the call
/// log's own store, and a two-channel recording assembled from the library's recorded clips (the
/// caller) and the listening exercise's call (the candidate).
/// </summary>
public sealed class DemoCallRecording(
    RecruitmentDbContext db, CallEventStore events, ScenarioLibrary library, ScenarioVersionArchive archive, RecordingStorage recordings)
{
    /// <summary>Adds the call to the day, answered at <paramref name="answered"/>, with its log
    /// (consent, ringing, the record typed as the plan says, the evidence, the end) and its recording.</summary>
    public async Task<(Guid CallId, Scenario Scenario)> AddAsync(AssessmentDay day, Candidate candidate, Guid rolePlayer, Guid assessor, Guid? second,
        DateTime answered, DemoCallPlan plan, CancellationToken cancellationToken)
    {
        var scenario = (Scenario)library.Find(plan.ScenarioId)!;
        archive.Keep(scenario);
        var call = new MockCall
        {
            Id = Guid.CreateVersion7(), AssessmentDayId = day.Id, CandidateId = candidate.Id, RolePlayerUserId = rolePlayer,
            AssessorUserId = assessor, SecondAssessorUserId = second, ScenarioId = scenario.Id, ScenarioVersion = scenario.Version,
            SlotStartUtc = answered.AddMinutes(-5), SlotEndUtc = answered.AddMinutes(25), Phase = CallPhase.Waiting, CreatedUtc = day.CreatedUtc,
        };
        db.MockCalls.Add(call);
        await db.SaveChangesAsync(cancellationToken);

        var (caller, candidateVoice) = Recording(scenario);
        var lengthMs = caller.Length / 8;
        var log = new List<CallEvent>
        {
            new RecordingConsentAnswered(answered.AddMinutes(-3), 0, true, "demo", "I agree to this call being recorded for my assessment."),
            new CallRang(answered.AddSeconds(-8), 0),
            new CallAnswered(answered, 0),
        };
        var second10 = 5;
        foreach (var field in scenario.CallRecord)
            log.Add(new RecordFieldChanged(answered.AddSeconds(second10), 1000L * (second10 += 4), field.Id, plan.Typed.GetValueOrDefault(field.Id, field.Expected.Value)));
        foreach (var (atSecond, byFirst, kind, about, text) in plan.Evidence)
        {
            var isCriticalFail = kind == EvidenceKind.CriticalFail;
            log.Add(new EvidenceNoted(answered.AddSeconds(atSecond), atSecond * 1000L, byFirst ? assessor : second!.Value, kind,
                isCriticalFail ? null : about, isCriticalFail ? about : null, text));
        }
        log.Add(new CallEnded(answered.AddMilliseconds(lengthMs), lengthMs, CallParty.Candidate));
        await events.AppendAsync(call.Id, 0, log.OrderBy(e => e.AtUtc).ToList(), CallPhase.Ended, null, cancellationToken);

        var relative = Path.Combine("demo", $"{call.Id:N}.wav");
        var path = Path.Combine(recordings.Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var writer = WavWriter.Create(path, 8000, 2))
            writer.Write(caller.Zip(candidateVoice, (l, r) => new[] { l, r }).SelectMany(pair => pair).ToArray());
        var recording = await events.StartRecordingAsync(call.Id, relative, 8000, 2, answered, cancellationToken);
        await events.CompleteRecordingAsync(recording.Id, lengthMs, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))),
            answered.AddMilliseconds(lengthMs), cancellationToken);
        return (call.Id, scenario);
    }

    /// <summary>Turns of a conversation: the caller's turns are the scenario's clips, the candidate's
    /// are stretches of the listening exercise's recorded call, with short gaps between.</summary>
    private (short[] Caller, short[] Candidate) Recording(Scenario scenario)
    {
        var exercise = library.ListeningExercises[0];
        var speech = WavReader.ReadSamples(library.PathOf(exercise, exercise.Recording)).Channels[0];
        var caller = new List<short>();
        var candidate = new List<short>();
        void Turn(List<short> speaking, List<short> silent, ReadOnlySpan<short> samples, int gapMs)
        {
            speaking.AddRange(samples);
            silent.AddRange(new short[samples.Length]);
            caller.AddRange(new short[gapMs * 8]);
            candidate.AddRange(new short[gapMs * 8]);
        }
        Turn(caller, candidate, new short[4000], 0);
        for (var turn = 0; turn < scenario.Clips.Count; turn++)
        {
            var clip = WavReader.ReadSamples(archive.PathOf(scenario, scenario.Clips[turn])).Channels[0];
            Turn(caller, candidate, clip, 600 + 200 * turn);
            var from = (turn * 6 + 3) * 8000 % Math.Max(1, speech.Length - 48000);
            Turn(candidate, caller, speech.AsSpan(from, Math.Min(40000, speech.Length - from)), 500);
        }
        return (caller.ToArray(), candidate.ToArray());
    }
}
