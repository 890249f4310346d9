using System.CommandLine;
using IucRecruit.Cli.Hosting;
using IucRecruit.Data;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Import;
using IucRecruit.Data.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Cli.Funnel;

/// <summary><c>iucrecruit import applicants FILE --campaign ID</c> and <c>iucrecruit import leavers FILE</c>
/// (CSV or .xlsx, with <c>--sheet NAME</c> for a sheet other than the first): the same all-or-nothing
/// imports as the Manager pages (docs/imports.md). Exit code 0 when the file was imported, 1 when it
/// had problems (each printed; nothing imported), 2 when it cannot be read.</summary>
internal static class ImportCommand
{
    public static Command Create(CliDatabaseOptions database, TextWriter output, TextWriter error)
    {
        var applicantsFile = new Argument<FileInfo>("FILE") { Description = "The applicant-tracking system's export, CSV or .xlsx." };
        var campaign = new Option<Guid>("--campaign") { Description = "The id of the campaign they applied to.", Required = true };
        var applicantsSheet = SheetOption();
        var applicants = new Command("applicants", "Add applicants to a campaign from an applicant-tracking export (CSV or .xlsx).")
        {
            applicantsFile, campaign, applicantsSheet,
        };
        applicants.SetAction((parsed, cancellationToken) => RunAsync(database, parsed, parsed.GetValue(applicantsFile)!, parsed.GetValue(applicantsSheet),
            output, error, (services, file) => services.GetRequiredService<ApplicantImport>().RunAsync(file, parsed.GetValue(campaign), null, cancellationToken),
            cancellationToken));

        var leaversFile = new Argument<FileInfo>("FILE") { Description = "The workforce system's export of starters and leavers, CSV or .xlsx." };
        var leaversSheet = SheetOption();
        var leavers = new Command("leavers", "Record checks, starters, training milestones and leavers from a workforce-system export (CSV or .xlsx).")
        {
            leaversFile, leaversSheet,
        };
        leavers.SetAction((parsed, cancellationToken) => RunAsync(database, parsed, parsed.GetValue(leaversFile)!, parsed.GetValue(leaversSheet),
            output, error, (services, file) => services.GetRequiredService<WorkforceImport>().RunAsync(file, null, cancellationToken),
            cancellationToken));

        return new Command("import", "Import applicants, or starters and leavers, from CSV or .xlsx files (docs/imports.md).") { applicants, leavers };
    }

    private static Option<string?> SheetOption() => new("--sheet") { Description = "For an .xlsx workbook: the sheet to read (default: the first)." };

    private static async Task<int> RunAsync(CliDatabaseOptions database, ParseResult parsed, FileInfo file, string? sheet, TextWriter output,
        TextWriter error, Func<IServiceProvider, ImportFile, Task<ImportResult>> import, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await error.WriteLineAsync($"There is no file {file.FullName}.");
            return 2;
        }
        await using var services = database.Services(parsed, s => s.AddRecruitmentFunnel(new ConfigurationBuilder().AddEnvironmentVariables().Build()));
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>().MigrateAsync(database.Read(parsed), cancellationToken);
        await using var stream = file.OpenRead();
        var result = await import(scope.ServiceProvider, new ImportFile(stream, file.Name, sheet));
        if (!result.Succeeded)
        {
            await error.WriteLineAsync($"Nothing was imported: {file.Name} has {result.Errors.Count} problem(s).");
            foreach (var e in result.Errors)
                await error.WriteLineAsync($"  row {e.Row}, column {e.Column}: found \"{e.Value}\"; expected {e.Expected}");
            return 1;
        }
        await output.WriteLineAsync($"{file.Name}: {result.Summary}");
        if (result.IgnoredColumns.Count > 0) await output.WriteLineAsync($"Columns not used: {string.Join(", ", result.IgnoredColumns)}");
        return 0;
    }
}
