using IucRecruit.Data.Candidates;
using IucRecruit.Web.Features.Candidates;
using Microsoft.AspNetCore.Mvc;

namespace IucRecruit.Web.Areas.Manager.Pages.Candidates;

/// <summary>The candidate's mobile number and whether they take text messages, through
/// <see cref="CandidateContact"/>.</summary>
public sealed class ContactModel(CandidateFiles files, CandidateContact contact, TimeProvider clock) : CandidatePage(files, clock)
{
    /// <summary>What was entered, shown again when it was refused.</summary>
    public string? Entered { get; private set; }

    public IActionResult OnGet() => BackToTheRecord();

    public async Task<IActionResult> OnPostAsync([FromForm(Name = CandidateContact.MobileField)] string? mobileNumber, bool textMessagesDeclined)
    {
        var problems = await contact.SaveAsync(Id, mobileNumber, textMessagesDeclined, HttpContext.RequestAborted);
        if (problems is null) return NotFound();
        if (problems.Count == 0) return BackToTheRecord("Mobile number saved.");
        foreach (var (field, message) in problems) ModelState.AddModelError(field, message);
        Entered = mobileNumber;
        await LoadAsync();
        return Page();
    }
}
