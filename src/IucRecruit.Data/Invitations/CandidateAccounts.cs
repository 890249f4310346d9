using IucRecruit.Core.Identity;
using IucRecruit.Data.Candidates;
using IucRecruit.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace IucRecruit.Data.Invitations;

/// <summary>
/// A candidate's sign-in account, made the first time they open an invitation. It has no password
/// and no email of its own, so it can be entered only through an invitation link; imported
/// applicants who are never invited get no account at all.
/// </summary>
public sealed class CandidateAccounts(UserManager<AppUser> users, TimeProvider clock)
{
    public static string UserNameFor(Guid candidateId) => $"candidate-{candidateId:N}";

    public async Task<AppUser> EnsureAsync(Candidate candidate)
    {
        if (candidate.IsErased) throw new CandidateErasedException(candidate.Id);
        var existing = await users.FindByNameAsync(UserNameFor(candidate.Id));
        if (existing is not null) return existing;

        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = UserNameFor(candidate.Id),
            DisplayName = candidate.FullName,
            CandidateId = candidate.Id,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        Check(await users.CreateAsync(user));
        Check(await users.AddToRoleAsync(user, Roles.Candidate));
        return user;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(
                "Could not create the candidate's account: " + string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
