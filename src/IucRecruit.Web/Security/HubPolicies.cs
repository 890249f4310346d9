using IucRecruit.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace IucRecruit.Web.Security;

/// <summary>
/// Role policies for hub methods. Each names the roles allowed; a refusal is logged with the hub
/// method that was refused and who asked (SignalR alone would only tell the client). Which call a
/// person may act in is decided by the call itself (CallAccess).
/// </summary>
public static class HubPolicies
{
    public const string CallParticipant = "Hub.CallParticipant";
    public const string CallSpeaker = "Hub.CallSpeaker";
    public const string CallCandidate = "Hub.CallCandidate";
    public const string CallRolePlayer = "Hub.CallRolePlayer";
    public const string CallAssessor = "Hub.CallAssessor";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(CallParticipant, p => p.AddRequirements(new HubRoleRequirement(Roles.Candidate, Roles.RolePlayer, Roles.Assessor)));
        options.AddPolicy(CallSpeaker, p => p.AddRequirements(new HubRoleRequirement(Roles.Candidate, Roles.RolePlayer)));
        options.AddPolicy(CallCandidate, p => p.AddRequirements(new HubRoleRequirement(Roles.Candidate)));
        options.AddPolicy(CallRolePlayer, p => p.AddRequirements(new HubRoleRequirement(Roles.RolePlayer)));
        options.AddPolicy(CallAssessor, p => p.AddRequirements(new HubRoleRequirement(Roles.Assessor)));
    }
}

public sealed class HubRoleRequirement(params string[] roles) : IAuthorizationRequirement
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

public sealed partial class HubRoleHandler(ILogger<HubRoleHandler> log) : AuthorizationHandler<HubRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, HubRoleRequirement requirement)
    {
        if (requirement.Roles.Any(context.User.IsInRole))
        {
            context.Succeed(requirement);
        }
        else
        {
            var target = context.Resource is HubInvocationContext invocation
                ? $"{invocation.Hub.GetType().Name}.{invocation.HubMethodName}"
                : "hub connection";
            var userId = context.User.UserId();
            LogRefused(log, target, userId, string.Join(",", requirement.Roles));
        }
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Target} to user {UserId}: needs one of the roles {Roles}")]
    private static partial void LogRefused(ILogger logger, string target, Guid? userId, string roles);
}
