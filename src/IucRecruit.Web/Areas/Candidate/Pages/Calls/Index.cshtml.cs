using IucRecruit.Core.Calls;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Scenarios;
using IucRecruit.Web.Features.Calls;
using IucRecruit.Web.Features.Scenarios;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using CandidateRecord = IucRecruit.Data.Candidates.Candidate;

namespace IucRecruit.Web.Areas.Candidate.Pages.Calls;

/// <summary>
/// The candidate's mock call: first the recording question (required), then a microphone check, the
/// job's conditions again and their adjustments, then the call itself with the call record to fill
/// in as they go. A candidate reaches only their own call.
/// </summary>
public sealed partial class IndexModel(
    RecruitmentDbContext db, ScenarioVersionArchive scenarios, ScenarioLibrary library, IGrainFactory grains, ILogger<IndexModel> log) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public MockCall Call { get; private set; } = null!;
    public CandidateRecord Candidate { get; private set; } = null!;
    public Scenario Scenario { get; private set; } = null!;

    /// <summary>Null: not asked yet; true: agreed; false: declined.</summary>
    public bool? ConsentGiven { get; private set; }

    public TimeSpan WrapUp => CallScript.WrapUpWithExtraTime(Candidate.ExtraTimePercent);

    /// <summary>The outcome's choices (<see cref="OutcomeChoices"/>); none for a typed field.</summary>
    public IReadOnlyList<string> ChoicesFor(CallRecordField field) => OutcomeChoices.For(field, library);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostConsentAsync(bool agree)
    {
        if (!await LoadAsync()) return NotFound();
        var answer = new AnswerRecordingQuestion(agree, RecordingConsentWording.Version, RecordingConsentWording.Text);
        var refusal = await grains.GetGrain<ICallGrain>(Id).AnswerRecordingQuestion(CallUser.From(User), answer);
        if (!string.IsNullOrEmpty(refusal))
        {
            ModelState.AddModelError("", refusal);
            return Page();
        }
        if (!agree) LogDeclined(log, Call.Id, Candidate.Id);
        return RedirectToPage(new { id = Id });
    }

    private async Task<bool> LoadAsync()
    {
        var candidateId = User.CandidateId();
        var call = await db.MockCalls.AsNoTracking().Include(c => c.Candidate).ThenInclude(c => c!.Campaign)
            .SingleOrDefaultAsync(c => c.Id == Id && c.CandidateId == candidateId, HttpContext.RequestAborted);
        if (call is null || scenarios.Find(call.ScenarioId, call.ScenarioVersion) is not { } scenario) return false;
        Call = call;
        Candidate = call.Candidate!;
        Scenario = scenario;
        ConsentGiven = (await db.LatestConsentAsync([Id], HttpContext.RequestAborted)).GetValueOrDefault(Id)?.Given;
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Candidate {CandidateId} declined recording for call {CallId}")]
    private static partial void LogDeclined(ILogger logger, Guid callId, Guid candidateId);
}
