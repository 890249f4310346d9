using System.Linq.Expressions;
using IucRecruit.Core.Calls;
using IucRecruit.Data.Candidates;

namespace IucRecruit.Data.Calls;

/// <summary>
/// One scheduled mock call: a candidate, a role-player, one or two assessors and a scenario, in a
/// slot of an assessment day. What happened in the call is its event log
/// (<see cref="MockCallEvent"/>); <see cref="Phase"/> is kept beside it, in the same transaction,
/// only so that lists of calls need not read logs.
/// </summary>
public sealed class MockCall
{
    public Guid Id { get; set; }
    public Guid AssessmentDayId { get; set; }
    public AssessmentDay? AssessmentDay { get; set; }
    public Guid CandidateId { get; set; }
    public Candidate? Candidate { get; set; }
    public Guid RolePlayerUserId { get; set; }
    public Guid AssessorUserId { get; set; }

    /// <summary>A second assessor who scores the same call blind, for moderation.</summary>
    public Guid? SecondAssessorUserId { get; set; }

    public required string ScenarioId { get; set; }

    /// <summary>The exact scenario content used (its hash), so a later edit never changes an old
    /// result (DESIGN.md §5).</summary>
    public required string ScenarioVersion { get; set; }

    public DateTime SlotStartUtc { get; set; }
    public DateTime SlotEndUtc { get; set; }
    public CallPhase Phase { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>Whether <paramref name="userId"/> is one of the call's assessors (first or second):
    /// the one home of this rule. <see cref="AssessedBy"/> is the same rule for a database query.</summary>
    public bool IsAssessor(Guid userId) => AssessorUserId == userId || SecondAssessorUserId == userId;

    /// <summary>The calls <paramref name="userId"/> is an assessor of, as a query can ask it
    /// (EF cannot translate <see cref="IsAssessor"/>).</summary>
    public static Expression<Func<MockCall, bool>> AssessedBy(Guid userId) =>
        c => c.AssessorUserId == userId || c.SecondAssessorUserId == userId;

    /// <summary>Booked on the call as its role-player or one of its assessors.</summary>
    public bool TookPart(Guid userId) => RolePlayerUserId == userId || IsAssessor(userId);

    /// <summary>The calls <paramref name="userId"/> took part in, as a query can ask it.</summary>
    public static Expression<Func<MockCall, bool>> WithPartFor(Guid userId) =>
        c => c.RolePlayerUserId == userId || c.AssessorUserId == userId || c.SecondAssessorUserId == userId;

    /// <summary>The calls <paramref name="userId"/> took no part in, as a query can ask it.</summary>
    public static Expression<Func<MockCall, bool>> WithoutPartFor(Guid userId) =>
        c => c.RolePlayerUserId != userId && c.AssessorUserId != userId && c.SecondAssessorUserId != userId;
}
