using IucRecruit.Core.Identity;
using IucRecruit.Data.Identity;
using IucRecruit.Web.Features.StaffAccounts;
using IucRecruit.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IucRecruit.Web.Areas.Admin.Pages.Staff;

public sealed partial class EditModel(
    UserManager<AppUser> users, StaffDirectory directory, ILogger<EditModel> log) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public StaffDirectory.StaffMember Member { get; private set; } = null!;
    public string? Message { get; private set; }
    public string? ActivationLink { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostRolesAsync(List<string> selectedRoles)
    {
        var user = await StaffUserAsync();
        if (user is null) return NotFound();
        var wanted = selectedRoles.Intersect(Roles.Staff).ToHashSet();
        if (wanted.Count == 0)
            ModelState.AddModelError("SelectedRoles", "Choose at least one role");
        if (user.Id == User.UserId() && !wanted.Contains(Roles.Admin))
            ModelState.AddModelError("SelectedRoles", "You cannot remove your own administrator role");
        if (ModelState.IsValid)
        {
            var current = (await users.GetRolesAsync(user)).ToHashSet();
            await users.RemoveFromRolesAsync(user, current.Except(wanted));
            // The person's sign-in picks up the change at its next security check (within a minute).
            await users.AddToRolesAsync(user, wanted.Except(current));
            var adminId = User.UserId() ?? Guid.Empty;
            LogRolesChanged(log, user.Id, wanted, adminId);
            Message = "Roles saved.";
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync()
    {
        var user = await StaffUserAsync();
        if (user is null) return NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        Message = "Account unlocked.";
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostResetLinkAsync()
    {
        var user = await StaffUserAsync();
        if (user is null) return NotFound();
        ActivationLink = await directory.ActivationLinkAsync(user, HttpContext);
        Message = "Send this link to the person. It lets them set a new password and works once, for 3 days.";
        await LoadAsync();
        return Page();
    }

    private async Task<AppUser?> StaffUserAsync()
    {
        var user = await users.FindByIdAsync(Id.ToString());
        return user is { CandidateId: null } ? user : null;
    }

    private async Task<bool> LoadAsync()
    {
        var member = (await directory.ListAsync(HttpContext.RequestAborted)).SingleOrDefault(m => m.Id == Id);
        if (member is null) return false;
        Member = member;
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Roles of {UserId} set to {Roles} by {AdminId}")]
    private static partial void LogRolesChanged(ILogger logger, Guid userId, IEnumerable<string> roles, Guid adminId);
}
