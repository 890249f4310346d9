using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Candidates;
using IucRecruit.Core.Funnel;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Funnel;
using IucRecruit.Data.Organisations;
using IucRecruit.Data.Retention;
using IucRecruit.Data.Storage;
using IucRecruit.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace IucRecruit.Data.Tests.Funnel;

/// <summary>A migrated throw-away database with one organisation and campaign, and the funnel's
/// services made over a fresh context per call, as a request would.</summary>
internal sealed class FunnelDatabase : IAsyncDisposable
{
    private FunnelDatabase(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
    public Campaign Campaign { get; private set; } = null!;

    public static async Task<FunnelDatabase> CreateAsync(DatabaseProvider provider)
    {
        var funnel = new FunnelDatabase(await TestDatabase.CreateAsync(provider));
        await using var db = funnel.Database.CreateContext();
        await db.MigrateAsync(funnel.Database.Options);
        funnel.Campaign = await funnel.AddCampaignAsync(db, "Health advisors – summer", AdvisorRole.HealthAdvisor, "Leeds");
        return funnel;
    }

    public async Task<Campaign> AddCampaignAsync(RecruitmentDbContext db, string name, AdvisorRole role, string site, StageSet? stages = null)
    {
        var organisation = db.Organisations.FirstOrDefault() ?? db.Organisations.Add(
            new Organisation { Id = Guid.CreateVersion7(), Name = "Trust", CreatedUtc = Now }).Entity;
        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(), OrganisationId = organisation.Id, Name = name, Role = role, Site = site,
            WorkingConditions = "3 of every 4 weekends.", Stages = stages ?? StageSet.All, CreatedUtc = Now,
            ContractTypesOffered = [Core.Retention.ContractType.FullTime, Core.Retention.ContractType.PartTime],
        };
        db.Campaigns.Add(campaign);
        await Conditions(db).SetTextAsync(campaign, campaign.WorkingConditions, null, default);
        await db.SaveChangesAsync();
        return campaign;
    }

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    public async Task<Guid> AddApplicantAsync(string email, RecruitmentChannel channel = RecruitmentChannel.NhsJobs, DateTime? applied = null, Campaign? campaign = null)
    {
        await using var db = Database.CreateContext();
        var (candidate, refusal) = Applicants.Build(campaign ?? Campaign,
            new ApplicantDetails("Test", email, email, channel, applied ?? Now.AddDays(-60)), null, null, Now);
        Assert.Null(refusal);
        await NewCandidates.WriteAsync(db, [candidate!], default);
        return candidate!.Candidate.Id;
    }

    public async Task<StageChangeResult> RecordAsync(Guid candidateId, StageTransition transition)
    {
        await using var db = Database.CreateContext();
        return await StageLog(db).RecordAsync(candidateId, transition, actorUserId: null);
    }

    public StageLog StageLog(RecruitmentDbContext db) => new(db, new FunnelWriter(db), Clock);

    public EmploymentRecords Employment(RecruitmentDbContext db) => new(db, StageLog(db), Clock);

    public ObservedProgress Observed(RecruitmentDbContext db) => new(db, StageLog(db), NullLogger<ObservedProgress>.Instance);

    public WorkingConditionsRecords Conditions(RecruitmentDbContext db) => new(db, Observed(db), Clock);

    /// <summary>One run of <c>iucrecruit backfill-funnel</c>'s work, on a fresh context.</summary>
    public async Task<FunnelBackfill.Report> BackfillAsync()
    {
        await using var db = Database.CreateContext();
        return await new FunnelBackfill(db, Observed(db)).RunAsync();
    }

    public async Task<IReadOnlyList<string>> DifferencesFromTheLogAsync()
    {
        await using var db = Database.CreateContext();
        return await FunnelConsistency.DifferencesAsync(db);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
