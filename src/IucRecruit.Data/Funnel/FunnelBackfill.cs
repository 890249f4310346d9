using IucRecruit.Core.Calls;
using IucRecruit.Core.Funnel;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Listening;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Funnel;

/// <summary>
/// Brings a database from before the product wrote its own observations to the stage log up to date
/// (docs/decisions/0060): every booking, acknowledgement, hand-in, answered call and recorded no-show already on record
/// is offered to <see cref="ObservedProgress"/>, oldest first per candidate, exactly as if it had
/// happened now but dated when it did. It is idempotent (what a log already shows records nothing), so
/// running it twice, or on a database that never needed it, changes nothing.
/// </summary>
public sealed class FunnelBackfill(RecruitmentDbContext db, ObservedProgress observed)
{
    public sealed record Report(int Seen, int Recorded, int Refused);

    /// <param name="ObservedBy">Who saw it, when a person did (a manager recording a no-show); else the product.</param>
    private sealed record Seen(Guid CandidateId, Observation Observation, DateTime AtUtc, string Reason, Guid? ObservedBy);

    public async Task<Report> RunAsync(CancellationToken cancellationToken = default)
    {
        var answered = CallEventJson.TypeName(new CallAnswered(default, 0));
        var missed = CallEventJson.TypeName(new NoShowRecorded(default, 0, default));
        var bookings = (await db.MockCalls.AsNoTracking()
                .Join(db.AssessmentDays, c => c.AssessmentDayId, d => d.Id, (c, d) => new { c.CandidateId, c.CreatedUtc, c.SlotStartUtc, d.Location })
                .ToListAsync(cancellationToken))
            .Select(b => new Seen(b.CandidateId, Observation.MockCallBooked, b.CreatedUtc, MockCallBooking.ReasonFor(b.SlotStartUtc, b.Location), null));
        var acknowledgements = (await db.ConditionsAcknowledgements.AsNoTracking().ToListAsync(cancellationToken))
            .Select(a => new Seen(a.CandidateId, Observation.ConditionsAcknowledged, a.AcknowledgedUtc, WorkingConditionsRecords.ReasonFor(a), null));
        var handIns = (await db.ListeningAttempts.AsNoTracking().Where(a => a.HandedInUtc != null).ToListAsync(cancellationToken))
            .Select(a => new Seen(a.CandidateId, Observation.ListeningHandedIn, a.HandedInUtc!.Value, ListeningAttemptService.ReasonFor(a), null));
        var calls = (await db.MockCallEvents.AsNoTracking().Where(e => e.Type == answered || e.Type == missed)
                .Join(db.MockCalls, e => e.MockCallId, c => c.Id, (e, c) => new { c.CandidateId, c.SlotStartUtc, e.Type, e.AtUtc, e.ActorUserId })
                .ToListAsync(cancellationToken))
            .Select(c => (Call: c, Observation: c.Type == missed ? Observation.MockCallMissed : Observation.MockCallAnswered))
            .Select(c => new Seen(c.Call.CandidateId, c.Observation, c.Call.AtUtc, CallEventStore.ReasonFor(c.Observation, c.Call.SlotStartUtc),
                c.Observation == Observation.MockCallMissed ? c.Call.ActorUserId : null));

        var seen = bookings.Concat(acknowledgements).Concat(handIns).Concat(calls)
            .OrderBy(s => s.CandidateId).ThenBy(s => s.AtUtc).ThenBy(s => ObservedSteps.StageOf(s.Observation)).ToList();
        int recorded = 0, refused = 0;
        foreach (var s in seen)
        {
            var result = await observed.RecordAsync(s.CandidateId, s.Observation, s.AtUtc, s.Reason, cancellationToken, s.ObservedBy);
            if (result is { Succeeded: true }) recorded++;
            else if (result is not null) refused++;
        }
        return new Report(seen.Count, recorded, refused);
    }
}
