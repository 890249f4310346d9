using IucRecruit.Core.Messages;
using IucRecruit.Data.Candidates;

namespace IucRecruit.Data.Messages;

/// <summary>
/// A message waiting to be sent, or sent (docs/decisions/0062). Written by the action that causes it,
/// in the same SaveChanges, so the action and its message commit or roll back together; the
/// background worker sends it, trying again with longer waits while the mail server is down.
/// The wording is filled in when it is sent, from <see cref="Values"/> and the kind's current
/// wording; a link is made then from <see cref="InvitationId"/>, so no usable link is stored here.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public MessageKind Kind { get; set; }

    /// <summary>The email address it goes to; for a text message (<see cref="MessageTemplates.IsText"/>), the mobile number.</summary>
    public required string Recipient { get; set; }
    public required string RecipientName { get; set; }

    public Guid? CandidateId { get; set; }
    public Candidate? Candidate { get; set; }

    /// <summary>The invitation whose link the message carries, if it carries one.</summary>
    public Guid? InvitationId { get; set; }

    /// <summary>The booked call a confirmation or reminder is about: its calendar file is made from it.</summary>
    public Guid? MockCallId { get; set; }

    /// <summary>The placeholders' values, fixed when the message was written (a manager's message
    /// keeps its finished subject and body here).</summary>
    public IReadOnlyDictionary<string, string> Values { get; set; } = new Dictionary<string, string>();

    public DateTime CreatedUtc { get; set; }
    public Guid? CreatedByUserId { get; set; }

    /// <summary>Not sent before this: the first attempt's time, then each retry's.</summary>
    public DateTime NextAttemptUtc { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime? SentUtc { get; set; }

    /// <summary>When it was given up: too many failed attempts, or nothing left to send (the call
    /// it reminds of has gone). <see cref="LastError"/> says why.</summary>
    public DateTime? AbandonedUtc { get; set; }

    /// <summary>The node sending it holds it until then (<see cref="OutboxRules.Claim"/>), under a
    /// token of its own, so that another node does not send it too.</summary>
    public Guid? ClaimToken { get; set; }
    public DateTime? ClaimedUntilUtc { get; set; }
}
