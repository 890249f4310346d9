using IucRecruit.Core.Invitations;
using IucRecruit.Core.Messages;
using IucRecruit.Data.Candidates;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Invitations;

/// <summary>
/// "Send me a new link" (issue 11 item 5): a candidate who signed out, or lost or used up their
/// link, asks for one with their email address and gets a fresh single-use link by email. Whoever
/// asks is told the same, whether or not the address is on file, so the page cannot be used to find
/// out who applied; the link goes only to the address on file, so knowing an address gains nothing.
/// </summary>
public sealed class NewLinkRequests(RecruitmentDbContext db, CandidateInvitationService invitations, TimeProvider clock)
{
    /// <summary>At most this many new links per candidate in <see cref="Window"/>: enough to get
    /// back in, not enough to flood someone's inbox.</summary>
    public const int PerWindow = 3;

    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>Sends a new link to each candidate with this address who has been invited before
    /// (the team decided to let them in), is not erased, and has not had <see cref="PerWindow"/>
    /// new links in the last hour. Returns how many were sent, for the log only.</summary>
    public async Task<int> RequestAsync(string email, CancellationToken cancellationToken)
    {
        // Addresses are stored in lower case (the import and the add form lower them).
        var address = email.Trim().ToLowerInvariant();
        if (address.Length is 0 or > 320) return 0;
        var since = clock.GetUtcNow().UtcDateTime - Window;
        var candidateIds = await db.Candidates.AsNoTracking()
            .Where(c => c.Email == address && db.CandidateInvitations.Any(i => i.CandidateId == c.Id))
            .Where(c => db.OutboxMessages.Count(m => m.CandidateId == c.Id && m.Kind == MessageKind.NewLink && m.CreatedUtc > since) < PerWindow)
            .Select(c => c.Id).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in candidateIds)
        {
            if (await db.Candidates.IsErasedAsync(id, cancellationToken)) continue;
            await invitations.IssueAsync(id, InvitationRules.DefaultLifetime, issuedBy: null, MessageKind.NewLink, cancellationToken);
            sent++;
        }
        return sent;
    }
}
