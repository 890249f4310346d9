using System.CommandLine;
using IucRecruit.Cli.Hosting;
using IucRecruit.Cli.Scenarios;
using IucRecruit.Data;
using IucRecruit.Data.Demo;
using IucRecruit.Data.Scenarios;
using IucRecruit.Data.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Cli.Demo;

/// <summary><c>iucrecruit demo-data</c>: fills a database with the demo organisation, as the run
/// command does. Refuses to touch a PostgreSQL database unless told it is not production.</summary>
internal static class DemoDataCommand
{
    public static Command Create(CliDatabaseOptions database, TextWriter output)
    {
        var notProduction = new Option<bool>("--not-production")
        {
            Description = "Confirm that this PostgreSQL database is not a production database.",
        };
        var command = new Command("demo-data", "Add the demo organisation, campaign, candidates and a user per role.") { notProduction };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var options = database.Read(parsed);
            if (options.Provider == DatabaseProvider.PostgreSql && !parsed.GetValue(notProduction))
            {
                await parsed.InvocationConfiguration.Error.WriteLineAsync(
                    "Refused: demo data has well-known passwords. Add --not-production if this PostgreSQL database is not production.");
                return 2;
            }
            await using var services = database.Services(parsed, s =>
            {
                s.AddScoped<DemoDataSeeder>();
                // The demo's listening result needs the exercise from the scenario library.
                s.AddSingleton(ScenariosCommand.Options().Load());
                s.AddScoped<ScenarioRotationService>();
            });
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().MigrateAsync(options, cancellationToken);
            var data = await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>()
                .SeedAsync(DemoDataSeeder.DefaultPassword, cancellationToken);
            await output.WriteLineAsync($"Demo data ready: {data.Organisation.Name}, campaign \"{data.Campaign.Name}\".");
            foreach (var account in DemoDataSeeder.StaffAccounts)
                await output.WriteLineAsync($"  {account.Email} ({account.Role}), password {DemoDataSeeder.DefaultPassword}");
            return 0;
        });
        return command;
    }
}
