using IucRecruit.Core.Calls;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Features.Calls;

/// <summary>The calls a member of staff is booked on: today's and the coming fortnight's, and the
/// last week's that have ended (for assessors to score and role-players to look back on).</summary>
public sealed class AssignedCalls(RecruitmentDbContext db, ScenarioLibrary library, TimeProvider clock)
{
    public sealed record Row(Guid Id, DateTime SlotStartUtc, string Candidate, string Scenario, CallPhase Phase);

    /// <summary>What the list shows: the rows, the page that opens a call, and whether ended calls
    /// link to their recording and to the assessor's ratings.</summary>
    public sealed record View(IReadOnlyList<Row> Calls, string OpenPath, bool ShowRecordings, bool ShowRatings = false);

    public Task<IReadOnlyList<Row>> ForRolePlayerAsync(Guid userId, CancellationToken cancellationToken) =>
        ListAsync(c => c.RolePlayerUserId == userId, cancellationToken);

    public Task<IReadOnlyList<Row>> ForAssessorAsync(Guid userId, CancellationToken cancellationToken) =>
        ListAsync(MockCall.AssessedBy(userId), cancellationToken);

    private async Task<IReadOnlyList<Row>> ListAsync(
        System.Linq.Expressions.Expression<Func<Data.Calls.MockCall, bool>> assigned, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var from = now.Date.AddDays(-7);
        var to = now.Date.AddDays(15);
        var calls = await db.MockCalls.AsNoTracking().Where(assigned)
            .Where(c => c.SlotStartUtc >= from && c.SlotStartUtc < to)
            .OrderBy(c => c.SlotStartUtc)
            .Select(c => new { c.Id, c.SlotStartUtc, c.Candidate!.GivenName, c.Candidate.FamilyName, c.ScenarioId, c.Phase })
            .ToListAsync(cancellationToken);
        return calls
            .Where(c => c.SlotStartUtc >= now.Date || c.Phase == CallPhase.Ended)
            .Select(c => new Row(c.Id, c.SlotStartUtc, $"{c.GivenName} {c.FamilyName}", library.Find(c.ScenarioId)?.Title ?? c.ScenarioId, c.Phase))
            .ToList();
    }
}
