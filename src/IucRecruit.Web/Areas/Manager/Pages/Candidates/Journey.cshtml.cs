using IucRecruit.Core.Funnel;
using IucRecruit.Data.Funnel;
using IucRecruit.Web.Features.Candidates;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace IucRecruit.Web.Areas.Manager.Pages.Candidates;

/// <summary>Moving a candidate on, or ending their journey, through <see cref="StageLog"/>.</summary>
public sealed class JourneyModel(CandidateFiles files, StageLog stageLog, TimeProvider clock) : CandidatePage(files, clock)
{
    public IActionResult OnGet() => BackToTheRecord();

    public Task<IActionResult> OnPostMoveAsync(FunnelStage stage, bool skipBetween, string? reason, DateOnly? date) =>
        ChangeAsync(() => stageLog.RecordAsync(Id, StageTransition.Enter(stage, reason, When(date), skipBetween ? Record.StagesBefore(stage) : []),
            User.UserId(), HttpContext.RequestAborted), $"Moved to {stage.DisplayName()}.");

    public Task<IActionResult> OnPostEndAsync(FunnelOutcome outcome, string? reason, DateOnly? date) =>
        ChangeAsync(() => stageLog.RecordAsync(Id, StageTransition.End(outcome, reason ?? "", When(date)), User.UserId(), HttpContext.RequestAborted),
            $"Recorded: {outcome.DisplayName()}.");
}
