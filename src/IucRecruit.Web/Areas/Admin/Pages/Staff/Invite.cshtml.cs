using System.ComponentModel.DataAnnotations;
using IucRecruit.Core.Identity;
using IucRecruit.Data.Identity;
using IucRecruit.Data.Privacy;
using IucRecruit.Web.Features.Privacy;
using IucRecruit.Web.Features.StaffAccounts;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Areas.Admin.Pages.Staff;

/// <summary>A new staff account and its activation link; the invitation is recorded in the access audit.</summary>
public sealed partial class InviteModel(
    UserManager<AppUser> users, StaffDirectory directory, AccessAudit audit, TimeProvider clock, ILogger<InviteModel> log) : PageModel
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
        var created = await users.CreateAsync(user);
        if (created.Succeeded) created = await users.AddToRolesAsync(user, SelectedRoles);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors) ModelState.AddModelError("", error.Description);
            return Page();
        }

        var adminId = User.UserId() ?? Guid.Empty;
        LogInvited(log, user.Id, SelectedRoles, adminId);
        await audit.RecordStaffChangeAsync(User.ToActor(), AccessAction.InvitedStaff, user.Id,
            $"{user.Email}, roles: {string.Join(", ", SelectedRoles.Order(StringComparer.Ordinal))}", HttpContext.RequestAborted);
        ActivationLink = await directory.ActivationLinkAsync(user, HttpContext);
        return Page();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff member {UserId} invited with roles {Roles} by {AdminId}")]
    private static partial void LogInvited(ILogger logger, Guid userId, IEnumerable<string> roles, Guid adminId);
}
