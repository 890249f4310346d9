using IucRecruit.Core.Candidates;
using Microsoft.EntityFrameworkCore;

namespace IucRecruit.Data.Candidates;

/// <summary>A candidate's mobile number and whether they want text messages, as a manager records
/// them on the candidate's record; the number checked and held as an import holds it.</summary>
public sealed class CandidateContact(RecruitmentDbContext db)
{
    /// <summary>The form field (and import column) the number is entered in.</summary>
    public const string MobileField = "mobile_number";

    /// <summary>Every problem with the change, each naming its form field; none when it was saved.
    /// Null when there is no such candidate.</summary>
    /// <param name="mobileNumber">As entered; empty for none held.</param>
    public async Task<IReadOnlyList<(string Field, string Message)>?> SaveAsync(Guid candidateId, string? mobileNumber, bool textMessagesDeclined,
        CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken);
        if (candidate is null) return null;
        if (candidate.IsErased) return [("", Candidate.ErasedRefusal)];
        string? held = null;
        if (!string.IsNullOrWhiteSpace(mobileNumber) && (held = UkMobileNumber.Normalise(mobileNumber)) is null)
            return [(MobileField, $"Enter {UkMobileNumber.Expected}")];
        candidate.MobileNumber = held;
        candidate.TextMessagesDeclined = textMessagesDeclined;
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}
