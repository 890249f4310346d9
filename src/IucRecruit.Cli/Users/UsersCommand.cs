using System.CommandLine;
using IucRecruit.Cli.Hosting;
using IucRecruit.Core.Identity;
using IucRecruit.Data;
using IucRecruit.Data.Identity;
using IucRecruit.Data.Privacy;
using IucRecruit.Data.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Cli.Users;

/// <summary><c>iucrecruit users create-admin</c>: the first administrator of a new installation.
/// Everyone else is invited from the Admin pages.</summary>
internal static class UsersCommand
{
    public static Command Create(CliDatabaseOptions database, TextReader input, TextWriter output, TextWriter error)
    {
        var email = new Option<string>("--email") { Description = "The administrator's email address (their sign-in name).", Required = true };
        var name = new Option<string>("--name") { Description = "The administrator's full name.", Required = true };
        var createAdmin = new Command("create-admin",
            "Create an administrator. The password is read from standard input, so that it stays out of the shell history.")
        {
            email, name,
        };
        createAdmin.SetAction(async (parsed, cancellationToken) =>
        {
            var password = (await input.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n');
            if (string.IsNullOrEmpty(password))
            {
                await error.WriteLineAsync("No password on standard input. Example: echo \"$ADMIN_PASSWORD\" | iucrecruit users create-admin --email … --name …");
                return 2;
            }

            await using var services = database.Services(parsed);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
            await db.MigrateAsync(database.Read(parsed), cancellationToken);
            await IdentityRules.EnsureRolesAsync(db, cancellationToken);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var address = parsed.GetValue(email)!.Trim();
            if (await users.FindByNameAsync(address) is not null)
            {
                await error.WriteLineAsync($"A user with the email address {address} already exists.");
                return 1;
            }

            var user = new AppUser
            {
                Id = Guid.CreateVersion7(), UserName = address, Email = address, EmailConfirmed = true,
                DisplayName = parsed.GetValue(name)!.Trim(), CreatedUtc = DateTime.UtcNow,
            };
            var result = await users.CreateAsync(user, password);
            if (result.Succeeded) result = await users.AddToRoleAsync(user, Roles.Admin);
            if (!result.Succeeded)
            {
                foreach (var problem in result.Errors) await error.WriteLineAsync(problem.Description);
                return 1;
            }
            await new AccessAudit(db, TimeProvider.System).RecordStaffChangeAsync(Actor.CommandLine, AccessAction.InvitedStaff, user.Id,
                $"{address}, roles: {Roles.Admin}", cancellationToken);
            await output.WriteLineAsync($"Administrator {address} created. They can now sign in.");
            return 0;
        });

        return new Command("users", "Manage sign-in accounts.") { createAdmin };
    }
}
