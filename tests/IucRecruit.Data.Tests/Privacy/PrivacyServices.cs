using IucRecruit.Data.Messages;
using IucRecruit.Core.Privacy;
using IucRecruit.Data.DataProtection;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Funnel.Reports;
using IucRecruit.Data.Identity;
using IucRecruit.Data.Invitations;
using IucRecruit.Data.Calls;
using IucRecruit.Data.Privacy;
using IucRecruit.Data.Storage;
using IucRecruit.Data.Tests.Funnel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IucRecruit.Data.Tests.Privacy;

/// <summary>The data-protection services over a test funnel database, as the web app and the
/// command-line tool register them, each use in a scope of its own (as a request would).</summary>
internal sealed class PrivacyServices : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public PrivacyServices(FunnelDatabase funnel, DataRetentionOptions? retention = null)
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(funnel.Clock);
        services.AddSingleton(Options.Create(funnel.Database.Options));
        services.AddRecruitmentDatabase();
        services.AddRecruitmentDataProtection();
        services.AddRecruitmentIdentityCore();
        services.AddScoped<CandidateAccounts>();
        services.AddScoped<CandidateInvitationService>();
        services.AddScoped<Outbox>();
        services.AddRecruitmentFunnel(configuration);
        services.AddCandidatePrivacy(configuration);
        if (retention is not null) services.AddSingleton(Options.Create(retention));
        provider = services.BuildServiceProvider();
    }

    public RecordingStorage Recordings => provider.GetRequiredService<RecordingStorage>();

    public async Task<T> UseAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = provider.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    public Task<CandidateErasure.Outcome> EraseAsync(Guid candidateId, string reason = "Request 2026-041 by email") =>
        UseAsync(s => s.GetRequiredService<CandidateErasure>().EraseAsync(candidateId, reason, new Actor(null, "Morgan Manager")));

    public Task<DataRetentionPurge.Result> PurgeAsync(bool dryRun) =>
        UseAsync(s => s.GetRequiredService<DataRetentionPurge>().RunAsync(dryRun, Actor.ScheduledPurge));

    /// <summary>Every dashboard table, for everyone and through the per-candidate read path (one
    /// site), as the cells read: what must not change when personal data goes.</summary>
    public Task<IReadOnlyList<string>> AggregatesAsync(string site) => UseAsync<IReadOnlyList<string>>(async s =>
    {
        var reports = s.GetRequiredService<FunnelReports>();
        var lines = new List<string>();
        foreach (var filter in new[] { FunnelFilter.Everyone, new FunnelFilter(Site: site) })
        foreach (var table in DashboardTables.All(await reports.BuildAsync(filter, new DashboardOptions())))
            lines.AddRange(table.Rows.Select(row => $"{filter.Site ?? "everyone"} {table.Name}: {string.Join(" | ", row)}"));
        return lines;
    });

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
