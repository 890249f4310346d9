using IucRecruit.Core.Calls;
using IucRecruit.Data.Calls;

namespace IucRecruit.Web.Features.Calls;

/// <summary>Who may join a call and what each participant is shown.</summary>
public static class CallAccess
{
    /// <summary>A candidate joins only their own call, only around its slot; a role-player or
    /// assessor only a call they are assigned to.</summary>
    public static (CallParty? Party, string? Refusal) Resolve(MockCall call, CallUser user, DateTime nowUtc, CallOptions options)
    {
        if (user.CandidateId is { } candidateId)
        {
            if (candidateId != call.CandidateId) return (null, "This is not your call.");
            if (nowUtc < call.SlotStartUtc - options.CandidateEarliestBeforeSlot)
                return (null, $"Your call opens {options.CandidateEarliestBeforeSlot.TotalMinutes:0} minutes before your slot.");
            if (nowUtc > call.SlotEndUtc + options.CandidateLatestAfterSlot)
                return (null, "Your call's time has passed. Contact the recruitment team.");
            return (CallParty.Candidate, null);
        }
        if (user.UserId == call.RolePlayerUserId) return (CallParty.RolePlayer, null);
        if (call.IsAssessor(user.UserId)) return (CallParty.Assessor, null);
        return (null, "You are not assigned to this call.");
    }

    /// <summary>The candidate's call record is seen by the candidate and the assessors, not the
    /// role-player (who plays a caller and would not see the advisor's screen). An assessor's
    /// evidence is seen only by that assessor: assessors score blind, and the candidate and the
    /// role-player never see an assessor's notes.</summary>
    public static bool Sees(CallParty party, Guid userId, CallEvent callEvent) => callEvent switch
    {
        RecordFieldChanged => party != CallParty.RolePlayer,
        EvidenceNoted evidence => party == CallParty.Assessor && evidence.AssessorUserId == userId,
        _ => true,
    };
}
