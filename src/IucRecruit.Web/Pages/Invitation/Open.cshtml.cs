using IucRecruit.Core.Invitations;
using IucRecruit.Data.Identity;
using IucRecruit.Data.Invitations;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IucRecruit.Web.Pages.Invitation;

/// <summary>
/// A candidate's way in. Opening the link only shows who it is for; the candidate presses
/// Continue to use it up, so that an email scanner that fetches links cannot spend it.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Invitation)]
public sealed partial class OpenModel(
    CandidateInvitationService invitations,
    CandidateAccounts accounts,
    SignInManager<AppUser> signIn,
    ILogger<OpenModel> log) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    public InvitationCheck Check { get; private set; }
    public string CandidateName { get; private set; } = "";
    public string CampaignName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var opened = await invitations.OpenAsync(Token, HttpContext.RequestAborted);
        return Show(opened);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var redeemed = await invitations.RedeemAsync(Token, HttpContext.RequestAborted);
        if (redeemed.Check != InvitationCheck.Valid) return Show(redeemed);

        var invitation = redeemed.Invitation!;
        var user = await accounts.EnsureAsync(invitation.Candidate!);
        await signIn.SignInWithClaimsAsync(user,
            new AuthenticationProperties { IsPersistent = true, ExpiresUtc = invitation.ExpiresUtc },
            [CandidateSignIn.AccessUntil(invitation.ExpiresUtc)]);
        LogRedeemed(log, invitation.Id, invitation.CandidateId);
        return Redirect("/candidate");
    }

    private PageResult Show(CandidateInvitationService.Opened opened)
    {
        Check = opened.Check;
        if (opened.Check == InvitationCheck.Valid)
        {
            var candidate = opened.Invitation!.Candidate!;
            CandidateName = candidate.GivenName;
            CampaignName = candidate.Campaign!.Name;
            return Page();
        }

        LogRefused(log, opened.Check, opened.Invitation?.Id);
        Response.StatusCode = opened.Check == InvitationCheck.NotRecognised
            ? StatusCodes.Status404NotFound
            : StatusCodes.Status410Gone;
        return Page();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Invitation {InvitationId} redeemed by candidate {CandidateId}")]
    private static partial void LogRedeemed(ILogger logger, Guid invitationId, Guid candidateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invitation link refused: {Check} (invitation {InvitationId})")]
    private static partial void LogRefused(ILogger logger, InvitationCheck check, Guid? invitationId);
}
