using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Web.Features.StaffAccounts;

/// <summary>Staff accounts as the administrator sees them, and the links that let a member of
/// staff set their password.</summary>
public sealed class StaffDirectory(
    RecruitmentDbContext db, UserManager<AppUser> users, LinkGenerator links, TimeProvider clock)
{
    public sealed record StaffMember(Guid Id, string DisplayName, string Email, IReadOnlyList<string> Roles, StaffStatus Status);

    public enum StaffStatus { Active, AwaitingActivation, LockedOut, Deactivated }

    /// <summary>A deactivated account is locked out for ever (Identity's own way to disable an
    /// account: sign-in refuses it), told apart from a lockout after wrong passwords by this end.</summary>
    public static readonly DateTimeOffset DeactivatedUntil = DateTimeOffset.MaxValue;

    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken)
    {
        var staff = await db.Users.AsNoTracking().Where(u => u.CandidateId == null)
            .OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name!, cancellationToken);
        var memberships = await db.UserRoles.AsNoTracking().ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return staff.Select(u => new StaffMember(
                u.Id,
                u.DisplayName,
                u.Email ?? "",
                memberships.Where(m => m.UserId == u.Id).Select(m => roleNames[m.RoleId])
                    .OrderBy(r => Roles.All.ToList().IndexOf(r)).ToList(),
                StatusOf(u, now)))
            .ToList();
    }

    /// <summary>Active staff holding <paramref name="role"/>, by name: the people a call can be booked with.</summary>
    public async Task<IReadOnlyList<(Guid Id, string DisplayName)>> WithRoleAsync(string role, CancellationToken cancellationToken)
    {
        var people = await db.Users.AsNoTracking()
            .Where(u => u.CandidateId == null && u.PasswordHash != null &&
                        db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        return people.Select(p => (p.Id, p.DisplayName)).ToList();
    }

    /// <summary>Display names of the given staff, for lists of calls.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    public static StaffStatus StatusOf(AppUser user, DateTimeOffset now) =>
        user.LockoutEnd == DeactivatedUntil ? StaffStatus.Deactivated
        : user.LockoutEnd > now ? StaffStatus.LockedOut
        : user.PasswordHash is null ? StaffStatus.AwaitingActivation
        : StaffStatus.Active;

    /// <summary>A link to the page where the person sets a password. Identity's reset token
    /// stops working once it has been used or once the security stamp changes.</summary>
    public async Task<string> ActivationLinkAsync(AppUser user, HttpContext http)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return links.GetUriByPage(http, "/Account/Activate", handler: null, values: new { area = "", user = user.Id, token })
            ?? throw new InvalidOperationException("The activation page has no route.");
    }
}
