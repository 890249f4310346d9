using System.ComponentModel.DataAnnotations;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Identity;
using IucRecruit.Data.Messages;
using IucRecruit.Data.Privacy;
using IucRecruit.Web.Features.Privacy;
using IucRecruit.Web.Features.StaffAccounts;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IucRecruit.Web.Areas.Admin.Pages.Staff;

/// <summary>A new staff account and its activation link, emailed through the outbox in the same
/// transaction as the account (docs/decisions/0063); the invitation is recorded in the access audit.</summary>
public sealed partial class InviteModel(
    RecruitmentDbContext db, UserManager<AppUser> users, Outbox outbox, StaffDirectory directory, AccessAudit audit,
    IOptions<MessagesOptions> messages, TimeProvider clock, ILogger<InviteModel> log) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the person's full name")]
    [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter the person's work email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.nhs.uk")]
    public string Email { get; set; } = "";

    [BindProperty]
    public List<string> SelectedRoles { get; set; } = [];

    /// <summary>Whether the account was made and its email queued.</summary>
    public bool Invited { get; private set; }

    /// <summary>The link itself, for the administrator to pass on, only when no mail is sent
    /// (<c>Messages:Provider=None</c>).</summary>
    public string? ActivationLink { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        SelectedRoles = SelectedRoles.Intersect(Roles.Staff).ToList();
        if (SelectedRoles.Count == 0) ModelState.AddModelError(nameof(SelectedRoles), "Choose at least one role");
        var email = Email.Trim();
        if (ModelState.IsValid && await users.FindByNameAsync(email) is not null)
            ModelState.AddModelError(nameof(Email), "A member of staff with this email address already exists");
        if (!ModelState.IsValid) return Page();

        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            DisplayName = DisplayName.Trim(),
            OrganisationId = (await users.GetUserAsync(User))?.OrganisationId,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var adminId = User.UserId();
        // The account, its roles, its email and the audit entry commit together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
        outbox.ToStaff(user, adminId);
        var created = await users.CreateAsync(user);
        if (created.Succeeded) created = await users.AddToRolesAsync(user, SelectedRoles);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors) ModelState.AddModelError("", error.Description);
            return Page();
        }
        await audit.RecordStaffChangeAsync(User.ToActor(), AccessAction.InvitedStaff, user.Id,
            $"{user.Email}, roles: {string.Join(", ", SelectedRoles.Order(StringComparer.Ordinal))}", HttpContext.RequestAborted);
        await transaction.CommitAsync(HttpContext.RequestAborted);

        LogInvited(log, user.Id, SelectedRoles, adminId ?? Guid.Empty);
        Invited = true;
        if (messages.Value.Provider == MessageProvider.None) ActivationLink = await directory.ActivationLinkAsync(user, HttpContext);
        return Page();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff member {UserId} invited with roles {Roles} by {AdminId}")]
    private static partial void LogInvited(ILogger logger, Guid userId, IEnumerable<string> roles, Guid adminId);
}
