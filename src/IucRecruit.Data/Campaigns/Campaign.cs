using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Funnel;
using IucRecruit.Core.Retention;
using IucRecruit.Data.Organisations;

namespace IucRecruit.Data.Campaigns;

/// <summary>One recruitment drive: an advert for a role at a site.</summary>
public sealed class Campaign
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string Name { get; set; }
    public AdvisorRole Role { get; set; }
    public required string Site { get; set; }

    /// <summary>Hours, weekends and bank holidays, in plain words: the guide asks that they be made
    /// clear "both verbally on the day and in written form" (seeds/001). The current text; every
    /// version a candidate may have been shown is kept in <see cref="WorkingConditionsVersion"/>.</summary>
    public required string WorkingConditions { get; set; }

    /// <summary>The number of the current <see cref="WorkingConditions"/> text (1, 2, …).</summary>
    public int WorkingConditionsVersion { get; set; } = 1;

    /// <summary>A typical shift's length in minutes, as the campaign states it; null when it has not.</summary>
    public int? TypicalShiftMinutes { get; set; }

    /// <summary>The fewest and most calls an advisor takes in a typical shift, as the campaign
    /// states them (equal for one figure); null when it has not.</summary>
    public int? FewestCallsPerShift { get; set; }

    /// <inheritdoc cref="FewestCallsPerShift"/>
    public int? MostCallsPerShift { get; set; }

    /// <summary>The shift in figures, beside the <see cref="WorkingConditions"/> text. Not versioned
    /// with it: an acknowledgement is of the text (docs/decisions/0073).</summary>
    public TypicalShift TypicalShift
    {
        get => new(TypicalShiftMinutes, FewestCallsPerShift, MostCallsPerShift);
        set => (TypicalShiftMinutes, FewestCallsPerShift, MostCallsPerShift) = (value.ShiftMinutes, value.FewestCalls, value.MostCalls);
    }

    /// <summary>The funnel stages this campaign uses; the mandatory ones are always among them.</summary>
    public StageSet Stages { get; set; } = StageSet.All;

    /// <summary>Full time, part time, job share, fixed term, bank: what the advert offers.</summary>
    public IReadOnlyList<ContractType> ContractTypesOffered { get; set; } = [];

    public DateTime CreatedUtc { get; set; }
}
