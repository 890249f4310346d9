using IucRecruit.Core.Calls;
using IucRecruit.Core.Privacy;
using IucRecruit.Data.Calls;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Privacy.Holdings;

/// <summary>The candidate's mock calls: the bookings, each call's event log (consent, what they
/// typed in the call record, who joined, the assessors' time-stamped evidence) and the recordings on disk.</summary>
public sealed class MockCallData(RecruitmentDbContext db, RecordingStorage recordings) : ICandidateData
{
    // The discriminators of the events that carry personal data (CallEvents.cs).
    private const string Joined = "joined";
    private const string RecordField = "record-field";
    private const string Evidence = "evidence";

    public string Title => "Mock calls: bookings, call logs and recordings";

    public IReadOnlyList<Type> Tables => [typeof(MockCall), typeof(MockCallEvent), typeof(CallRecording)];

    public string WhenErased =>
        "Recordings are deleted, files and all. In each call's log, what the candidate typed in the call record, the words " +
        "of the assessors' notes and the candidate's name as they joined are replaced by \"[erased]\"; the log keeps its " +
        "order and times, the consent answer and the wording shown (docs/decisions/0028). The bookings stay, anonymous, for the assessment-day and scenario counts.";

    public async Task ExportAsync(Guid candidateId, SubjectAccessArchive archive, CancellationToken cancellationToken)
    {
        var calls = await db.MockCalls.AsNoTracking().Where(c => c.CandidateId == candidateId).OrderBy(c => c.SlotStartUtc)
            .ToListAsync(cancellationToken);
        var staffIds = calls.SelectMany(c => new[] { c.RolePlayerUserId, c.AssessorUserId, c.SecondAssessorUserId ?? Guid.Empty }).ToList();
        var staff = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        foreach (var call in calls)
        {
            var folder = $"mock-calls/{call.SlotStartUtc:yyyy-MM-dd-HHmm}-{call.Id.ToString("N")[..8]}";
            await archive.AddJsonAsync($"{folder}/call.json", "The booking: when, which scenario (and its exact version), and the " +
                "staff who played the caller and assessed.", new
                {
                    call.Id, call.SlotStartUtc, call.SlotEndUtc, call.ScenarioId, call.ScenarioVersion, call.Phase,
                    RolePlayer = staff.GetValueOrDefault(call.RolePlayerUserId),
                    Assessor = staff.GetValueOrDefault(call.AssessorUserId),
                    SecondAssessor = call.SecondAssessorUserId is { } second ? staff.GetValueOrDefault(second) : null,
                }, cancellationToken);
            var events = await db.MockCallEvents.AsNoTracking().Where(e => e.MockCallId == call.Id).OrderBy(e => e.Sequence)
                .Select(e => e.Payload).ToListAsync(cancellationToken);
            await archive.AddJsonAsync($"{folder}/events.json", "Everything that happened in the call, in order, on the call " +
                "clock (milliseconds from the answer): your answer to the recording question with the words you were shown, " +
                "who joined, what you typed in the call record, clips played, the assessors' notes and marks, the end.",
                events.Select(CallEventJson.Deserialize), cancellationToken);
            var recording = await db.CallRecordings.AsNoTracking().SingleOrDefaultAsync(r => r.MockCallId == call.Id, cancellationToken);
            if (recording is not null && File.Exists(recordings.PathOf(recording)))
            {
                await archive.AddFileAsync($"{folder}/recording.wav", "The recording: left channel the caller (and the sounds " +
                    "played), right channel you; 8 kHz telephone sound.", recordings.PathOf(recording), cancellationToken);
            }
        }
    }

    /// <summary>The candidates' recordings, how many and how large, for the export page to warn of a
    /// large download.</summary>
    public async Task<(int Count, long Bytes)> RecordingSizeAsync(Guid candidateId, CancellationToken cancellationToken)
    {
        var files = await db.CallRecordings.AsNoTracking()
            .Where(r => db.MockCalls.Any(c => c.Id == r.MockCallId && c.CandidateId == candidateId)).ToListAsync(cancellationToken);
        var sizes = files.Select(r => new FileInfo(recordings.PathOf(r))).Where(f => f.Exists).Select(f => f.Length).ToList();
        return (sizes.Count, sizes.Sum());
    }

    public async Task EraseAsync(IReadOnlyList<Guid> candidateIds, PersonalDataCategory categories, ErasureWork work, CancellationToken cancellationToken)
    {
        var calls = db.MockCalls.Where(c => candidateIds.Contains(c.CandidateId)).Select(c => c.Id);
        if (categories.HasFlag(PersonalDataCategory.Assessment))
        {
            var files = await db.CallRecordings.Where(r => calls.Contains(r.MockCallId)).ToListAsync(cancellationToken);
            foreach (var file in files) work.DeleteFileAfterCommit(recordings.PathOf(file));
            var ids = files.Select(r => r.Id).ToList();
            await db.CallRecordings.Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
            work.Changed("Call recordings deleted", ids.Count, ids);
            work.Changed("Call-record entries blanked in call logs", await RedactAsync(calls, RecordField, e => e is RecordFieldChanged field && field.Value != PersonalDataMarker.Erased
                ? field with { Value = PersonalDataMarker.Erased } : null, cancellationToken));
            work.Changed("Assessors' notes blanked in call logs", await RedactAsync(calls, Evidence, e =>
                e is EvidenceNoted { Text.Length: > 0 } note && note.Text != PersonalDataMarker.Erased
                    ? note with { Text = PersonalDataMarker.Erased } : null, cancellationToken));
        }
        if (categories.HasFlag(PersonalDataCategory.Identity))
        {
            work.Changed("Candidate names blanked in call logs", await RedactAsync(calls, Joined, e =>
                e is ParticipantJoined { Party: CallParty.Candidate } joined && joined.DisplayName != PersonalDataMarker.Erased
                    ? joined with { DisplayName = PersonalDataMarker.Erased } : null, cancellationToken));
        }
    }

    /// <summary>Rewrites the payload of each event of <paramref name="type"/> that
    /// <paramref name="redact"/> changes; the entry keeps its place, time and kind.</summary>
    private async Task<int> RedactAsync(IQueryable<Guid> calls, string type, Func<CallEvent, CallEvent?> redact, CancellationToken cancellationToken)
    {
        var events = await db.MockCallEvents.Where(e => calls.Contains(e.MockCallId) && e.Type == type).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var row in events)
        {
            if (redact(CallEventJson.Deserialize(row.Payload)) is not { } redacted) continue;
            row.Payload = CallEventJson.Serialize(redacted);
            changed++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}
