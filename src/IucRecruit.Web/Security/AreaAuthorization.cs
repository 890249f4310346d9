using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace IucRecruit.Web.Security;

/// <summary>One Razor Pages area per role (DESIGN.md §6), each closed to every other role.</summary>
public static class AreaAuthorization
{
    public static readonly IReadOnlyDictionary<string, string> PolicyByArea = new Dictionary<string, string>
    {
        ["Candidate"] = Policies.Candidate,
        ["RolePlayer"] = Policies.RolePlayer,
        ["Assessor"] = Policies.Assessor,
        ["Manager"] = Policies.RecruitingManager,
        ["Admin"] = Policies.Admin,
    };

    public static void Apply(PageConventionCollection conventions)
    {
        foreach (var (area, policy) in PolicyByArea)
        {
            conventions.AuthorizeAreaFolder(area, "/", policy);
        }
    }
}
