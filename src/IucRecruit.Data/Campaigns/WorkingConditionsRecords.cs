using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Campaigns;

/// <summary>Versions of a campaign's working conditions, and candidates' acknowledgements of them.</summary>
public sealed class WorkingConditionsRecords(RecruitmentDbContext db, TimeProvider clock)
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
    /// shown (the campaign's current one unless said), on the day or in writing.</summary>
    public async Task<ConditionsAcknowledgement> AcknowledgeAsync(Guid candidateId, AcknowledgementMethod method, int? version,
        Guid? recordedByUserId, CancellationToken cancellationToken)
    {
        var campaign = await db.Candidates.Where(c => c.Id == candidateId)
            .Select(c => new { c.CampaignId, c.Campaign!.WorkingConditionsVersion })
            .SingleAsync(cancellationToken);
        var acknowledgement = new ConditionsAcknowledgement
        {
            Id = Guid.CreateVersion7(),
            CandidateId = candidateId,
            CampaignId = campaign.CampaignId,
            Version = version ?? campaign.WorkingConditionsVersion,
            Method = method,
            AcknowledgedUtc = clock.GetUtcNow().UtcDateTime,
            RecordedByUserId = recordedByUserId,
        };
        db.ConditionsAcknowledgements.Add(acknowledgement);
        await db.SaveChangesAsync(cancellationToken);
        return acknowledgement;
    }

    public Task<List<ConditionsAcknowledgement>> ForCandidateAsync(Guid candidateId, CancellationToken cancellationToken) =>
        db.ConditionsAcknowledgements.AsNoTracking().Where(a => a.CandidateId == candidateId)
            .OrderBy(a => a.AcknowledgedUtc).ToListAsync(cancellationToken);
}
