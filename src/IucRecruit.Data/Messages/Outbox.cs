using IucRecruit.Core.Messages;
using IucRecruit.Data.Candidates;
using IucRecruit.Data.Identity;
using Microsoft.Extensions.Options;

namespace IucRecruit.Data.Messages;

/// <summary>
/// Writes messages to the outbox in the caller's unit of work: it adds the row to the context and
/// saves nothing, so the message is committed by the same SaveChanges (and transaction) as the
/// action that causes it, or not at all (docs/decisions/0062).
/// </summary>
public sealed class Outbox(RecruitmentDbContext db, IOptions<MessagesOptions> options, TimeProvider clock)
{
    /// <summary>Whether a text message to the candidate is to be written: the provider sends texts
    /// and the candidate may be texted (a mobile held, not declined, not erased).</summary>
    public bool CanText(Candidate candidate) => options.Value.SendsTexts && candidate.CanBeTexted;

    /// <summary>A message to a candidate, by email, or to their mobile number for a text kind (ask
    /// <see cref="CanText"/> first). <paramref name="values"/> adds to the values every candidate
    /// message has (names and campaign).</summary>
    public OutboxMessage ToCandidate(MessageKind kind, Candidate candidate, string campaignName, Guid? createdBy,
        IReadOnlyDictionary<string, string>? values = null, Guid? invitationId = null, Guid? mockCallId = null, DateTime? notBeforeUtc = null)
    {
        if (candidate.IsErased) throw new InvalidOperationException(Candidate.ErasedRefusal);
        var isText = MessageTemplates.IsText(kind);
        if (isText && !CanText(candidate)) throw new InvalidOperationException("No text message can go to this candidate.");
        var all = CandidateValues(candidate, campaignName);
        foreach (var (name, value) in values ?? new Dictionary<string, string>()) all[name] = value;
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            Recipient = isText ? candidate.MobileNumber! : candidate.Email,
            RecipientName = candidate.FullName,
            CandidateId = candidate.Id,
            InvitationId = invitationId,
            MockCallId = mockCallId,
            Values = all,
            CreatedUtc = now,
            CreatedByUserId = createdBy,
            NextAttemptUtc = notBeforeUtc ?? now,
        };
        db.OutboxMessages.Add(message);
        return message;
    }

    /// <summary>A new member of staff's activation link. It names the account only by the address it
    /// goes to: the link is made when it is sent, for the account that then has that address and
    /// is still waiting to be activated (<see cref="MessageRenderer"/>).</summary>
    public OutboxMessage ToStaff(AppUser user, Guid? createdBy)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Kind = MessageKind.StaffInvitation,
            Recipient = user.Email ?? throw new InvalidOperationException("A member of staff has an email address."),
            RecipientName = user.DisplayName,
            Values = new Dictionary<string, string>(StringComparer.Ordinal) { ["full_name"] = user.DisplayName },
            CreatedUtc = now,
            CreatedByUserId = createdBy,
            NextAttemptUtc = now,
        };
        db.OutboxMessages.Add(message);
        return message;
    }

    /// <summary>What every message to a candidate can say: <c>{first_name}</c>, <c>{full_name}</c>, <c>{campaign}</c>.</summary>
    public static Dictionary<string, string> CandidateValues(Candidate candidate, string campaignName) => new(StringComparer.Ordinal)
    {
        ["first_name"] = candidate.GivenName,
        ["full_name"] = candidate.FullName,
        ["campaign"] = campaignName,
    };
}
