using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Retention;
using IucRecruit.Web.Features.Candidates;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace IucRecruit.Web.Areas.Manager.Pages.Candidates;

/// <summary>A starter's start, milestones and leaving, through <see cref="EmploymentRecords"/>.</summary>
public sealed class EmploymentModel(CandidateFiles files, EmploymentRecords employment, TimeProvider clock) : CandidatePage(files, clock)
{
    public IActionResult OnGet() => BackToTheRecord();

    public Task<IActionResult> OnPostStartAsync(DateOnly date, ContractType contractType) =>
        ChangeAsync(() => employment.RecordStartAsync(Id, date, contractType, User.UserId(), HttpContext.RequestAborted), "Start recorded.");

    public Task<IActionResult> OnPostMilestoneAsync(FunnelStage milestone, DateOnly date, int? examScore) =>
        ChangeAsync(() => employment.RecordMilestoneAsync(Id, milestone, date, examScore, User.UserId(), HttpContext.RequestAborted),
            $"Recorded: {milestone.DisplayName()}.");

    public Task<IActionResult> OnPostLeaveAsync(DateOnly date, LeavingReason leavingReason, string? notes) =>
        ChangeAsync(() => employment.RecordLeavingAsync(Id, date, leavingReason, notes, User.UserId(), HttpContext.RequestAborted), "Leaver recorded.");
}
