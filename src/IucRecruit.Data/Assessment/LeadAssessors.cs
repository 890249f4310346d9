using IucRecruit.Core.Identity;
using IucRecruit.Data.Calls;

namespace IucRecruit.Data.Assessment;

/// <summary>
/// Who may lead the moderation of a call, settling its two assessors' disagreement
/// (docs/decisions/0022): a recruiting manager or an assessor who took no part in the call. The one
/// home of the rule: the pages ask it before offering moderation, and
/// <see cref="CallAssessments.ModerateAsync"/> before accepting one.
/// </summary>
public static class LeadAssessors
{
    /// <summary>The roles a lead may hold.</summary>
    public static readonly IReadOnlyList<string> Roles = [Core.Identity.Roles.RecruitingManager, Core.Identity.Roles.Assessor];

    /// <summary>Why <paramref name="userId"/> may not lead this call's moderation; null if they may.</summary>
    public static string? Refusal(MockCall call, Guid userId, bool holdsALeadRole) =>
        call.TookPart(userId) ? "Someone who took part in the call cannot moderate it."
        : !holdsALeadRole ? "Only a recruiting manager or an assessor may moderate a call."
        : null;
}
