using System.Globalization;
using IucRecruit.Core.Assessment.Scoring;
using IucRecruit.Core.Practice;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Practice;
using IucRecruit.Web.Features.Practice;
using IucRecruit.Web.Features.Scenarios;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IucRecruit.Web.Pages.Practice;

/// <summary>
/// One practice call: the call itself, run in the browser by js/practice/practice-call.js; then,
/// once its result is handed in, how it went (the call record checked by the mock call's accuracy
/// rules, the times, the shift) and "Is this job for you?". Open to anyone who has the attempt's
/// link (an unguessable id made when they chose the call); an attempt of a signed-in candidate
/// only to them.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Practice)]
public sealed class CallModel(PracticeAttempts attempts, ScenarioLibrary library) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid CampaignId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid AttemptId { get; set; }

    public PracticeAttempt Attempt { get; private set; } = null!;
    public PracticeCall Call { get; private set; } = null!;
    public AccuracyReport? Accuracy { get; private set; }

    public IReadOnlyList<string> ChoicesFor(CallRecordField field) => OutcomeChoices.For(field, library);

    /// <summary>The turns as the script needs them: clip address (cacheable, by version), length, captions.</summary>
    public IEnumerable<object> Turns => Call.Turns.Select(t => new
    {
        id = t.Id,
        url = PracticeClips.UrlOf(Call, t),
        ms = (long)t.Duration.TotalMilliseconds,
        transcript = t.Transcript,
    });

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    /// <summary>The result, posted once at the end of the call.</summary>
    public async Task<IActionResult> OnPostAsync(Dictionary<string, string?>? record, long durationMs, long candidateSpeechMs,
        long callerSpeechMs, string? responseTimesMs, int turnsHeard)
    {
        if (!await LoadAsync()) return NotFound();
        var responses = (responseTimesMs ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => long.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? ms : -1).ToList();
        var measures = new PracticeMeasures(durationMs, candidateSpeechMs, callerSpeechMs, responses, turnsHeard);
        var refusal = await attempts.CompleteAsync(Attempt, record ?? [], measures, HttpContext.RequestAborted);
        if (refusal is not null)
        {
            ModelState.AddModelError("", refusal);
            return Page();
        }
        return RedirectToPage(new { CampaignId, AttemptId });
    }

    public async Task<IActionResult> OnPostAnswerAsync(PracticeAnswer? answer, List<NotForMeReason>? reasons)
    {
        if (!await LoadAsync()) return NotFound();
        if (answer is not { } given || !Enum.IsDefined(given))
        {
            ModelState.AddModelError("answer", "Choose whether this job is for you.");
            return Page();
        }
        var refusal = await attempts.AnswerAsync(AttemptId, given, reasons ?? [], HttpContext.RequestAborted);
        if (refusal is not null)
        {
            ModelState.AddModelError("", refusal);
            return Page();
        }
        return RedirectToPage(new { CampaignId, AttemptId });
    }

    private async Task<bool> LoadAsync()
    {
        var attempt = await attempts.LoadAsync(CampaignId, AttemptId, HttpContext.RequestAborted);
        if (attempt is null || (attempt.CandidateId is { } owner && User.CandidateId() != owner)) return false;
        if (attempts.Find(attempt.PracticeCallId) is not { } call) return false;
        Attempt = attempt;
        Call = call;
        Accuracy = attempts.Accuracy(attempt);
        return true;
    }
}
