using IucRecruit.Core.Privacy;
using IucRecruit.Data.Candidates;
using IucRecruit.Data.Equality;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Privacy.Holdings;

/// <summary>The candidate's record (name, email, mobile, adjustments, preferences) and their equality
/// monitoring answers.</summary>
public sealed class CandidateDetailsData(RecruitmentDbContext db) : ICandidateData
{
    public string Title => "Name, contact details, adjustments and equality monitoring answers";

    public IReadOnlyList<Type> Tables => [typeof(Candidate), typeof(EqualityMonitoring)];

    public string WhenErased =>
        "Name, email address, mobile number, adjustments, contract preferences and notes are blanked; the record stays, anonymous, " +
        "with its campaign, channel and dates, so that the statistics do not change. Equality answers stay on the " +
        "anonymous record for the equality statistics (only counted in groups of five or more).";

    public async Task ExportAsync(Guid candidateId, SubjectAccessArchive archive, CancellationToken cancellationToken)
    {
        var c = await db.Candidates.AsNoTracking().Include(x => x.Campaign).SingleAsync(x => x.Id == candidateId, cancellationToken);
        await archive.AddJsonAsync("candidate.json", "Your record: name, email address, mobile number (and whether you asked for no text messages), the campaign you applied to, how you " +
            "heard of it, your reasonable adjustments and the working patterns you asked about.", new
            {
                c.Id, c.GivenName, c.FamilyName, c.Email, c.MobileNumber, c.TextMessagesDeclined, Campaign = c.Campaign!.Name, c.Campaign.Site, c.Channel, c.CreatedUtc,
                c.ExtraTimePercent, c.RestBreaks, c.AdjustmentNotes, c.PreferredContractTypes, c.FlexibleWorkingNotes,
                c.AssessmentErasedUtc, c.IdentityErasedUtc,
            }, cancellationToken);
        var answers = await db.EqualityMonitoring.AsNoTracking().SingleOrDefaultAsync(e => e.CandidateId == candidateId, cancellationToken);
        if (answers is not null)
        {
            await archive.AddJsonAsync("equality-monitoring.json", "Your answers to the equality monitoring questions. They are " +
                "never shown with your name; reports count them only in groups of five or more.", new
                {
                    answers.Sex, answers.AgeBand, answers.Ethnicity, answers.Disability, answers.Religion, answers.SexualOrientation,
                    answers.RecordedUtc,
                }, cancellationToken);
        }
    }

    public async Task EraseAsync(IReadOnlyList<Guid> candidateIds, PersonalDataCategory categories, ErasureWork work, CancellationToken cancellationToken)
    {
        if (!categories.HasFlag(PersonalDataCategory.Identity)) return;
        var changed = await db.Candidates.Where(c => candidateIds.Contains(c.Id) && c.IdentityErasedUtc == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.GivenName, PersonalDataMarker.ErasedGivenName)
                .SetProperty(c => c.FamilyName, PersonalDataMarker.ErasedFamilyName)
                .SetProperty(c => c.Email, "")
                .SetProperty(c => c.MobileNumber, (string?)null)
                .SetProperty(c => c.TextMessagesDeclined, false)
                .SetProperty(c => c.ExtraTimePercent, 0)
                .SetProperty(c => c.RestBreaks, false)
                .SetProperty(c => c.AdjustmentNotes, (string?)null)
                .SetProperty(c => c.PreferredContractTypes, Array.Empty<Core.Retention.ContractType>())
                .SetProperty(c => c.FlexibleWorkingNotes, (string?)null), cancellationToken);
        work.Changed("Candidate records anonymised", changed);
    }
}
