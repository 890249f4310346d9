using System.Globalization;
using IucRecruit.Core.Campaigns;
using IucRecruit.Core.Candidates;

namespace IucRecruit.Data.Funnel.Reports;

/// <summary>
/// Which candidates the dashboard describes: those who applied to the chosen campaign (or to
/// campaigns at the chosen site, for the chosen role) through the chosen channel, in the chosen
/// months, and, if chosen, whose assessment day it was. Every section follows the same candidates
/// from application to leaving, so the numbers of one section can be traced into the next.
/// </summary>
public sealed record FunnelFilter(
    Guid? CampaignId = null, string? Site = null, AdvisorRole? Role = null, RecruitmentChannel? Channel = null,
    DateOnly? AssessmentDay = null, DateOnly? FromMonth = null, DateOnly? ToMonth = null)
{
    public static readonly FunnelFilter Everyone = new();

    /// <summary>A campaign, a site or an assessment day picks out few enough candidates to read them
    /// one by one; otherwise the dashboard reads the tallies (docs/decisions/0010).</summary>
    public bool IsSelective => CampaignId is not null || Site is not null || AssessmentDay is not null;

    /// <summary>A campaign or an assessment day: the funnel positions and the summary's retention
    /// then read the chosen candidates' own rows; their tallies also count by site (docs/decisions/0058).</summary>
    public bool NamesCampaignOrDay => CampaignId is not null || AssessmentDay is not null;

    /// <summary>Applications from the first day of <see cref="FromMonth"/>.</summary>
    public DateTime? AppliedFromUtc => FromMonth is { } m ? new DateTime(m.Year, m.Month, 1, 0, 0, 0, DateTimeKind.Utc) : null;

    /// <summary>Applications before the first day of the month after <see cref="ToMonth"/>.</summary>
    public DateTime? AppliedBeforeUtc => ToMonth is { } m ? new DateTime(m.Year, m.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1) : null;

    public int? FromYearMonth => FromMonth is { } m ? m.Year * 100 + m.Month : null;

    public int? ToYearMonth => ToMonth is { } m ? m.Year * 100 + m.Month : null;

    /// <summary>Reads a month written as yyyy-MM (what an HTML month input sends).</summary>
    public static DateOnly? ParseMonth(string? text) =>
        DateOnly.TryParseExact(text?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month : null;

    public static string? FormatMonth(DateOnly? month) => month?.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
