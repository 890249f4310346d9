using System.ComponentModel.DataAnnotations;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Identity;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Web.Features.Calls;
using IucRecruit.Web.Features.StaffAccounts;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Areas.Manager.Pages.AssessmentDays;

/// <summary>One assessment day: its mock calls, a no-show recorded on a call nobody answered
/// (decision 0065), and the form that books another.</summary>
public sealed class DayModel(
    RecruitmentDbContext db, MockCallBooking booking, StaffDirectory staff, ScenarioLibrary library, IGrainFactory grains, TimeProvider clock) : PageModel
{
    public sealed record CallRow(
        Guid Id, DateTime StartUtc, DateTime EndUtc, string Candidate, string Scenario, string ScenarioVersion, string RolePlayer,
        string Assessors, CallPhase Phase, bool? ConsentGiven);

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public AssessmentDay Day { get; private set; } = null!;
    public IReadOnlyList<CallRow> Calls { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Candidates { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string DisplayName)> RolePlayers { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string DisplayName)> Assessors { get; private set; } = [];
    public IReadOnlyList<Scenario> Scenarios => library.Scenarios;

    [BindProperty, Required(ErrorMessage = "Choose the candidate")] public Guid? CandidateId { get; set; }
    [BindProperty, Required(ErrorMessage = "Enter the start time")] public TimeOnly? Start { get; set; }
    [BindProperty, Range(10, 120, ErrorMessage = "A slot lasts between 10 and 120 minutes")] public int LengthMinutes { get; set; } = 30;
    [BindProperty, Required(ErrorMessage = "Choose the role-player")] public Guid? RolePlayerId { get; set; }
    [BindProperty, Required(ErrorMessage = "Choose the assessor")] public Guid? AssessorId { get; set; }
    [BindProperty] public Guid? SecondAssessorId { get; set; }
    [BindProperty] public Difficulty Difficulty { get; set; } = Difficulty.Foundation;
    [BindProperty] public string? ScenarioId { get; set; }

    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    /// <summary>The candidate whose no-show was just recorded.</summary>
    public string? NoShowRecordedFor { get; private set; }

    /// <summary>Whether the stage rules let the no-show end the candidate's journey (decision 0065).</summary>
    public bool NoShowEndedJourney { get; private set; }

    public MockCallBooking.Booked? Booked { get; private set; }
    public string? InvitationLink { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (!ModelState.IsValid) return Page();

        var outcome = await booking.BookAsync(new MockCallBooking.Request(
            Id, CandidateId!.Value, Start!.Value, TimeSpan.FromMinutes(LengthMinutes), RolePlayerId!.Value,
            AssessorId!.Value, SecondAssessorId, Difficulty, string.IsNullOrEmpty(ScenarioId) ? null : ScenarioId), User.UserId(), HttpContext.RequestAborted);
        foreach (var (field, message) in outcome.Problems)
        {
            ModelState.AddModelError(field switch
            {
                nameof(MockCallBooking.Request.Length) => nameof(LengthMinutes),
                "" => "",
                _ => field,
            }, message);
        }
        if (outcome.Booked is null) return Page();

        Booked = outcome.Booked;
        InvitationLink = Url.Page("/Invitation/Open", pageHandler: null, values: new { area = "", token = Booked.InvitationToken }, protocol: Request.Scheme);
        await LoadAsync();
        return Page();
    }

    /// <summary>The call's grain records it, as it records everything that happens in a call, with
    /// the candidate's funnel change in the same transaction.</summary>
    public async Task<IActionResult> OnPostNoShowAsync(Guid callId)
    {
        ModelState.Clear(); // the booking form's fields are not part of this
        if (!await LoadAsync()) return NotFound();
        if (Calls.FirstOrDefault(c => c.Id == callId) is not { } row) return NotFound();
        var refusal = await grains.GetGrain<ICallGrain>(callId).RecordNoShow(User.UserId()!.Value);
        if (refusal is not null)
        {
            ModelState.AddModelError("", $"{row.Candidate}: {refusal}");
            return Page();
        }
        NoShowRecordedFor = row.Candidate;
        var candidateId = await db.MockCalls.Where(c => c.Id == callId).Select(c => c.CandidateId).SingleAsync(HttpContext.RequestAborted);
        NoShowEndedJourney = await db.CandidateProgress.AnyAsync(p => p.CandidateId == candidateId && p.Outcome == FunnelOutcome.NoShow, HttpContext.RequestAborted);
        await LoadAsync();
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var day = await db.AssessmentDays.AsNoTracking().Include(d => d.Campaign).SingleOrDefaultAsync(d => d.Id == Id, HttpContext.RequestAborted);
        if (day is null) return false;
        Day = day;
        Candidates = (await db.Candidates.AsNoTracking().Where(c => c.CampaignId == day.CampaignId)
                .OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).Select(c => new { c.Id, c.GivenName, c.FamilyName }).ToListAsync())
            .Select(c => (c.Id, $"{c.GivenName} {c.FamilyName}")).ToList();
        RolePlayers = await staff.WithRoleAsync(Roles.RolePlayer, HttpContext.RequestAborted);
        Assessors = await staff.WithRoleAsync(Roles.Assessor, HttpContext.RequestAborted);

        var calls = await db.MockCalls.AsNoTracking().Include(c => c.Candidate).Where(c => c.AssessmentDayId == Id)
            .OrderBy(c => c.SlotStartUtc).ToListAsync();
        var consent = await db.LatestConsentAsync(calls.Select(c => c.Id).ToList(), HttpContext.RequestAborted);
        var names = await staff.NamesAsync(calls.SelectMany(c => new[] { c.RolePlayerUserId, c.AssessorUserId, c.SecondAssessorUserId ?? Guid.Empty }), HttpContext.RequestAborted);
        Calls = calls.Select(c => new CallRow(
                c.Id, c.SlotStartUtc, c.SlotEndUtc, c.Candidate!.FullName, library.Find(c.ScenarioId)?.Title ?? c.ScenarioId, c.ScenarioVersion[..10],
                names.GetValueOrDefault(c.RolePlayerUserId, "?"),
                string.Join(", ", new[] { c.AssessorUserId, c.SecondAssessorUserId ?? Guid.Empty }.Where(names.ContainsKey).Select(id => names[id])),
                c.Phase, consent.GetValueOrDefault(c.Id)?.Given))
            .ToList();
        return true;
    }
}
