using IucRecruit.Core.Identity;
using IucRecruit.Testing;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Cli.Tests.Users;

public sealed class CreateAdminCommandTests
{
    [Fact]
    public async Task Creates_an_administrator_whose_password_came_from_standard_input()
    {
        await using var database = TestDatabase.Sqlite();

        var run = await CliRun.RunAsync("First-Admin-Pass-9\n",
            "users", "create-admin", "--email", "lead@trust.nhs.uk", "--name", "Lead Admin", "--data-folder", database.Options.DataFolder);

        Assert.Equal(0, run.ExitCode);
        await using var db = database.CreateContext();
        var user = await db.Users.SingleAsync(u => u.UserName == "lead@trust.nhs.uk");
        Assert.NotNull(user.PasswordHash);
        var roleIds = db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId);
        Assert.Equal([Roles.Admin], await db.Roles.Where(r => roleIds.Contains(r.Id)).Select(r => r.Name).ToListAsync());
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_every_reason_and_nothing_is_created()
    {
        await using var database = TestDatabase.Sqlite();

        var run = await CliRun.RunAsync("weak\n",
            "users", "create-admin", "--email", "lead@trust.nhs.uk", "--name", "Lead Admin", "--data-folder", database.Options.DataFolder);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("at least 12 characters", run.Error, StringComparison.Ordinal);
        Assert.Contains("at least one digit", run.Error, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.False(await db.Users.AnyAsync());
    }

    [Fact]
    public async Task No_password_on_standard_input_is_an_error()
    {
        await using var database = TestDatabase.Sqlite();

        var run = await CliRun.RunAsync("", "users", "create-admin", "--email", "a@b.nhs.uk", "--name", "A", "--data-folder", database.Options.DataFolder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No password on standard input", run.Error, StringComparison.Ordinal);
    }
}
