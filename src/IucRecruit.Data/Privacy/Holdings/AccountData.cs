using IucRecruit.Core.Privacy;
using IucRecruit.Data.Identity;
using IucRecruit.Data.Invitations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Privacy.Holdings;

/// <summary>The candidate's sign-in account (made when they first opened an invitation) and their
/// invitations.</summary>
public sealed class AccountData(RecruitmentDbContext db) : ICandidateData
{
    public string Title => "Sign-in account and invitation links";

    public IReadOnlyList<Type> Tables =>
    [
        typeof(AppUser), typeof(IdentityUserRole<Guid>), typeof(IdentityUserClaim<Guid>), typeof(IdentityUserLogin<Guid>),
        typeof(IdentityUserToken<Guid>), typeof(CandidateInvitation),
    ];

    public string WhenErased => "The sign-in account and every invitation link are deleted: the links stop working at once, " +
                                "and anyone signed in with them is signed out within a minute.";

    public async Task ExportAsync(Guid candidateId, SubjectAccessArchive archive, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.CandidateId == candidateId)
            .Select(u => new { u.UserName, u.DisplayName, u.CreatedUtc, u.LockoutEnd, u.AccessFailedCount }).SingleOrDefaultAsync(cancellationToken);
        if (account is not null)
        {
            await archive.AddJsonAsync("account.json", "The sign-in account made when you first opened an invitation link. " +
                "It has no password: only an invitation link opens it.", account, cancellationToken);
        }
        var invitations = await db.CandidateInvitations.AsNoTracking().Where(i => i.CandidateId == candidateId)
            .OrderBy(i => i.CreatedUtc).Select(i => new { i.CreatedUtc, i.ExpiresUtc, i.RedeemedUtc }).ToListAsync(cancellationToken);
        await archive.AddJsonAsync("invitations.json", "Each invitation link sent to you: when it was made, when it expires and " +
            "when it was used.", invitations, cancellationToken);
    }

    public async Task EraseAsync(IReadOnlyList<Guid> candidateIds, PersonalDataCategory categories, ErasureWork work, CancellationToken cancellationToken)
    {
        if (!categories.HasFlag(PersonalDataCategory.Identity)) return;
        var accounts = await db.Users.Where(u => u.CandidateId != null && candidateIds.Contains(u.CandidateId.Value))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        // Roles, claims, logins and tokens go with the account (cascading foreign keys).
        await db.Users.Where(u => accounts.Contains(u.Id)).ExecuteDeleteAsync(cancellationToken);
        work.Changed("Sign-in accounts deleted", accounts.Count, accounts);
        work.Changed("Invitation links deleted", await db.CandidateInvitations.Where(i => candidateIds.Contains(i.CandidateId))
            .ExecuteDeleteAsync(cancellationToken));
    }
}
