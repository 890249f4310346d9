using System.CommandLine;
using System.Globalization;
using IucRecruit.Cli.Hosting;
using IucRecruit.Data;
using IucRecruit.Data.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IucRecruit.Cli.Audit;

/// <summary><c>iucrecruit audit verify</c>: walks the access audit's hash chain from its start
/// (docs/decisions/0056) and says either that every entry is linked, with how many there are and
/// the last hash (worth writing down elsewhere: an entry cut from the very end leaves no broken
/// link, only a shorter chain), or which entry first breaks it. It changes nothing, so it does not
/// migrate: a database not yet up to date is refused with what to run.</summary>
internal static class AuditCommand
{
    public static Command Create(CliDatabaseOptions database, TextWriter output, TextWriter error)
    {
        var verify = new Command("verify", "Check that no access-audit entry was changed or removed: exit 0 if the chain holds, 1 at the first broken link.");
        verify.SetAction(async (parsed, cancellationToken) =>
        {
            await using var services = database.Services(parsed);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await error.WriteLineAsync("The database is not up to date, so its audit has no chain yet: run `iucrecruit migrate` first.");
                return 2;
            }
            var result = await AccessAuditChain.VerifyAsync(db, cancellationToken);
            if (result.Broken is { } broken)
            {
                await error.WriteLineAsync(
                    $"BROKEN: the access audit's entry {broken.Id}, written {broken.AtUtc.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture)} UTC, " +
                    $"at place {broken.Sequence?.ToString(CultureInfo.InvariantCulture) ?? "none"}, {result.Problem}. " +
                    $"The {result.Count} entries before it are linked.");
                return 1;
            }
            await output.WriteLineAsync($"OK: all {result.Count} access-audit entries are linked. Last hash: {result.LastHash}");
            return 0;
        });
        return new Command("audit", "The access audit (who saw candidates' data).") { verify };
    }
}
