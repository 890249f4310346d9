namespace IucRecruit.Core.Identity;

/// <summary>The five roles of the product. A person may hold several staff roles (an experienced
/// health advisor can be both a role-player and an assessor); a candidate holds only
/// <see cref="Candidate"/>.</summary>
public static class Roles
{
    public const string Candidate = "Candidate";
    public const string RolePlayer = "RolePlayer";
    public const string Assessor = "Assessor";
    public const string RecruitingManager = "RecruitingManager";
    public const string Admin = "Admin";

    /// <summary>Roles that staff can be given; candidates are never made by an administrator.</summary>
    public static readonly IReadOnlyList<string> Staff = [RolePlayer, Assessor, RecruitingManager, Admin];

    public static readonly IReadOnlyList<string> All = [Candidate, .. Staff];

    /// <summary>The name a person reads on screen.</summary>
    public static string DisplayName(string role) => role switch
    {
        Candidate => "Candidate",
        RolePlayer => "Role-player",
        Assessor => "Assessor",
        RecruitingManager => "Recruiting manager",
        Admin => "Administrator",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a role of this product."),
    };

    /// <summary>The URL path of each role's home page (its Razor Pages area).</summary>
    public static string HomePath(string role) => role switch
    {
        Candidate => "/candidate",
        RolePlayer => "/role-player",
        Assessor => "/assessor",
        RecruitingManager => "/manager",
        Admin => "/admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a role of this product."),
    };
}
