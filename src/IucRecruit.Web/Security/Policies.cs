using IucRecruit.Core.Identity;
using Microsoft.AspNetCore.Authorization;

namespace IucRecruit.Web.Security;

/// <summary>
/// Every page and hub method names one of these policies; anything that names none is refused
/// (the fallback policy denies), so a forgotten attribute fails closed.
/// </summary>
public static class Policies
{
    public const string Candidate = "Candidate";
    public const string RolePlayer = "RolePlayer";
    public const string Assessor = "Assessor";
    public const string RecruitingManager = "RecruitingManager";
    public const string Admin = "Admin";

    /// <summary>Recordings of calls: assessors (their own calls) and recruiting managers.</summary>
    public const string RecordingReview = "RecordingReview";

    /// <summary>Settling two assessors' disagreement as the lead assessor: recruiting managers and
    /// assessors; the page also refuses anyone who took part in the call.</summary>
    public const string Moderation = "Moderation";

    /// <summary>The scenario library's pages and recordings: administrators and recruiting managers.</summary>
    public const string ScenarioLibrary = "ScenarioLibrary";

    /// <summary>A candidate's data protection page (subject access export, erasure): recruiting
    /// managers and administrators.</summary>
    public const string CandidatePrivacy = "CandidatePrivacy";

    /// <summary>Staff who take part in call simulations, role-players and assessors: their own record
    /// of the sessions they took part in.</summary>
    public const string CallStaff = "CallStaff";

    /// <summary>Anyone signed in, whatever their role: signing out, the role chooser.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>Any member of staff, whatever their role: setting up two-step sign-in.</summary>
    public const string Staff = "Staff";

    /// <summary>The claim on a candidate's sign-in that names their candidate record.</summary>
    public const string CandidateIdClaim = "iucrecruit:candidate";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Candidate, p => p.RequireRole(Roles.Candidate).RequireClaim(CandidateIdClaim));
        options.AddPolicy(RolePlayer, p => p.RequireRole(Roles.RolePlayer));
        options.AddPolicy(Assessor, p => p.RequireRole(Roles.Assessor));
        options.AddPolicy(RecruitingManager, p => p.RequireRole(Roles.RecruitingManager));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(RecordingReview, p => p.RequireRole(Roles.Assessor, Roles.RecruitingManager));
        options.AddPolicy(Moderation, p => p.RequireRole(Roles.Assessor, Roles.RecruitingManager));
        options.AddPolicy(CallStaff, p => p.RequireRole(Roles.RolePlayer, Roles.Assessor));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Staff, p => p.RequireRole(Roles.Staff));
        options.AddPolicy(ScenarioLibrary, p => p.RequireRole(Roles.Admin, Roles.RecruitingManager));
        options.AddPolicy(CandidatePrivacy, p => p.RequireRole(Roles.Admin, Roles.RecruitingManager));

        // Deny by default: an endpoint without an explicit policy or [AllowAnonymous] is refused
        // to everyone, signed in or not. A request that matches no endpoint at all is let through
        // so that it can be answered "page not found" rather than "sign in".
        options.FallbackPolicy = new AuthorizationPolicyBuilder()
            .RequireAssertion(context => context.Resource is HttpContext http && http.GetEndpoint() is null)
            .Build();
    }
}
