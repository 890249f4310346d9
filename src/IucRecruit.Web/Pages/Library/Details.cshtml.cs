using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Scenarios;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Pages.Library;

/// <summary>One library item in full: for a scenario, the caller, the facts, the script, the red
/// flags, the call record and the rubric; for a listening exercise, its questions and answers; for
/// both, every recording with its transcript, how often and in which versions it has been used, and
/// retiring or reactivating it.</summary>
[Authorize(Policy = Policies.ScenarioLibrary)]
public sealed partial class DetailsModel(ScenarioLibrary library, ScenarioLibraryUsage usage, ILogger<DetailsModel> log) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public LibraryItem Item { get; private set; } = null!;
    public ScenarioLibraryUsage.ItemUsage Usage { get; private set; } = null!;
    public IReadOnlyList<ScenarioLibraryUsage.VersionUsage> Versions { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostRetireAsync() => SetRetiredAsync(true, "Retired: it will not be given to any more candidates.");

    public Task<IActionResult> OnPostReactivateAsync() => SetRetiredAsync(false, "Reactivated: it can be given to candidates again.");

    /// <summary>A recording, with range requests so that the player can seek.</summary>
    public IActionResult OnGetClip(string clip) =>
        library.Find(Id) is { } item && item.FindClip(clip) is { } found
            ? new PhysicalFileResult(library.PathOf(item, found), "audio/wav") { EnableRangeProcessing = true }
            : NotFound();

    private async Task<IActionResult> SetRetiredAsync(bool retired, string message)
    {
        if (library.Find(Id) is null) return NotFound();
        var userId = User.UserId();
        await usage.SetRetiredAsync(Id, retired, userId, HttpContext.RequestAborted);
        LogRetired(log, Id, retired, userId);
        await LoadAsync();
        Message = message;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (library.Find(Id) is not { } item) return false;
        Item = item;
        Usage = await usage.OfAsync(Id, HttpContext.RequestAborted);
        Versions = await usage.VersionsAsync(Id, HttpContext.RequestAborted);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Library item {ItemId} retired: {Retired}, by {UserId}")]
    private static partial void LogRetired(ILogger logger, string itemId, bool retired, Guid? userId);
}

/// <summary>A recording to play on the page, with where to fetch it.</summary>
public sealed record ClipView(string ItemId, Clip Clip);
