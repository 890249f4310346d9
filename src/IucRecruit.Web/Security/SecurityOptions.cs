using System.Security.Claims;

namespace IucRecruit.Web.Security;

/// <summary>Staff sign-in settings: who must use a second factor, and how long an idle session and any session last.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Comma-separated roles whose holders must sign in with an authenticator app (empty: nobody
    /// is made to, though anyone may turn it on). Administrators and recruiting managers see every
    /// candidate's personal data.</summary>
    public string RequireMfaForRoles { get; set; } = "Admin,RecruitingManager";

    /// <summary>A staff session with no request for this long ends; the page warns before.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A staff session ends this long after signing in, however busy (see <see cref="StaffSessionLimit"/>).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How often each node closes its hub connections whose session has ended (see
    /// <see cref="HubSessions"/>); their commands are refused at once regardless.</summary>
    public TimeSpan HubSessionSweep { get; set; } = TimeSpan.FromSeconds(1);

    public IReadOnlyList<string> RolesRequiringMfa =>
        RequireMfaForRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool MfaRequiredFor(ClaimsPrincipal user) => RolesRequiringMfa.Any(user.IsInRole);

    /// <summary>How long before the end the page warns: two minutes, or half a short timeout.</summary>
    public TimeSpan IdleWarning => IdleTimeout < TimeSpan.FromMinutes(4) ? IdleTimeout / 2 : TimeSpan.FromMinutes(2);
}
