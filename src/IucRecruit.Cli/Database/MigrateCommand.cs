using System.CommandLine;
using IucRecruit.Cli.Hosting;
using IucRecruit.Data;
using IucRecruit.Data.Identity;
using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Cli.Database;

/// <summary><c>iucrecruit migrate</c>: brings the schema up to date, as the web app does at start-up;
/// useful before a deployment or to check a database.</summary>
internal static class MigrateCommand
{
    public static Command Create(CliDatabaseOptions database, TextWriter output)
    {
        var command = new Command("migrate", "Apply the database migrations and create the roles.");
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var services = database.Services(parsed);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.MigrateAsync(database.Read(parsed), cancellationToken);
            await IdentityRules.EnsureRolesAsync(db, cancellationToken);
            await output.WriteLineAsync(pending.Count == 0
                ? "The database is up to date."
                : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
            return 0;
        });
        return command;
    }
}
