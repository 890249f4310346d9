using IucRecruit.Core.Candidates;
using IucRecruit.Core.Funnel;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Candidates;

public enum CandidateSort { Name, NewestApplication, Stage }

/// <summary>What the candidates page is asked for: one campaign or all, a search for a name or an
/// email address, filters, a sort and a page.</summary>
/// <param name="Search">Already normalised (<see cref="Core.Privacy.PersonalDataSearch"/>); null for none.</param>
/// <param name="AssessmentDayId">Candidates with a mock call booked on that assessment day.</param>
public sealed record CandidateFilter(
    Guid? CampaignId = null, string? Search = null, FunnelStage? Stage = null, FunnelOutcome? Outcome = null,
    RecruitmentChannel? Channel = null, string? Site = null, Guid? AssessmentDayId = null,
    CandidateSort Sort = CandidateSort.Name, int Page = 1);

/// <summary>One line of the list: who, where, and their funnel position (no stage when none recorded).</summary>
/// <remarks>Properties set by initialiser, not a constructor, so that the database can filter and
/// sort on them after the projection.</remarks>
public sealed record CandidateLine
{
    public Guid Id { get; init; }
    public string GivenName { get; init; } = "";
    public string FamilyName { get; init; } = "";
    public string Email { get; init; } = "";
    public RecruitmentChannel Channel { get; init; }
    public Guid CampaignId { get; init; }
    public string CampaignName { get; init; } = "";
    public string Site { get; init; } = "";
    public FunnelStage? Stage { get; init; }
    public FunnelOutcome? Outcome { get; init; }
    public DateTime? AppliedUtc { get; init; }

    /// <summary>The stages reached, as <see cref="StageSet"/> bits: the higher, the further the candidate
    /// got (stages are stored by name, which would sort them alphabetically).</summary>
    public int Reached { get; init; }

    public string FullName => $"{GivenName} {FamilyName}";

    /// <summary>Where the candidate is, in words.</summary>
    public string Position => Stage is not { } stage ? "No stage recorded"
        : Outcome is { } outcome ? $"{outcome.DisplayName()} at {stage.DisplayName()}" : stage.DisplayName();

    public IReadOnlyList<BulkAction> Actions => CandidateActions.For(Stage, Outcome);
}

/// <summary>
/// The candidates page's list: searched, filtered, sorted, and a page at a time (offset paging, as the
/// access log's; <see cref="PageSize"/> lines whatever the campaign's size, and one more read to know
/// whether there is a next page). Sorts end on the id so that pages never overlap or skip a line.
/// </summary>
public sealed class CandidateList(RecruitmentDbContext db)
{
    public const int PageSize = 50;

    /// <summary>The most candidates a bulk action on "all filtered" or a download takes at once.</summary>
    public const int BulkLimit = 500;

    public async Task<(IReadOnlyList<CandidateLine> Lines, bool More, int Count)> PageAsync(CandidateFilter filter, CancellationToken cancellationToken = default)
    {
        var query = Query(filter);
        var count = await query.CountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var lines = await Sorted(query, filter.Sort).Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        return (lines.Take(PageSize).ToList(), lines.Count > PageSize, count);
    }

    /// <summary>Every matching candidate, in the list's order, up to <paramref name="limit"/> (one more
    /// is read, so a caller can tell that there were more).</summary>
    public async Task<IReadOnlyList<CandidateLine>> AllAsync(CandidateFilter filter, int limit, CancellationToken cancellationToken = default) =>
        await Sorted(Query(filter), filter.Sort).Take(limit + 1).ToListAsync(cancellationToken);

    /// <summary>The given candidates (those that exist), in the list's shape.</summary>
    public async Task<IReadOnlyList<CandidateLine>> OfAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        await Sorted(Query(new CandidateFilter()).Where(l => ids.Contains(l.Id)), CandidateSort.Name).ToListAsync(cancellationToken);

    private IQueryable<CandidateLine> Query(CandidateFilter filter)
    {
        var candidates = db.Candidates.AsNoTracking();
        if (filter.CampaignId is { } campaign) candidates = candidates.Where(c => c.CampaignId == campaign);
        // ToLower() here is SQL's lower(), on every provider (PostgreSQL compares case-sensitively);
        // addresses are stored in lower case already.
#pragma warning disable CA1304, CA1311, CA1862
        if (filter.Search?.ToLowerInvariant() is { } search)
            candidates = candidates.Where(c => c.Email.Contains(search) || (c.GivenName + " " + c.FamilyName).ToLower().Contains(search));
#pragma warning restore CA1304, CA1311, CA1862
        if (filter.Channel is { } channel) candidates = candidates.Where(c => c.Channel == channel);
        if (filter.Site is { } site) candidates = candidates.Where(c => c.Campaign!.Site == site);
        if (filter.AssessmentDayId is { } day) candidates = candidates.Where(c => db.MockCalls.Any(m => m.CandidateId == c.Id && m.AssessmentDayId == day));

        var lines =
            from c in candidates
            join p in db.CandidateProgress on c.Id equals p.CandidateId into progress
            from p in progress.DefaultIfEmpty()
            select new CandidateLine
            {
                Id = c.Id, GivenName = c.GivenName, FamilyName = c.FamilyName, Email = c.Email, Channel = c.Channel,
                CampaignId = c.CampaignId, CampaignName = c.Campaign!.Name, Site = c.Campaign.Site,
                Stage = p == null ? null : p.CurrentStage, Outcome = p == null ? null : p.Outcome, AppliedUtc = p == null ? null : p.AppliedUtc,
                Reached = p == null ? 0 : p.ReachedStages,
            };
        if (filter.Stage is { } stage) lines = lines.Where(l => l.Stage == stage && l.Outcome == null);
        if (filter.Outcome is { } outcome) lines = lines.Where(l => l.Outcome == outcome);
        return lines;
    }

    private static IQueryable<CandidateLine> Sorted(IQueryable<CandidateLine> lines, CandidateSort sort) => sort switch
    {
        CandidateSort.NewestApplication => lines.OrderByDescending(l => l.AppliedUtc).ThenBy(l => l.FamilyName).ThenBy(l => l.Id),
        CandidateSort.Stage => lines.OrderByDescending(l => l.Reached).ThenBy(l => l.FamilyName).ThenBy(l => l.GivenName).ThenBy(l => l.Id),
        _ => lines.OrderBy(l => l.FamilyName).ThenBy(l => l.GivenName).ThenBy(l => l.Id),
    };
}
