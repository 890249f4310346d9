using IucRecruit.Data;
using IucRecruit.Data.Demo;
using IucRecruit.Data.Identity;
using IucRecruit.Data.Invitations;
using IucRecruit.Data.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using IucRecruit.Web.Security;
using Microsoft.Extensions.Options;

namespace IucRecruit.Web.Hosting;

public static class StartupPreparation
{
    /// <summary>Brings the schema up to date and creates the roles; in demo mode, fills in the
    /// demo organisation and prints how to sign in once the server is listening.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (demo.Enabled && app.Environment.IsProduction())
            throw new InvalidOperationException(
                "Demo:Enabled is set in the Production environment. Demo data and its well-known " +
                "passwords are never created in production; remove the setting.");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitmentDbContext>();
        await db.MigrateAsync(scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        await IdentityRules.EnsureRolesAsync(db);
        if (!demo.Enabled) return;

        var data = await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(demo.Password);
        // Someone trying the privacy pages may erase the demo candidate: erasure is final, so they
        // get no new call and no new link at the next start (the banner says so).
        var erased = data.InvitedCandidate.IsErased;
        var call = erased ? null : await scope.ServiceProvider.GetRequiredService<DemoMockCall>().EnsureAsync(data);
        await scope.ServiceProvider.GetRequiredService<DemoAssessment>()
            .EnsureAsync(data, demo.Password);
        var invitationToken = erased ? null : (await scope.ServiceProvider.GetRequiredService<CandidateInvitationService>()
            .IssueAsync(data.InvitedCandidate.Id, TimeSpan.FromDays(7), issuedBy: null)).Token;
        app.Lifetime.ApplicationStarted.Register(() =>
            DemoBanner.Print(Console.Out, ListeningAddress(app), demo.Password, data, invitationToken, call,
                app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.RolesRequiringMfa, demo.MailInboxUrl));
    }

    private static string ListeningAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault() ?? "http://localhost:5000";
        // Kestrel reports a wildcard binding as "http://[::]:port"; a person needs a host to type.
        return address.Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal);
    }
}
