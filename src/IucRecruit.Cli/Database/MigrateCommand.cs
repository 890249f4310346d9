using System.CommandLine;
using IucRecruit.Cli.Hosting;
using IucRecruit.Data;
using IucRecruit.Data.Identity;
using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Cli.Database;

/// <summary><c>iucrecruit migrate</c>: brings the schema up to date, as the web app does at start-up;
/// useful before a deployment or to check a database. With <c>--script</c> it prints the SQL
/// instead, for a database administrator to review and run.</summary>
internal static class MigrateCommand
{
    public static Command Create(CliDatabaseOptions database, TextWriter output)
    {
        var script = new Option<bool>("--script")
        {
            Description = "Print the SQL that builds the whole schema on --provider (every migration, triggers included) instead of migrating. Needs no database.",
        };
        var command = new Command("migrate", "Apply the database migrations and create the roles.") { script };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (parsed.GetValue(script))
            {
                await using var offline = DatabaseRegistration.ConnectionlessContext(database.Read(parsed).Provider);
                await output.WriteAsync(offline.GetService<IMigrator>().GenerateScript());
                return 0;
            }
            await using var services = database.Services(parsed);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
            var applied = await db.MigrateAsync(database.Read(parsed), cancellationToken);
            await IdentityRules.EnsureRolesAsync(db, cancellationToken);
            await output.WriteLineAsync(applied.Count == 0
                ? "The database is up to date."
                : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
            return 0;
        });
        return command;
    }
}
