using System.CommandLine;
using IucRecruit.Cli.Hosting;
using IucRecruit.Data.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Cli.Privacy;

/// <summary><c>iucrecruit export-candidate --candidate ID --output FILE</c>: the subject access export
/// (everything held about one candidate, as one ZIP), recorded in the access audit as done from
/// the command line.</summary>
internal static class ExportCandidateCommand
{
    public static Command Create(CliDatabaseOptions database, TextWriter output, TextWriter error)
    {
        var candidate = new Option<Guid>("--candidate") { Description = "The candidate's id.", Required = true };
        var file = new Option<FileInfo>("--output") { Description = "The ZIP file to write.", Required = true };
        var command = new Command("export-candidate", "Write everything held about one candidate (a subject access export) to a ZIP file.")
        {
            candidate, file,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var services = await PrivacyServices.CreateAsync(database, parsed, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var target = parsed.GetValue(file)!;
            bool written;
            await using (var stream = File.Create(target.FullName))
            {
                written = await scope.ServiceProvider.GetRequiredService<SubjectAccessExport>()
                    .WriteAsync(parsed.GetValue(candidate), stream, Actor.CommandLine, cancellationToken);
            }
            if (!written)
            {
                File.Delete(target.FullName);
                await error.WriteLineAsync($"There is no candidate {parsed.GetValue(candidate)}.");
                return 1;
            }
            await output.WriteLineAsync($"Wrote everything held about candidate {parsed.GetValue(candidate)} to {target.FullName} " +
                                        $"({new FileInfo(target.FullName).Length / 1024} KB). The export is recorded in the access log.");
            return 0;
        });
        return command;
    }
}
