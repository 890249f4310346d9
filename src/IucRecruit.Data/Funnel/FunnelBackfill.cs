using IucRecruit.Core.Calls;
using IucRecruit.Core.Funnel;
using IucRecruit.Data.Assessment;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Listening;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Funnel;

/// <summary>
/// Brings a database from before the product wrote its own observations to the stage log up to date
/// (docs/decisions/0060): every booking, acknowledgement, hand-in and answered call already on record
/// is offered to <see cref="ObservedProgress"/>, oldest first per candidate, exactly as if it had
/// happened now but dated when it did. It is idempotent (what a log already shows records nothing), so
/// running it twice, or on a database that never needed it, changes nothing.
/// </summary>
public sealed class FunnelBackfill(RecruitmentDbContext db, ObservedProgress observed)
{
    public sealed record Report(int Seen, int Recorded, int Refused);

    private sealed record Seen(Guid CandidateId, Observation Observation, DateTime AtUtc, string Reason);

    public async Task<Report> RunAsync(CancellationToken cancellationToken = default)
    {
        var answered = CallEventJson.TypeName(new CallAnswered(default, 0));
        var bookings = (await db.MockCalls.AsNoTracking()
                .Join(db.AssessmentDays, c => c.AssessmentDayId, d => d.Id, (c, d) => new { c.CandidateId, c.CreatedUtc, c.SlotStartUtc, d.Location })
                .ToListAsync(cancellationToken))
            .Select(b => new Seen(b.CandidateId, Observation.MockCallBooked, b.CreatedUtc, MockCallBooking.ReasonFor(b.SlotStartUtc, b.Location)));
        var acknowledgements = (await db.ConditionsAcknowledgements.AsNoTracking().ToListAsync(cancellationToken))
            .Select(a => new Seen(a.CandidateId, Observation.ConditionsAcknowledged, a.AcknowledgedUtc, WorkingConditionsRecords.ReasonFor(a)));
        var handIns = (await db.ListeningAttempts.AsNoTracking().Where(a => a.HandedInUtc != null).ToListAsync(cancellationToken))
            .Select(a => new Seen(a.CandidateId, Observation.ListeningHandedIn, a.HandedInUtc!.Value, ListeningAttemptService.ReasonFor(a)));
        var calls = (await db.MockCallEvents.AsNoTracking().Where(e => e.Type == answered)
                .Join(db.MockCalls, e => e.MockCallId, c => c.Id, (e, c) => new { c.CandidateId, e.AtUtc })
                .ToListAsync(cancellationToken))
            .Select(c => new Seen(c.CandidateId, Observation.MockCallAnswered, c.AtUtc, CallAssessments.AnsweredReason));

        var seen = bookings.Concat(acknowledgements).Concat(handIns).Concat(calls)
            .OrderBy(s => s.CandidateId).ThenBy(s => s.AtUtc).ThenBy(s => ObservedSteps.StageOf(s.Observation)).ToList();
        int recorded = 0, refused = 0;
        foreach (var s in seen)
        {
            var result = await observed.RecordAsync(s.CandidateId, s.Observation, s.AtUtc, s.Reason, cancellationToken);
            if (result is { Succeeded: true }) recorded++;
            else if (result is not null) refused++;
        }
        return new Report(seen.Count, recorded, refused);
    }
}
