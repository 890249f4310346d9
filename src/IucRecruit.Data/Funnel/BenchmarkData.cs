using IucRecruit.Core.Campaigns;
using IucRecruit.Data.Campaigns;
using IucRecruit.Data.Organisations;
using IucRecruit.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Funnel;

/// <summary>
/// A large, realistic data set for the benchmark (<c>iucrecruit seed-bench</c>): campaigns of a few
/// hundred applicants each at ten sites, for the three roles, over the past two years, each
/// candidate taken through the funnel by <see cref="SyntheticFunnel"/>. Written in batches, each in
/// its own transaction, with the same writer as every other change.
/// </summary>
public static class BenchmarkData
{
    public const string OrganisationName = "Benchmark trust (generated)";

    private static readonly string[] Sites =
    [
        "Leeds", "Wakefield", "Bradford", "Hull", "Sheffield", "York", "Doncaster", "Harrogate", "Scarborough", "Rotherham",
    ];

    public sealed record Written(int Campaigns, int Candidates, long Events);

    public static async Task<Written> WriteAsync(RecruitmentDbContext db, int candidates, int seed, int months, DateTime nowUtc,
        Action<Written>? progress = null, CancellationToken cancellationToken = default)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Name == OrganisationName, cancellationToken);
        if (organisation is null)
        {
            organisation = new Organisation { Id = Guid.CreateVersion7(), Name = OrganisationName, CreatedUtc = nowUtc };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(cancellationToken);
        }
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var generator = new SyntheticFunnel(seed, nowUtc);
        var random = new Random(seed + 1);
        var batch = new List<NewCandidate>();
        int campaignCount = 0, written = 0;
        long events = 0;
        while (written + batch.Count < candidates)
        {
            var role = random.NextDouble() switch { < 0.5 => AdvisorRole.HealthAdvisor, < 0.85 => AdvisorRole.ServiceAdvisor, _ => AdvisorRole.ClinicalAdvisor };
            var site = Sites[random.Next(Sites.Length)];
            var opened = nowUtc.Date.AddDays(-random.Next(30, months * 30));
            var campaign = generator.Campaign(organisation.Id, $"{role.DisplayName()}s – {site} – {opened:MMMM yyyy} #{++campaignCount}", role, site, opened);
            await new TableWriter<Campaign>(db).InsertAsync([campaign], cancellationToken);
            await new TableWriter<WorkingConditionsVersion>(db).InsertAsync([SyntheticFunnel.FirstVersion(campaign)], cancellationToken);
            var size = Math.Min(random.Next(200, 800), candidates - written - batch.Count);
            for (var i = 0; i < size; i++)
                batch.Add(generator.Candidate(campaign, opened.AddDays(random.Next(0, Math.Min(60, (nowUtc - opened).Days))).AddMinutes(random.Next(7 * 60, 22 * 60))));
            if (batch.Count < 20_000 && written + batch.Count < candidates) continue;

            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                await NewCandidates.WriteAsync(db, batch, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            written += batch.Count;
            events += batch.Sum(c => c.Events.Count);
            batch.Clear();
            progress?.Invoke(new Written(campaignCount, written, events));
        }
        await DatabaseStatistics.RefreshAsync(db, cancellationToken);
        return new Written(campaignCount, written, events);
    }
}
