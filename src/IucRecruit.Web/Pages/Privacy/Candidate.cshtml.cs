using IucRecruit.Core.Calls;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Privacy;
using IucRecruit.Data.Privacy.Holdings;
using IucRecruit.Web.Features.Privacy;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using CandidateRecord = IucRecruit.Data.Candidates.Candidate;

namespace IucRecruit.Web.Pages.Privacy;

/// <summary>One candidate's data protection page: what is held about them, their answers to the
/// recording question, the subject access export (one ZIP, streamed) and the way to erasure. Every
/// view and every export is recorded in the access audit.</summary>
[Authorize(Policy = Policies.CandidatePrivacy)]
public sealed class CandidateModel(
    RecruitmentDbContext db, IEnumerable<ICandidateData> registry, MockCallData calls, SubjectAccessExport export,
    AccessAudit audit, TimeProvider clock) : PageModel
{
    public sealed record ConsentLine(DateTime SlotStartUtc, RecordingConsentAnswered? Answer);

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [TempData] public string? Confirmation { get; set; }

    public CandidateRecord Candidate { get; private set; } = null!;
    public IReadOnlyList<ICandidateData> Registry { get; } = registry.ToList();
    public int RecordingCount { get; private set; }
    public long RecordingBytes { get; private set; }
    public IReadOnlyList<ConsentLine> Consent { get; private set; } = [];
    public bool ShowAccessLog => User.IsInRole(Roles.Admin);

    public async Task<IActionResult> OnGetAsync()
    {
        var candidate = await db.Candidates.AsNoTracking().Include(c => c.Campaign).SingleOrDefaultAsync(c => c.Id == Id, HttpContext.RequestAborted);
        if (candidate is null) return NotFound();
        Candidate = candidate;
        (RecordingCount, RecordingBytes) = await calls.RecordingSizeAsync(Id, HttpContext.RequestAborted);
        var callSlots = await db.MockCalls.AsNoTracking().Where(c => c.CandidateId == Id).OrderBy(c => c.SlotStartUtc)
            .Select(c => new { c.Id, c.SlotStartUtc }).ToListAsync(HttpContext.RequestAborted);
        var answers = await db.LatestConsentAsync(callSlots.Select(c => c.Id).ToList(), HttpContext.RequestAborted);
        Consent = callSlots.Select(c => new ConsentLine(c.SlotStartUtc, answers.GetValueOrDefault(c.Id))).ToList();
        await audit.RecordAsync(User.ToActor(), AccessAction.ViewedCandidate, Id, cancellationToken: HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The subject access archive, written straight into the response.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        if (!await db.Candidates.AnyAsync(c => c.Id == Id, HttpContext.RequestAborted)) return NotFound();
        Response.ContentType = "application/zip";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = SubjectAccessExport.FileName(Id, clock.GetUtcNow().UtcDateTime),
        }.ToString();
        await export.WriteAsync(Id, Response.Body, User.ToActor(), HttpContext.RequestAborted);
        return new EmptyResult();
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 * 1024 => $"{Math.Max(1, bytes / 1024)} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };
}
