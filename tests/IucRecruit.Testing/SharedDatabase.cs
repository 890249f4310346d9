using IucRecruit.Data.Messages;
using IucRecruit.Data.DataProtection;
using IucRecruit.Data.Invitations;
using IucRecruit.Data.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IucRecruit.Testing;

/// <summary>Works on the database of a server running as its own process (<see cref="ServerProcess"/>),
/// as the command-line tool would: the two share the Data Protection keys in that database, so an
/// invitation issued here opens on the server.</summary>
public static class SharedDatabase
{
    public static async Task<string> InviteAsync(DatabaseOptions database, Guid candidateId, TimeSpan lifetime) =>
        (await InviteAsync(database, [candidateId], lifetime))[0];

    /// <summary>An invitation for each candidate, in order.</summary>
    public static async Task<IReadOnlyList<string>> InviteAsync(DatabaseOptions database, IReadOnlyList<Guid> candidateIds, TimeSpan lifetime)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(database));
        services.AddRecruitmentDatabase();
        services.AddRecruitmentDataProtection();
        services.AddScoped<CandidateInvitationService>();
        services.AddScoped<Outbox>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var invitations = scope.ServiceProvider.GetRequiredService<CandidateInvitationService>();
        var tokens = new List<string>();
        foreach (var candidateId in candidateIds) tokens.Add((await invitations.IssueAsync(candidateId, lifetime, issuedBy: null)).Token);
        return tokens;
    }
}
