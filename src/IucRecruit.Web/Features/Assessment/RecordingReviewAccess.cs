using System.Security.Claims;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Features.Assessment;

/// <summary>
/// Who besides the call's own assessors and the managers may hear a recording, for the assessment:
/// a lead assessor while the call awaits them (or after they moderated it), and an assessor asked
/// to score it in a calibration set. Recordings are personal data, so nobody else.
/// </summary>
public sealed class RecordingReviewAccess(RecruitmentDbContext db)
{
    public async Task<bool> MayReviewAsync(ClaimsPrincipal user, MockCall call, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Assessor) || user.UserId() is not { } id) return false;
        var calibrating = await db.CalibrationItems.AnyAsync(i => i.MockCallId == call.Id &&
            db.CalibrationAssignments.Any(a => a.CalibrationSetId == i.CalibrationSetId && a.AssessorUserId == id), cancellationToken);
        if (calibrating) return true;
        if (!AssessmentAccess.MayModerate(user, call) || call.SecondAssessorUserId is null) return false;
        var moderation = await db.MockCallModerations.AsNoTracking().SingleOrDefaultAsync(m => m.MockCallId == call.Id, cancellationToken);
        return moderation?.ModeratorUserId == id ||
               (moderation is null && await db.MockCallScorecards.CountAsync(s => s.MockCallId == call.Id, cancellationToken) == 2 &&
                !await db.MockCallResults.AnyAsync(r => r.MockCallId == call.Id, cancellationToken));
    }
}
