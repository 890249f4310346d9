using System.Security.Claims;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Features.Assessment;

/// <summary>Why someone may hear a call's recording; <see cref="None"/>: they may not.</summary>
public enum RecordingReviewer
{
    None,
    /// <summary>A recruiting manager: any call.</summary>
    Manager,
    /// <summary>One of the call's own assessors.</summary>
    CallAssessor,
    /// <summary>The lead assessor settling the call's two scorecards.</summary>
    Lead,
    /// <summary>An assessor asked to score the recording in a calibration set: blind
    /// (docs/decisions/0023), so never shown the candidate's name nor the original assessors' marks.</summary>
    Calibration,
}

/// <summary>
/// Who may hear a recording, the one home of the rule: a recruiting manager any call; an assessor a
/// call they assessed, a call whose moderation they may lead while it awaits them (or which they
/// moderated), and a call they are asked to score in a calibration set. Recordings are personal
/// data, so nobody else.
/// </summary>
public sealed class RecordingReviewAccess(RecruitmentDbContext db)
{
    /// <summary>The call's own assessors hear it as themselves; among the others, calibration comes
    /// first: an assessor asked to score the recording blind stays blind even if they could also
    /// lead the call's moderation.</summary>
    public async Task<RecordingReviewer> ReviewerAsync(ClaimsPrincipal user, MockCall call, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.RecruitingManager)) return RecordingReviewer.Manager;
        if (!user.IsInRole(Roles.Assessor) || user.UserId() is not { } id) return RecordingReviewer.None;
        if (call.IsAssessor(id)) return RecordingReviewer.CallAssessor;
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
