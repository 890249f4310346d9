using IucRecruit.Data.Calls;
using IucRecruit.Data.Privacy;
using IucRecruit.Web.Features.Privacy;
using IucRecruit.Web.Security;
using System.Security.Claims;

namespace IucRecruit.Web.Features.Recordings;

/// <summary>The record of everyone who heard a recording (in the access audit) and of everyone
/// refused it; who may hear one is <see cref="Assessment.RecordingReviewAccess"/>'s decision.</summary>
public sealed partial class RecordingAccessAudit(AccessAudit audit, ILogger<RecordingAccessAudit> log)
{
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
