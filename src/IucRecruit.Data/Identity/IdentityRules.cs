using IucRecruit.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Data.Identity;

public static class IdentityRules
{
    /// <summary>Password, lockout and account rules for staff. Candidates have no password.</summary>
    public static void Apply(IdentityOptions options)
    {
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = true;
        options.Password.RequiredUniqueChars = 5;

        // Failures never lock an account: a lockout let anyone who knew an address lock its owner
        // out. The web app's sign-in throttle slows guessing with growing delays instead. Lockout
        // stays allowed because deactivation is a lockout with no end (StaffDirectory).
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = int.MaxValue;

        options.User.RequireUniqueEmail = false; // candidate accounts have no email of their own
        options.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>Identity's user and role stores without ASP.NET Core's sign-in cookies: what the
    /// command-line tool needs. The web app adds cookies on top.</summary>
    public static IdentityBuilder AddRecruitmentIdentityCore(this IServiceCollection services) =>
        services.AddIdentityCore<AppUser>(Apply)
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<RecruitmentDbContext>()
            .AddDefaultTokenProviders();

    /// <summary>Creates the product's roles if they are missing; safe to run at every start.</summary>
    public static async Task EnsureRolesAsync(RecruitmentDbContext db, CancellationToken cancellationToken = default)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var role in Roles.All.Except(existing!))
        {
            db.Roles.Add(new AppRole(role!));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
