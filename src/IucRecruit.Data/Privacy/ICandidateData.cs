using IucRecruit.Core.Privacy;

namespace IucRecruit.Data.Privacy;

/// <summary>
/// One kind of data the product holds about a candidate, and how it is exported on a subject
/// access request and erased on request or at the end of its retention period. Every kind is listed
/// once, in <see cref="CandidateDataRegistry"/>: subject access, erasure and the purge go through
/// that list, so a table added there is exported and erased everywhere at once.
/// </summary>
public interface ICandidateData
{
    /// <summary>What it is, in words, for the erasure page and the archive's README.</summary>
    string Title { get; }

    /// <summary>The EF Core entity types it covers. A test requires every table that names a
    /// candidate, or hangs off one that does, to be covered by exactly one entry.</summary>
    IReadOnlyList<Type> Tables { get; }

    /// <summary>What erasure does to it, in words (removed, blanked, kept and why).</summary>
    string WhenErased { get; }

    /// <summary>Writes everything held about the candidate into the archive.</summary>
    Task ExportAsync(Guid candidateId, SubjectAccessArchive archive, CancellationToken cancellationToken);

    /// <summary>Removes or blanks the <paramref name="categories"/> of these candidates' data, in the
    /// caller's transaction, and reports what it changed to <paramref name="work"/>. Files are not
    /// deleted here but handed to <paramref name="work"/>, to go only once the transaction commits.
    /// Running it twice changes nothing the second time.</summary>
    Task EraseAsync(IReadOnlyList<Guid> candidateIds, PersonalDataCategory categories, ErasureWork work, CancellationToken cancellationToken);
}
