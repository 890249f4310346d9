using System.Security.Cryptography;
using IucRecruit.Core.Invitations;
using IucRecruit.Core.Messages;
using IucRecruit.Core.Time;
using IucRecruit.Data.Messages;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using IucRecruit.Data.Candidates;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Invitations;

/// <summary>Issues, checks and redeems candidates' invitation links.</summary>
/// <remarks>The token in the link is the invitation's id, protected (encrypted and signed) by
/// ASP.NET Core Data Protection; a changed character fails the signature. Expiry and single use
/// are decided from the database row, so a link can also be withdrawn.</remarks>
public sealed class CandidateInvitationService(
    RecruitmentDbContext db, IDataProtectionProvider protection, Outbox outbox, TimeProvider clock)
{
    private readonly IDataProtector protector = protection.CreateProtector("IucRecruit.CandidateInvitation.v1");

    public sealed record Issued(CandidateInvitation Invitation, string Token);

    public sealed record Opened(InvitationCheck Check, CandidateInvitation? Invitation);

    /// <param name="message">A message that sends the link to the candidate, written to the outbox
    /// with the invitation (docs/decisions/0062); none when the link is handed over another way.</param>
    /// <exception cref="CandidateErasedException">The candidate's personal data has been erased:
    /// callers that let a person ask for a link check <see cref="Candidates.Candidate.IsErased"/> first and say so.</exception>
    public async Task<Issued> IssueAsync(Guid candidateId, TimeSpan lifetime, Guid? issuedBy, MessageKind? message = null,
        CancellationToken cancellationToken = default)
    {
        var candidate = await db.Candidates.Include(c => c.Campaign).SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken)
                        ?? throw new InvalidOperationException($"There is no candidate {candidateId}.");
        if (candidate.IsErased) throw new CandidateErasedException(candidateId);
        var invitation = Add(candidateId, lifetime, issuedBy);
        if (message is { } kind) AddMessage(kind, candidate, invitation, issuedBy);
        await db.SaveChangesAsync(cancellationToken);
        return new Issued(invitation, TokenFor(invitation.Id));
    }

    /// <summary>A new invitation added to the caller's unit of work, unsaved: a booking saves it
    /// with the call and its confirmation.</summary>
    internal CandidateInvitation Add(Guid candidateId, TimeSpan lifetime, Guid? issuedBy)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = new CandidateInvitation
        {
            Id = Guid.CreateVersion7(),
            CandidateId = candidateId,
            CreatedUtc = now,
            CreatedByUserId = issuedBy,
            ExpiresUtc = now + InvitationRules.ValidLifetime(lifetime),
        };
        db.CandidateInvitations.Add(invitation);
        return invitation;
    }

    /// <summary>A message carrying the invitation's link, added to the caller's unit of work.</summary>
    internal void AddMessage(MessageKind kind, Candidate candidate, CandidateInvitation invitation, Guid? by) =>
        outbox.ToCandidate(kind, candidate, candidate.Campaign!.Name, by,
            new Dictionary<string, string> { ["expires"] = UkTime.DateAndClockWithZone(invitation.ExpiresUtc) }, invitationId: invitation.Id);

    /// <summary>Reads a link without using it up, so that a mail scanner that fetches the link
    /// does not spend the candidate's single use.</summary>
    public async Task<Opened> OpenAsync(string token, CancellationToken cancellationToken = default)
    {
        if (InvitationIdFrom(token) is not { } id) return new Opened(InvitationCheck.NotRecognised, null);
        var invitation = await db.CandidateInvitations.Include(i => i.Candidate).ThenInclude(c => c!.Campaign)
            .SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        // Erasure deletes a candidate's links; one that exists anyway (made in a race with the
        // erasure) must not open an account for an anonymous record either.
        if (invitation is null || invitation.Candidate!.IsErased) return new Opened(InvitationCheck.NotRecognised, null);
        var check = InvitationRules.Check(invitation.ExpiresUtc, invitation.RedeemedUtc, clock.GetUtcNow().UtcDateTime);
        return new Opened(check, invitation);
    }

    /// <summary>Uses the link up. Only one of two simultaneous redemptions succeeds: the update
    /// is conditional on the row still being unused.</summary>
    public async Task<Opened> RedeemAsync(string token, CancellationToken cancellationToken = default)
    {
        var opened = await OpenAsync(token, cancellationToken);
        if (opened.Check != InvitationCheck.Valid) return opened;
        var now = clock.GetUtcNow().UtcDateTime;
        var updated = await db.CandidateInvitations
            .Where(i => i.Id == opened.Invitation!.Id && i.RedeemedUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.RedeemedUtc, now), cancellationToken);
        if (updated == 0) return opened with { Check = InvitationCheck.AlreadyUsed };
        opened.Invitation!.RedeemedUtc = now;
        return opened;
    }

    /// <summary>The link's token for an invitation. Signing may create the first Data Protection key,
    /// stored through another connection: call it outside a transaction on SQLite.</summary>
    public string TokenFor(Guid invitationId) =>
        WebEncoders.Base64UrlEncode(protector.Protect(invitationId.ToByteArray()));

    private Guid? InvitationIdFrom(string token)
    {
        try
        {
            var bytes = protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            return bytes.Length == 16 ? new Guid(bytes) : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }
}

/// <summary>Someone asked for an invitation for a candidate whose personal data has been erased.</summary>
public sealed class CandidateErasedException(Guid candidateId)
    : InvalidOperationException($"Candidate {candidateId}: {Candidates.Candidate.ErasedRefusal}");
