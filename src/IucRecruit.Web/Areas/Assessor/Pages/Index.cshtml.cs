using IucRecruit.Web.Features.Assessment;
using IucRecruit.Web.Features.Calls;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Areas.Assessor.Pages;

/// <summary>The assessor's home: what waits for them (calls to rate, disagreements to settle as a
/// lead, calibration recordings to score), then the calls booked with them.</summary>
public sealed class IndexModel(AssignedCalls assigned, AssessorWork work) : PageModel
{
    public AssignedCalls.View Calls { get; private set; } = null!;
    public IReadOnlyList<AssessorWork.WaitingCall> ToRate { get; private set; } = [];
    public IReadOnlyList<AssessorWork.WaitingCall> ToModerate { get; private set; } = [];
    public IReadOnlyList<AssessorWork.RecordingToScore> ToCalibrate { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = User.UserId()!.Value;
        var cancellationToken = HttpContext.RequestAborted;
        Calls = new(await assigned.ForAssessorAsync(userId, cancellationToken), "/assessor/calls", ShowRecordings: true, ShowRatings: true);
        ToRate = await work.CallsToRateAsync(userId, cancellationToken);
        ToModerate = await work.CallsToModerateAsync(userId, cancellationToken);
        ToCalibrate = await work.RecordingsToScoreAsync(userId, cancellationToken);
    }
}
