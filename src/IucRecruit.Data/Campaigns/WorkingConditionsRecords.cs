using IucRecruit.Core.Funnel;
using IucRecruit.Data.Funnel;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Campaigns;

/// <summary>Versions of a campaign's working conditions, and candidates' acknowledgements of them.</summary>
public sealed class WorkingConditionsRecords(RecruitmentDbContext db, ObservedProgress observed, TimeProvider clock)
{
    /// <summary>Makes <paramref name="text"/> the campaign's conditions; a changed text becomes a new
    /// version, so that earlier acknowledgements still say what those candidates were shown.</summary>
    public async Task<int> SetTextAsync(Campaign campaign, string text, Guid? userId, CancellationToken cancellationToken)
    {
        text = text.Trim();
        var exists = await db.WorkingConditionsVersions.AnyAsync(v => v.CampaignId == campaign.Id, cancellationToken);
        if (exists && text == campaign.WorkingConditions) return campaign.WorkingConditionsVersion;
        campaign.WorkingConditionsVersion = exists ? campaign.WorkingConditionsVersion + 1 : 1;
        campaign.WorkingConditions = text;
        db.WorkingConditionsVersions.Add(new WorkingConditionsVersion
        {
            CampaignId = campaign.Id, Version = campaign.WorkingConditionsVersion, Text = text,
            CreatedUtc = clock.GetUtcNow().UtcDateTime, CreatedByUserId = userId,
        });
        return campaign.WorkingConditionsVersion;
    }

    /// <summary>Records that the candidate acknowledged the version of the conditions they were
    /// shown (the campaign's current one unless said), on the day or in writing, and with it, in one
    /// transaction, the funnel stage it proves.</summary>
    /// <summary>Why <paramref name="version"/> cannot be the version acknowledged; null if it can
    /// (null itself means the current one).</summary>
    public static string? VersionRefusal(Campaign campaign, int? version) =>
        version is < 1 || version > campaign.WorkingConditionsVersion ? $"Choose a version from 1 to {campaign.WorkingConditionsVersion}" : null;

    public async Task<ConditionsAcknowledgement> AcknowledgeAsync(Guid candidateId, AcknowledgementMethod method, int? version,
        Guid? recordedByUserId, CancellationToken cancellationToken)
    {
        var campaign = await db.Candidates.Where(c => c.Id == candidateId).Select(c => c.Campaign!).SingleAsync(cancellationToken);
        await EnsureCurrentVersionAsync(campaign, cancellationToken);
        if (VersionRefusal(campaign, version) is { } refusal) throw new ArgumentOutOfRangeException(nameof(version), version, refusal);
        var acknowledgement = new ConditionsAcknowledgement
        {
            Id = Guid.CreateVersion7(),
            CandidateId = candidateId,
            CampaignId = campaign.Id,
            Version = version ?? campaign.WorkingConditionsVersion,
            Method = method,
            AcknowledgedUtc = clock.GetUtcNow().UtcDateTime,
            RecordedByUserId = recordedByUserId,
        };
        await using var transaction = await FunnelTransaction.BeginAsync(db, cancellationToken);
        db.ConditionsAcknowledgements.Add(acknowledgement);
        await db.SaveChangesAsync(cancellationToken);
        await observed.RecordAsync(candidateId, Observation.ConditionsAcknowledged, acknowledgement.AcknowledgedUtc,
            ReasonFor(acknowledgement), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return acknowledgement;
    }

    /// <summary>The acknowledgement in the stage log's words.</summary>
    public static string ReasonFor(ConditionsAcknowledgement acknowledgement) =>
        $"Acknowledged the working conditions (version {acknowledgement.Version}, {(acknowledgement.Method == AcknowledgementMethod.OnTheDay ? "on the day" : "in writing")})";

    /// <summary>Keeps the campaign's current text as a version, for campaigns made without one (before
    /// versions existed, or by code that sets the text directly).</summary>
    public async Task EnsureCurrentVersionAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        if (await db.WorkingConditionsVersions.AnyAsync(v => v.CampaignId == campaign.Id && v.Version == campaign.WorkingConditionsVersion, cancellationToken))
            return;
        db.WorkingConditionsVersions.Add(new WorkingConditionsVersion
        {
            CampaignId = campaign.Id, Version = campaign.WorkingConditionsVersion, Text = campaign.WorkingConditions,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<List<ConditionsAcknowledgement>> ForCandidateAsync(Guid candidateId, CancellationToken cancellationToken) =>
        db.ConditionsAcknowledgements.AsNoTracking().Where(a => a.CandidateId == candidateId)
            .OrderBy(a => a.AcknowledgedUtc).ToListAsync(cancellationToken);
}
