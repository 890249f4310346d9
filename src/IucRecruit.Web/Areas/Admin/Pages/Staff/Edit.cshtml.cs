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

/// <summary>One staff account: its roles, its lock, a new activation link. Every change is recorded
/// in the access audit as well as the application log: who changed whose account, and how.</summary>
public sealed partial class EditModel(
    UserManager<AppUser> users, StaffDirectory directory, AccessAudit audit, ILogger<EditModel> log) : PageModel
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
            await users.AddToRolesAsync(user, wanted.Except(current));
            // A new stamp ends the person's existing sessions at their next request: they sign in
            // again and get the new roles, rather than keep the old ones in their cookie.
            await users.UpdateSecurityStampAsync(user);
            var adminId = User.UserId() ?? Guid.Empty;
            LogRolesChanged(log, user.Id, wanted, adminId);
            await audit.RecordStaffChangeAsync(User.ToActor(), AccessAction.ChangedStaffRoles, user.Id,
                $"Roles now: {string.Join(", ", wanted.Order(StringComparer.Ordinal))}", HttpContext.RequestAborted);
            Message = "Roles saved.";
        }
        await LoadAsync();
        return Page();
    }

    /// <summary>Someone who has left keeps their history (scores, evidence, audit rows) but can no
    /// longer sign in, and any session they still have ends at its next request.</summary>
    public async Task<IActionResult> OnPostDeactivateAsync()
    {
        var user = await StaffUserAsync();
        if (user is null) return NotFound();
        if (user.Id == User.UserId())
            ModelState.AddModelError("", "You cannot deactivate your own account");
        else
        {
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, StaffDirectory.DeactivatedUntil);
            await users.UpdateSecurityStampAsync(user);
            var adminId = User.UserId() ?? Guid.Empty;
            LogDeactivated(log, user.Id, adminId);
            await audit.RecordStaffChangeAsync(User.ToActor(), AccessAction.DeactivatedStaff, user.Id, cancellationToken: HttpContext.RequestAborted);
            Message = "Account deactivated. The person has been signed out and cannot sign in.";
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostReactivateAsync()
    {
        var user = await StaffUserAsync();
        if (user is null) return NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        var adminId = User.UserId() ?? Guid.Empty;
        LogReactivated(log, user.Id, adminId);
        await audit.RecordStaffChangeAsync(User.ToActor(), AccessAction.ReactivatedStaff, user.Id, cancellationToken: HttpContext.RequestAborted);
        Message = "Account reactivated. The person can sign in again with their password.";
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync()
    {
        var user = await StaffUserAsync();
        if (user is null) return NotFound();
        if (StaffDirectory.StatusOf(user, DateTimeOffset.MaxValue) == StaffDirectory.StaffStatus.Deactivated)
        {
            ModelState.AddModelError("", "The account is deactivated: reactivate it instead");
            await LoadAsync();
            return Page();
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        var adminId = User.UserId() ?? Guid.Empty;
        LogUnlocked(log, user.Id, adminId);
        await audit.RecordStaffChangeAsync(User.ToActor(), AccessAction.UnlockedStaff, user.Id, cancellationToken: HttpContext.RequestAborted);
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

    /// <summary>For someone who lost their phone and their recovery codes: two-step sign-in is turned
    /// off with a new key (old recovery codes only work while it is on, and setting it up again
    /// replaces them) and their sessions end (both change the security stamp).</summary>
    public async Task<IActionResult> OnPostResetTwoFactorAsync()
    {
        var user = await StaffUserAsync();
        if (user is null) return NotFound();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        var adminId = User.UserId() ?? Guid.Empty;
        LogTwoFactorReset(log, user.Id, adminId);
        await audit.RecordStaffChangeAsync(User.ToActor(), AccessAction.ResetStaffTwoFactor, user.Id, cancellationToken: HttpContext.RequestAborted);
        Message = "Two-step sign-in reset. The person has been signed out and sets it up again after their password.";
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff account {UserId} deactivated by {AdminId}")]
    private static partial void LogDeactivated(ILogger logger, Guid userId, Guid adminId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff account {UserId} reactivated by {AdminId}")]
    private static partial void LogReactivated(ILogger logger, Guid userId, Guid adminId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Two-step sign-in of {UserId} reset by {AdminId}")]
    private static partial void LogTwoFactorReset(ILogger logger, Guid userId, Guid adminId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff account {UserId} unlocked by {AdminId}")]
    private static partial void LogUnlocked(ILogger logger, Guid userId, Guid adminId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Roles of {UserId} set to {Roles} by {AdminId}")]
    private static partial void LogRolesChanged(ILogger logger, Guid userId, IEnumerable<string> roles, Guid adminId);
}
