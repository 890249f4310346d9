namespace IucRecruit.Core.Candidates;

/// <summary>Where a candidate's application came from (DOMAIN.md, Funnel: channel recorded).</summary>
public enum RecruitmentChannel
{
    NhsJobs,
    AmbulanceJobsSite,
    /// <summary>Apprenticeships and "Grow Your Own" schemes.</summary>
    Apprenticeship,
    Agency,
    Internal,
    Other,
}

public static class RecruitmentChannelNames
{
    public static string DisplayName(this RecruitmentChannel channel) => channel switch
    {
        RecruitmentChannel.NhsJobs => "NHS Jobs",
        RecruitmentChannel.AmbulanceJobsSite => "Ambulance jobs site",
        RecruitmentChannel.Apprenticeship => "Apprenticeship / Grow Your Own",
        RecruitmentChannel.Agency => "Agency",
        RecruitmentChannel.Internal => "Internal",
        RecruitmentChannel.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };
}
