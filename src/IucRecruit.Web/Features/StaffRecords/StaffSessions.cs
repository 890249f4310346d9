using System.Linq.Expressions;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Scenarios;
using IucRecruit.Core.Time;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Features.StaffRecords;

/// <summary>The part a member of staff took in a call.</summary>
public enum SessionRole
{
    RolePlayer,
    Assessor,
    /// <summary>The second assessor, who scores the same call blind for moderation.</summary>
    SecondAssessor,
}

public static class SessionRoles
{
    public static string DisplayName(this SessionRole role) => role switch
    {
        SessionRole.RolePlayer => "Role-player",
        SessionRole.Assessor => "Assessor",
        SessionRole.SecondAssessor => "Second assessor",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}

/// <summary>One call simulation a member of staff took part in: when it was answered, its scenario,
/// its length in whole minutes (rounded to the nearest, half up) and their part in it.</summary>
public sealed record StaffSession(Guid CallId, DateTime AnsweredUtc, string Scenario, int Minutes, SessionRole Role);

/// <summary>One person's sessions over a period, in all and by part (assessor and second assessor together).</summary>
public sealed record StaffTotals(Guid UserId, string Name, int Sessions, int Minutes, int RolePlaySessions, int RolePlayMinutes,
    int AssessingSessions, int AssessingMinutes);

/// <summary>
/// Role-players' and assessors' record of the call simulations they took part in (issue 11 item 7:
/// the guide asks that it be offered to them as development). Read from the calls themselves: a
/// session is a call its people were booked on that was answered and ended, its length is the
/// call's own clock at the end (<see cref="CallEnded.CallMs"/>), so nothing is counted twice or
/// kept beside the call log.
/// </summary>
public sealed class StaffSessions(RecruitmentDbContext db, ScenarioLibrary library)
{
    private static readonly string Ended = CallEventJson.TypeName(new CallEnded(default, 0, default));

    private sealed record EndedCall(Guid CallId, string ScenarioId, Guid RolePlayer, Guid Assessor, Guid? SecondAssessor, DateTime EndedUtc, long CallMs)
    {
        public DateTime AnsweredUtc => EndedUtc.AddMilliseconds(-CallMs);

        public IEnumerable<(Guid UserId, SessionRole Role)> People()
        {
            yield return (RolePlayer, SessionRole.RolePlayer);
            yield return (Assessor, SessionRole.Assessor);
            if (SecondAssessor is { } second) yield return (second, SessionRole.SecondAssessor);
        }
    }

    /// <summary>Every session of one person, latest first.</summary>
    public async Task<IReadOnlyList<StaffSession>> ForAsync(Guid userId, CancellationToken cancellationToken)
    {
        var calls = await EndedCallsAsync(MockCall.WithPartFor(userId), null, cancellationToken);
        return calls.SelectMany(c => c.People().Where(p => p.UserId == userId).Select(p => SessionOf(c, p.Role)))
            .OrderByDescending(s => s.AnsweredUtc).ToList();
    }

    /// <summary>Each person's totals for the calls answered on UK dates <paramref name="from"/> to
    /// <paramref name="to"/>, both included; <paramref name="names"/> names them. By name.</summary>
    public async Task<IReadOnlyList<StaffTotals>> TotalsAsync(DateOnly from, DateOnly to,
        Func<IEnumerable<Guid>, Task<IReadOnlyDictionary<Guid, string>>> names, CancellationToken cancellationToken)
    {
        var period = (From: UkTime.ToUtc(from, TimeOnly.MinValue), To: UkTime.ToUtc(to.AddDays(1), TimeOnly.MinValue));
        var calls = await EndedCallsAsync(_ => true, period, cancellationToken);
        var sessions = calls.SelectMany(c => c.People().Select(p => (p.UserId, Session: SessionOf(c, p.Role)))).ToList();
        var named = await names(sessions.Select(s => s.UserId).Distinct());
        return sessions.GroupBy(s => s.UserId, s => s.Session)
            .Select(person =>
            {
                var rolePlay = person.Where(s => s.Role == SessionRole.RolePlayer).ToList();
                var assessing = person.Where(s => s.Role != SessionRole.RolePlayer).ToList();
                return new StaffTotals(person.Key, named.GetValueOrDefault(person.Key, "Unknown member of staff"),
                    person.Count(), person.Sum(s => s.Minutes), rolePlay.Count, rolePlay.Sum(s => s.Minutes),
                    assessing.Count, assessing.Sum(s => s.Minutes));
            })
            .OrderBy(t => t.Name, StringComparer.CurrentCulture).ToList();
    }

    private StaffSession SessionOf(EndedCall call, SessionRole role) => new(call.CallId, call.AnsweredUtc,
        library.Find(call.ScenarioId)?.Title ?? call.ScenarioId, (int)Math.Round(call.CallMs / 60_000.0, MidpointRounding.AwayFromZero), role);

    /// <param name="answeredIn">Only calls answered in this UTC range (start included, end not).</param>
    private async Task<List<EndedCall>> EndedCallsAsync(Expression<Func<MockCall, bool>> whose,
        (DateTime From, DateTime To)? answeredIn, CancellationToken cancellationToken)
    {
        var ended = db.MockCallEvents.AsNoTracking().Where(e => e.Type == Ended);
        // A call ends at most two hours (its longest slot) after it is answered: narrowed in the
        // database by the end, then exactly by the answer below.
        if (answeredIn is { } range) ended = ended.Where(e => e.AtUtc >= range.From && e.AtUtc < range.To.AddHours(2));
        var calls = await db.MockCalls.AsNoTracking().Where(whose)
            .Join(ended, c => c.Id, e => e.MockCallId, (c, e) => new EndedCall(c.Id, c.ScenarioId, c.RolePlayerUserId, c.AssessorUserId,
                c.SecondAssessorUserId, e.AtUtc, e.CallMs))
            .ToListAsync(cancellationToken);
        return answeredIn is { } exact ? calls.Where(c => c.AnsweredUtc >= exact.From && c.AnsweredUtc < exact.To).ToList() : calls;
    }
}
