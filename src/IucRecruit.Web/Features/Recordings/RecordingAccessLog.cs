using IucRecruit.Core.Identity;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Privacy;
using IucRecruit.Web.Features.Privacy;
using IucRecruit.Web.Security;
using System.Security.Claims;

namespace IucRecruit.Web.Features.Recordings;

/// <summary>Who may hear a recording, and the record of everyone who did (in the access audit).
/// Recordings are personal data: a recruiting manager may review any call; an assessor only a call
/// they assessed.</summary>
public sealed partial class RecordingAccessLog(AccessAudit audit, ILogger<RecordingAccessLog> log)
{
    public static bool MayReview(ClaimsPrincipal user, MockCall call) =>
        user.IsInRole(Roles.RecruitingManager) ||
        (user.IsInRole(Roles.Assessor) && user.UserId() is { } id && (id == call.AssessorUserId || id == call.SecondAssessorUserId));

    public Task RecordAsync(MockCall call, ClaimsPrincipal user, AccessAction action, CancellationToken cancellationToken) =>
        audit.RecordAsync(user.ToActor(), action, call.CandidateId, call.Id, cancellationToken);

    public void Refused(ClaimsPrincipal user, Guid callId)
    {
        var userId = user.UserId();
        LogRefused(log, userId, callId);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused user {UserId} the recording of call {CallId}")]
    private static partial void LogRefused(ILogger logger, Guid? userId, Guid callId);
}
