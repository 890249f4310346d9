namespace IucRecruit.Core.Campaigns;

/// <summary>The call-centre roles a campaign recruits for (DOMAIN.md, Users).</summary>
public enum AdvisorRole
{
    ServiceAdvisor,
    HealthAdvisor,
    ClinicalAdvisor,
}

public static class AdvisorRoleNames
{
    public static string DisplayName(this AdvisorRole role) => role switch
    {
        AdvisorRole.ServiceAdvisor => "Service advisor",
        AdvisorRole.HealthAdvisor => "Health advisor",
        AdvisorRole.ClinicalAdvisor => "Clinical advisor",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
