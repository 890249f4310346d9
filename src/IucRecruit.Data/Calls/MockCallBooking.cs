using IucRecruit.Core.Calls;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Messages;
using IucRecruit.Core.Scenarios;
using IucRecruit.Core.Time;
using IucRecruit.Data.Candidates;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Invitations;
using IucRecruit.Data.Messages;
using IucRecruit.Data.Scenarios;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Calls;

/// <summary>
/// Books a mock call into an assessment day: checks the people and the time, picks the scenario by
/// the rotation rule unless one is chosen, keeps a copy of that scenario version, records the
/// candidate's exposure to it with the booking, and issues the candidate's invitation for the slot;
/// and, in the same transaction, records in the funnel that the candidate is invited to the
/// assessment day (docs/decisions/0060).
/// </summary>
public sealed class MockCallBooking(
    RecruitmentDbContext db,
    ScenarioLibrary library,
    ScenarioRotationService rotation,
    ScenarioVersionArchive archive,
    CandidateInvitationService invitations,
    ObservedProgress observed,
    Outbox outbox,
    TimeProvider clock)
{
    /// <summary>The candidate's link lets them in until an hour after their slot ends.</summary>
    public static readonly TimeSpan InvitationGrace = TimeSpan.FromHours(1);

    /// <param name="Start">The slot's start on UK clocks.</param>
    public sealed record Request(
        Guid AssessmentDayId,
        Guid CandidateId,
        TimeOnly Start,
        TimeSpan Length,
        Guid RolePlayerId,
        Guid AssessorId,
        Guid? SecondAssessorId,
        Difficulty Difficulty,
        string? ScenarioId);

    public sealed record Booked(MockCall Call, Scenario Scenario, string InvitationToken, DateTime InvitationExpiresUtc);

    /// <summary>The booking, or every reason it cannot be made (field name, message).</summary>
    public sealed record Outcome(Booked? Booked, IReadOnlyList<(string Field, string Message)> Problems);

    public async Task<Outcome> BookAsync(Request request, Guid? bookedBy, CancellationToken cancellationToken = default)
    {
        var problems = new List<(string, string)>();
        var day = await db.AssessmentDays.Include(d => d.Campaign).SingleOrDefaultAsync(d => d.Id == request.AssessmentDayId, cancellationToken);
        if (day is null) return new Outcome(null, [("", "The assessment day does not exist.")]);

        var start = UkTime.ToUtc(day.Date, request.Start);
        var end = start + request.Length;
        if (request.Length < TimeSpan.FromMinutes(10) || request.Length > TimeSpan.FromHours(2))
            problems.Add((nameof(Request.Length), "A slot lasts between 10 minutes and 2 hours."));
        if (end <= clock.GetUtcNow().UtcDateTime)
            problems.Add((nameof(Request.Start), "The slot is in the past."));

        var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == request.CandidateId && c.CampaignId == day.CampaignId, cancellationToken);
        if (candidate is null) problems.Add((nameof(Request.CandidateId), "Choose a candidate of this campaign."));
        else if (candidate.IsErased) problems.Add((nameof(Request.CandidateId), Candidate.ErasedRefusal));

        await RequireRoleAsync(request.RolePlayerId, Roles.RolePlayer, nameof(Request.RolePlayerId), "role-player", problems, cancellationToken);
        await RequireRoleAsync(request.AssessorId, Roles.Assessor, nameof(Request.AssessorId), "assessor", problems, cancellationToken);
        if (request.SecondAssessorId is { } second)
        {
            await RequireRoleAsync(second, Roles.Assessor, nameof(Request.SecondAssessorId), "second assessor", problems, cancellationToken);
            if (second == request.AssessorId) problems.Add((nameof(Request.SecondAssessorId), "The second assessor must be someone else."));
        }
        if (request.RolePlayerId == request.AssessorId || request.RolePlayerId == request.SecondAssessorId)
            problems.Add((nameof(Request.RolePlayerId), "The role-player cannot also assess the call."));

        problems.AddRange((await ClashesAsync(request, candidate?.FullName ?? "The candidate", start, end, cancellationToken))
            .Select(c => (nameof(Request.Start), c)));

        var scenario = await ChooseScenarioAsync(request, problems, cancellationToken);
        if (problems.Count > 0 || candidate is null || scenario is null) return new Outcome(null, problems);

        archive.Keep(scenario);
        var call = new MockCall
        {
            Id = Guid.CreateVersion7(),
            AssessmentDayId = day.Id,
            CandidateId = candidate.Id,
            RolePlayerUserId = request.RolePlayerId,
            AssessorUserId = request.AssessorId,
            SecondAssessorUserId = request.SecondAssessorId,
            ScenarioId = scenario.Id,
            ScenarioVersion = scenario.Version,
            SlotStartUtc = start,
            SlotEndUtc = end,
            Phase = CallPhase.Waiting,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await FunnelTransaction.BeginAsync(db, cancellationToken);
        db.MockCalls.Add(call);
        rotation.AddExposure(candidate.Id, scenario, ExposurePurpose.MockCall);
        var invitation = invitations.Add(candidate.Id, end + InvitationGrace - call.CreatedUtc, bookedBy);
        AddMessages(candidate, call, day, invitation.Id, bookedBy);
        await db.SaveChangesAsync(cancellationToken);

        await observed.RecordAsync(candidate.Id, Observation.MockCallBooked, call.CreatedUtc, ReasonFor(start, day.Location), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // After the commit: signing the link may create the first Data Protection key, which is stored
        // through another connection, and SQLite would keep it waiting on this transaction's lock.
        return new Outcome(new Booked(call, scenario, invitations.TokenFor(invitation.Id), invitation.ExpiresUtc), []);
    }

    /// <summary>The confirmation (with the calendar file) and the reminder the day before, by email
    /// and, where the candidate can be texted, by text (docs/decisions/0072), in the booking's own
    /// unit of work (docs/decisions/0062): all carry the slot's link.</summary>
    private void AddMessages(Candidate candidate, MockCall call, AssessmentDay day, Guid invitationId, Guid? bookedBy)
    {
        var values = new Dictionary<string, string>
        {
            ["date"] = UkTime.LongDate(call.SlotStartUtc),
            ["time"] = $"{UkTime.Clock(call.SlotStartUtc)} {UkTime.ZoneName(call.SlotStartUtc)}",
            ["location"] = day.Location,
        };
        var campaign = day.Campaign!.Name;
        outbox.ToCandidate(MessageKind.BookingConfirmation, candidate, campaign, bookedBy, values, invitationId, call.Id);
        if (OutboxRules.ReminderDueUtc(call.SlotStartUtc, call.CreatedUtc) is not { } due) return;
        outbox.ToCandidate(MessageKind.CallReminder, candidate, campaign, bookedBy, values, invitationId, call.Id, due);
        if (outbox.CanText(candidate))
            outbox.ToCandidate(MessageKind.CallReminderText, candidate, campaign, bookedBy, values, invitationId, call.Id, due);
    }

    /// <summary>The booking in the stage log's words.</summary>
    public static string ReasonFor(DateTime slotStartUtc, string location) => $"Mock call booked for {UkTime.DateAndClock(slotStartUtc)} ({location})";

    private async Task<Scenario?> ChooseScenarioAsync(Request request, List<(string, string)> problems, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.ScenarioId))
        {
            var picked = await rotation.PickScenarioAsync(request.CandidateId, request.Difficulty, cancellationToken);
            if (picked is null)
                problems.Add((nameof(Request.Difficulty), $"No active {request.Difficulty.DisplayName().ToLowerInvariant()} scenario is left that this candidate has not had."));
            return picked;
        }
        if (library.Find(request.ScenarioId) is not Scenario chosen)
        {
            problems.Add((nameof(Request.ScenarioId), "That scenario is not in the library."));
            return null;
        }
        if (await db.ScenarioStates.AnyAsync(s => s.ScenarioId == chosen.Id && s.Retired, cancellationToken))
            problems.Add((nameof(Request.ScenarioId), "That scenario is retired."));
        if ((await LibraryUses.ListAsync(db, chosen.Id, request.CandidateId, cancellationToken)).Count > 0)
            problems.Add((nameof(Request.ScenarioId), "This candidate has already had that scenario."));
        return chosen;
    }

    /// <summary>Who in this call is already booked in an overlapping slot, in what part and when:
    /// "Jo Bloggs (role-player) is already booked 10:00–10:45 on Tue 3 Dec." A call that has ended,
    /// or that the candidate missed, holds no one for the rest of its slot.</summary>
    private async Task<IReadOnlyList<string>> ClashesAsync(Request request, string candidateName, DateTime start, DateTime end,
        CancellationToken cancellationToken)
    {
        var people = new[] { request.RolePlayerId, request.AssessorId, request.SecondAssessorId ?? Guid.Empty };
        var overlapping = await db.MockCalls.AsNoTracking().Where(c => c.SlotStartUtc < end && start < c.SlotEndUtc &&
                c.Phase != CallPhase.Ended && c.Phase != CallPhase.Missed &&
                (c.CandidateId == request.CandidateId || people.Contains(c.RolePlayerUserId) || people.Contains(c.AssessorUserId) ||
                 (c.SecondAssessorUserId != null && people.Contains(c.SecondAssessorUserId.Value))))
            .OrderBy(c => c.SlotStartUtc)
            .Select(c => new { c.SlotStartUtc, c.SlotEndUtc, c.CandidateId, c.RolePlayerUserId, c.AssessorUserId, c.SecondAssessorUserId })
            .ToListAsync(cancellationToken);
        if (overlapping.Count == 0) return [];

        var staffIds = overlapping.SelectMany(c => new[] { c.RolePlayerUserId, c.AssessorUserId, c.SecondAssessorUserId ?? Guid.Empty }).ToList();
        var staff = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return overlapping
            .SelectMany(c => new (Guid? Id, string Name, string Part)[]
                {
                    (c.CandidateId == request.CandidateId ? c.CandidateId : null, candidateName, "candidate"),
                    (people.Contains(c.RolePlayerUserId) ? c.RolePlayerUserId : null, staff.GetValueOrDefault(c.RolePlayerUserId, "Someone"), "role-player"),
                    (people.Contains(c.AssessorUserId) ? c.AssessorUserId : null, staff.GetValueOrDefault(c.AssessorUserId, "Someone"), "assessor"),
                    (c.SecondAssessorUserId is { } second && people.Contains(second) ? second : null, staff.GetValueOrDefault(c.SecondAssessorUserId ?? Guid.Empty, "Someone"), "second assessor"),
                }
                .Where(p => p.Id is not null)
                .Select(p => $"{p.Name} ({p.Part}) is already booked {UkTime.Slot(c.SlotStartUtc, c.SlotEndUtc)} on {UkTime.ShortDay(c.SlotStartUtc)}."))
            .Distinct()
            .ToList();
    }

    private async Task RequireRoleAsync(Guid userId, string role, string field, string what, List<(string, string)> problems, CancellationToken cancellationToken)
    {
        var holds = await db.UserRoles.AnyAsync(ur => ur.UserId == userId &&
            db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role), cancellationToken);
        if (!holds) problems.Add((field, $"Choose a {what} who holds that role."));
    }
}
