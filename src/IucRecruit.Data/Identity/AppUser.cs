using Microsoft.AspNetCore.Identity;

namespace IucRecruit.Data.Identity;

/// <summary>A person who signs in: a member of staff (email and password) or a candidate (through
/// an invitation link only; a candidate's account has no password).</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    public Guid? OrganisationId { get; set; }

    /// <summary>Set only on a candidate's account: the candidate record it gives access to.</summary>
    public Guid? CandidateId { get; set; }

    public DateTime CreatedUtc { get; set; }
}
