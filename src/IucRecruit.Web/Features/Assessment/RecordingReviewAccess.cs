using System.Security.Claims;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Features.Assessment;

/// <summary>Why someone other than the call's own assessors and the managers may hear a recording.</summary>
public enum RecordingReviewer
{
    None,
    /// <summary>The lead assessor settling the call's two scorecards.</summary>
    Lead,
    /// <summary>An assessor asked to score the recording in a calibration set: blind
    /// (docs/decisions/0023), so never shown the candidate's name nor the original assessors' marks.</summary>
    Calibration,
}

/// <summary>
/// Who besides the call's own assessors and the managers may hear a recording, for the assessment:
/// a lead assessor while the call awaits them (or after they moderated it), and an assessor asked
/// to score it in a calibration set. Recordings are personal data, so nobody else.
/// </summary>
public sealed class RecordingReviewAccess(RecruitmentDbContext db)
{
    /// <summary>Calibration comes first: an assessor asked to score the recording blind stays blind
    /// even if they could also lead the call's moderation.</summary>
    public async Task<RecordingReviewer> ReviewerAsync(ClaimsPrincipal user, MockCall call, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Assessor) || user.UserId() is not { } id) return RecordingReviewer.None;
        if (await IsCalibratingAsync(user, call.Id, cancellationToken)) return RecordingReviewer.Calibration;
        return await IsLeadAsync(user, id, call, cancellationToken) ? RecordingReviewer.Lead : RecordingReviewer.None;
    }

    /// <summary>Whether this assessor is asked to score the call's recording in a calibration set,
    /// and so must stay blind to its assessment everywhere: the recording page, and the moderation
    /// page they could otherwise open as a possible lead (docs/decisions/0023).</summary>
    public Task<bool> IsCalibratingAsync(ClaimsPrincipal user, Guid callId, CancellationToken cancellationToken) =>
        user.IsInRole(Roles.Assessor) && user.UserId() is { } id
            ? db.CalibrationItems.AnyAsync(i => i.MockCallId == callId &&
                db.CalibrationAssignments.Any(a => a.CalibrationSetId == i.CalibrationSetId && a.AssessorUserId == id), cancellationToken)
            : Task.FromResult(false);

    private async Task<bool> IsLeadAsync(ClaimsPrincipal user, Guid id, MockCall call, CancellationToken cancellationToken)
    {
        if (!AssessmentAccess.MayModerate(user, call) || call.SecondAssessorUserId is null) return false;
        var moderation = await db.MockCallModerations.AsNoTracking().SingleOrDefaultAsync(m => m.MockCallId == call.Id, cancellationToken);
        return moderation?.ModeratorUserId == id ||
               (moderation is null && await db.MockCallScorecards.CountAsync(s => s.MockCallId == call.Id, cancellationToken) == 2 &&
                !await db.MockCallResults.AnyAsync(r => r.MockCallId == call.Id, cancellationToken));
    }
}
