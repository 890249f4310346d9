using System.ComponentModel.DataAnnotations;
using IucRecruit.Data.Invitations;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IucRecruit.Web.Pages.Invitation;

/// <summary>A candidate asks for a fresh link by email (<see cref="NewLinkRequests"/>); the answer
/// is the same whether or not the address is known.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Invitation)]
public sealed partial class NewLinkModel(NewLinkRequests requests, ILogger<NewLinkModel> log) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the email address you applied with")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string Email { get; set; } = "";

    public bool Requested { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var sent = await requests.RequestAsync(Email, HttpContext.RequestAborted);
        LogRequested(log, sent);
        Requested = true;
        return Page();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A new candidate link was asked for: {Sent} sent")]
    private static partial void LogRequested(ILogger logger, int sent);
}
