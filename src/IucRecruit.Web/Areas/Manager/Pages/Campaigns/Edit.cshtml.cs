using System.ComponentModel.DataAnnotations;
using System.Globalization;
using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Data;
using IucRecruit.Data.Campaigns;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Areas.Manager.Pages.Campaigns;

/// <summary>Adds or changes a campaign: role, site, the contracts it offers, the funnel stages it
/// uses, its working conditions (a changed text becomes a new version) and a typical shift in figures.</summary>
public sealed class EditModel(RecruitmentDbContext db, WorkingConditionsRecords conditions, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }

    [BindProperty, Required(ErrorMessage = "Enter the campaign's name"), StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
    public string Name { get; set; } = "";

    [BindProperty] public AdvisorRole Role { get; set; } = AdvisorRole.HealthAdvisor;

    [BindProperty, Required(ErrorMessage = "Enter the site"), StringLength(200, ErrorMessage = "The site must be 200 characters or fewer")]
    public string Site { get; set; } = "";

    [BindProperty] public List<ContractType> ContractTypes { get; set; } = [];

    [BindProperty] public List<FunnelStage> Stages { get; set; } = [.. FunnelStages.InOrder];

    [BindProperty, Required(ErrorMessage = "Describe the hours, weekends and bank holidays"), StringLength(4000, ErrorMessage = "Keep the conditions to 4,000 characters")]
    public string WorkingConditions { get; set; } = "";

    public int WorkingConditionsVersion { get; private set; } = 1;

    /// <summary>A typical shift's length in hours, and the fewest and most calls in it, as typed
    /// (read by <see cref="TypicalShift.Parse"/>, so that "ten" gets a sentence, not a binder's message).</summary>
    [BindProperty] public string? ShiftHours { get; set; }
    [BindProperty] public string? FewestCalls { get; set; }
    [BindProperty] public string? MostCalls { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is null) return Page();
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == Id, HttpContext.RequestAborted);
        if (campaign is null) return NotFound();
        (Name, Role, Site, WorkingConditions, WorkingConditionsVersion) =
            (campaign.Name, campaign.Role, campaign.Site, campaign.WorkingConditions, campaign.WorkingConditionsVersion);
        ContractTypes = [.. campaign.ContractTypesOffered];
        var shift = campaign.TypicalShift;
        (ShiftHours, FewestCalls, MostCalls) = (shift.HoursText, shift.FewestCalls?.ToString(CultureInfo.InvariantCulture), shift.MostCalls?.ToString(CultureInfo.InvariantCulture));
        Stages = [.. campaign.Stages.Union(FunnelStages.Mandatory).Stages()];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var campaign = Id is null ? null : await db.Campaigns.SingleOrDefaultAsync(c => c.Id == Id, cancellationToken);
        if (Id is not null && campaign is null) return NotFound();
        var stages = StageSet.Of([.. Stages]).Union(FunnelStages.Mandatory);
        if (campaign is not null) await CheckChangesAsync(campaign, stages, cancellationToken);
        var (shift, problems) = TypicalShift.Parse(ShiftHours, FewestCalls, MostCalls);
        foreach (var (field, problem) in problems)
            ModelState.AddModelError(field == nameof(TypicalShift.ShiftMinutes) ? nameof(ShiftHours) : field, problem);
        if (!ModelState.IsValid)
        {
            WorkingConditionsVersion = campaign?.WorkingConditionsVersion ?? 1;
            return Page();
        }

        if (campaign is null)
        {
            campaign = new Campaign
            {
                Id = Guid.CreateVersion7(),
                OrganisationId = await OrganisationAsync(cancellationToken),
                Name = "", Site = "", WorkingConditions = "",
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.Campaigns.Add(campaign);
        }
        (campaign.Name, campaign.Role, campaign.Site) = (Name.Trim(), Role, Site.Trim());
        campaign.ContractTypesOffered = ContractTypes.Distinct().Order().ToList();
        campaign.Stages = stages;
        campaign.TypicalShift = shift!;
        await conditions.SetTextAsync(campaign, WorkingConditions, User.UserId(), cancellationToken);
        var added = db.Entry(campaign).State == EntityState.Added;
        await db.SaveChangesAsync(cancellationToken);
        // The manager's home shows it under its heading: every save says it was saved.
        TempData[nameof(IndexModel.Confirmation)] = added ? $"Campaign “{campaign.Name}” added." : $"Changes to “{campaign.Name}” saved.";
        return RedirectToPage("/Index");
    }

    /// <summary>The funnel already counts this campaign's candidates under its role and site, and
    /// their logs name its stages: none of these may change under them.</summary>
    private async Task CheckChangesAsync(Campaign campaign, StageSet stages, CancellationToken cancellationToken)
    {
        var used = await db.CandidateProgress.Where(p => p.CampaignId == campaign.Id)
            .Select(p => p.ReachedStages | p.SkippedStages).Distinct().ToListAsync(cancellationToken);
        if (used.Count > 0 && Role != campaign.Role)
            ModelState.AddModelError(nameof(Role), "The role cannot change once the campaign has candidates");
        if (used.Count > 0 && Site.Trim() != campaign.Site)
            ModelState.AddModelError(nameof(Site), "The site cannot change once the campaign has candidates");
        var removed = new StageSet(used.Aggregate(0, (all, bits) => all | bits)).Stages().Where(s => !stages.Contains(s)).ToList();
        if (removed.Count > 0)
            ModelState.AddModelError(nameof(Stages),
                $"Candidates have already reached or skipped {string.Join(", ", removed.Select(s => s.DisplayName()))}: keep those stages");
    }

    private async Task<Guid> OrganisationAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.OrganisationId).SingleOrDefaultAsync(cancellationToken)
               ?? await db.Organisations.OrderBy(o => o.CreatedUtc).Select(o => o.Id).FirstAsync(cancellationToken);
    }
}
