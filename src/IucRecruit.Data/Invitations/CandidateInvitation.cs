using IucRecruit.Data.Candidates;

namespace IucRecruit.Data.Invitations;

/// <summary>A single-use, expiring link that lets one candidate in without a password. The link
/// carries only this record's id, signed by the server; everything else is checked here.</summary>
public sealed class CandidateInvitation
{
    public Guid Id { get; set; }
    public Guid CandidateId { get; set; }
    public Candidate? Candidate { get; set; }
    public DateTime CreatedUtc { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? RedeemedUtc { get; set; }
}
