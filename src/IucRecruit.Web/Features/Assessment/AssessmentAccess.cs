using System.Security.Claims;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Identity;
using IucRecruit.Data.Assessment;
using IucRecruit.Data.Calls;
using IucRecruit.Web.Security;

namespace IucRecruit.Web.Features.Assessment;

/// <summary>
/// Who may do what with a call's assessment (docs/decisions/0022). Blind scoring: an assessor sees
/// only their own ratings and evidence until every assessor booked on the call has submitted. A
/// lead assessor, who settles disagreements, is a recruiting manager or an assessor who took no
/// part in the call.
/// </summary>
public static class AssessmentAccess
{
    public static bool MayModerate(ClaimsPrincipal user, MockCall call) =>
        user.UserId() is { } id && LeadAssessors.Refusal(call, id, HoldsALeadRole(user)) is null;

    public static bool HoldsALeadRole(ClaimsPrincipal user) => LeadAssessors.Roles.Any(user.IsInRole);

    /// <summary>Whether <paramref name="user"/> may read this piece of evidence: always their own;
    /// another assessor's only once every assessor has submitted, and only if they are a manager,
    /// an assessor of the call or a possible lead. Calibration assessors never see it.</summary>
    public static bool SeesEvidence(ClaimsPrincipal user, AssessmentCase assessment, EvidenceNoted evidence)
    {
        var id = user.UserId();
        if (id == evidence.AssessorUserId) return true;
        return assessment.AllSubmitted && id is { } viewer &&
               (user.IsInRole(Roles.RecruitingManager) || assessment.IsAssessor(viewer) || MayModerate(user, assessment.Call));
    }

    /// <summary>Whether another assessor's ratings may be shown to <paramref name="user"/>: the
    /// same rule as their evidence.</summary>
    public static bool SeesAllRatings(ClaimsPrincipal user, AssessmentCase assessment) =>
        assessment.AllSubmitted && user.UserId() is { } id &&
        (user.IsInRole(Roles.RecruitingManager) || assessment.IsAssessor(id) || MayModerate(user, assessment.Call));
}
