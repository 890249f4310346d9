using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.MockCalls;
using IucRecruit.Web.Security;
using System.Security.Claims;

namespace IucRecruit.Web.Features.Recordings;

/// <summary>Who may hear a recording, and the record of everyone who did. Recordings are personal
/// data: a recruiting manager may review any call; an assessor only a call they assessed.</summary>
public sealed partial class RecordingAccessLog(RecruitmentDbContext db, TimeProvider clock, ILogger<RecordingAccessLog> log)
{
    public static bool MayReview(ClaimsPrincipal user, MockCall call) =>
        user.IsInRole(Roles.RecruitingManager) ||
        (user.IsInRole(Roles.Assessor) && user.UserId() is { } id && (id == call.AssessorUserId || id == call.SecondAssessorUserId));

    public async Task RecordAsync(CallRecording recording, Guid userId, string action, CancellationToken cancellationToken)
    {
        db.RecordingAccesses.Add(new RecordingAccess
        {
            Id = Guid.CreateVersion7(),
            CallRecordingId = recording.Id,
            UserId = userId,
            Action = action,
            AtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public void Refused(ClaimsPrincipal user, Guid callId)
    {
        var userId = user.UserId();
        LogRefused(log, userId, callId);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused user {UserId} the recording of call {CallId}")]
    private static partial void LogRefused(ILogger logger, Guid? userId, Guid callId);
}
