using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Data;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Privacy;
using IucRecruit.Web.Features.Privacy;
using IucRecruit.Data.Retention;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using CandidateRecord = IucRecruit.Data.Candidates.Candidate;

namespace IucRecruit.Web.Areas.Manager.Pages.Candidates;

/// <summary>One candidate: their stage log, and the forms that move them on or end their journey,
/// record their acknowledgement of the working conditions, their start, milestones and leaving,
/// and their adjustments and flexible-working preferences. Every stage change goes through
/// <see cref="StageLog"/>; a refusal is shown with its reason. Each view is recorded in the access audit.</summary>
public sealed class DetailModel(
    RecruitmentDbContext db, StageLog stageLog, EmploymentRecords employment, WorkingConditionsRecords conditions, AccessAudit audit,
    TimeProvider clock) : PageModel
{
    public sealed record LogLine(StageEvent Event, string? Actor);

    /// <summary>How the log names changes the product recorded from what it saw (docs/decisions/0060).</summary>
    public const string ProductActor = "IucRecruit, from what the candidate did";

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public CandidateRecord Candidate { get; private set; } = null!;
    public Campaign Campaign { get; private set; } = null!;
    public JourneyState Journey { get; private set; } = JourneyState.Empty;
    public Employment? Employment { get; private set; }
    public IReadOnlyList<LogLine> Log { get; private set; } = [];
    public IReadOnlyList<ConditionsAcknowledgement> Acknowledgements { get; private set; } = [];

    [TempData] public string? Confirmation { get; set; }

    /// <summary>Today's date for the date fields (yyyy-MM-dd).</summary>
    public string Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The campaign's stages after the current one: where the candidate can be moved.</summary>
    public IEnumerable<FunnelStage> NextStages =>
        Journey.InProgress ? Campaign.Stages.Union(FunnelStages.Mandatory).Stages().Where(s => s > Journey.CurrentStage!.Value) : [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        await audit.RecordAsync(User.ToActor(), AccessAction.ViewedCandidate, Id, cancellationToken: HttpContext.RequestAborted);
        return Page();
    }

    public Task<IActionResult> OnPostMoveAsync(FunnelStage stage, bool skipBetween, string? reason, DateOnly? date) =>
        ChangeAsync(async () =>
        {
            var skipping = skipBetween ? Campaign.Stages.Union(FunnelStages.Mandatory).Between(Journey.CurrentStage!.Value, stage).ToList() : [];
            return await stageLog.RecordAsync(Id, StageTransition.Enter(stage, reason, When(date), skipping), User.UserId(), HttpContext.RequestAborted);
        }, $"Moved to {stage.DisplayName()}.");

    public Task<IActionResult> OnPostEndAsync(FunnelOutcome outcome, string? reason, DateOnly? date) =>
        ChangeAsync(() => stageLog.RecordAsync(Id, StageTransition.End(outcome, reason ?? "", When(date)), User.UserId(), HttpContext.RequestAborted),
            $"Recorded: {outcome.DisplayName()}.");

    public Task<IActionResult> OnPostStartAsync(DateOnly date, ContractType contractType) =>
        ChangeAsync(() => employment.RecordStartAsync(Id, date, contractType, User.UserId(), HttpContext.RequestAborted), "Start recorded.");

    public Task<IActionResult> OnPostMilestoneAsync(FunnelStage milestone, DateOnly date, int? examScore) =>
        ChangeAsync(() => employment.RecordMilestoneAsync(Id, milestone, date, examScore, User.UserId(), HttpContext.RequestAborted),
            $"Recorded: {milestone.DisplayName()}.");

    public Task<IActionResult> OnPostLeaveAsync(DateOnly date, LeavingReason leavingReason, string? notes) =>
        ChangeAsync(() => employment.RecordLeavingAsync(Id, date, leavingReason, notes, User.UserId(), HttpContext.RequestAborted), "Leaver recorded.");

    public async Task<IActionResult> OnPostAcknowledgeAsync(AcknowledgementMethod method, int? version)
    {
        if (!await LoadAsync()) return NotFound();
        if (version is < 1 || version > Campaign.WorkingConditionsVersion)
        {
            ModelState.AddModelError("version", $"Choose a version from 1 to {Campaign.WorkingConditionsVersion}");
            return Page();
        }
        await conditions.AcknowledgeAsync(Id, method, version, User.UserId(), HttpContext.RequestAborted);
        Confirmation = "Acknowledgement of the working conditions recorded.";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostAdjustmentsAsync(int extraTimePercent, bool restBreaks, string? adjustmentNotes,
        List<ContractType> preferredContractTypes, string? flexibleWorkingNotes)
    {
        var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == Id, HttpContext.RequestAborted);
        if (candidate is null) return NotFound();
        if (extraTimePercent is < 0 or > 100) ModelState.AddModelError("extraTimePercent", "Extra time must be from 0 to 100 per cent");
        if (adjustmentNotes?.Length > 1000) ModelState.AddModelError("adjustmentNotes", "Keep the adjustments to 1,000 characters");
        if (flexibleWorkingNotes?.Length > 1000) ModelState.AddModelError("flexibleWorkingNotes", "Keep the flexible-working notes to 1,000 characters");
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        candidate.ExtraTimePercent = extraTimePercent;
        candidate.RestBreaks = restBreaks;
        candidate.AdjustmentNotes = string.IsNullOrWhiteSpace(adjustmentNotes) ? null : adjustmentNotes.Trim();
        candidate.PreferredContractTypes = preferredContractTypes.Distinct().Order().ToList();
        candidate.FlexibleWorkingNotes = string.IsNullOrWhiteSpace(flexibleWorkingNotes) ? null : flexibleWorkingNotes.Trim();
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Confirmation = "Adjustments and flexible working saved.";
        return RedirectToPage(new { Id });
    }

    /// <summary>A change dated today happened now; a change dated earlier, on that day.</summary>
    private DateTime? When(DateOnly? date) =>
        date is { } day && day != DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) ? EmploymentRecords.Utc(day) : null;

    private async Task<IActionResult> ChangeAsync(Func<Task<StageChangeResult>> change, string confirmation)
    {
        if (!await LoadAsync()) return NotFound();
        var result = await change();
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", result.Refusal!);
            return Page();
        }
        Confirmation = confirmation;
        return RedirectToPage(new { Id });
    }

    private async Task<bool> LoadAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var candidate = await db.Candidates.AsNoTracking().Include(c => c.Campaign).SingleOrDefaultAsync(c => c.Id == Id, cancellationToken);
        if (candidate is null) return false;
        Candidate = candidate;
        Campaign = candidate.Campaign!;
        var events = await db.StageEvents.AsNoTracking().Where(e => e.CandidateId == Id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        Journey = JourneyState.Replay(events.Select(e => e.ToJourneyEvent()));
        var actorIds = events.Where(e => e.ActorUserId != null).Select(e => e.ActorUserId!.Value).Distinct().ToList();
        var actors = await db.Users.Where(u => actorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        Log = events.Select(e => new LogLine(e, e.RecordedByTheProduct ? ProductActor : e.ActorUserId is { } a ? actors.GetValueOrDefault(a) : null)).ToList();
        Employment = await employment.FindAsync(Id, cancellationToken);
        Acknowledgements = await conditions.ForCandidateAsync(Id, cancellationToken);
        return true;
    }
}
