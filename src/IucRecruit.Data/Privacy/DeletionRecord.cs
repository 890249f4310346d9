namespace IucRecruit.Data.Privacy;

/// <summary>
/// What one erasure or one retention purge removed: counts per kind of data and the ids of the
/// records concerned, never the data itself. Append-only, like the access audit (a database trigger
/// refuses changes), and readable by administrators (docs/decisions/0027).
/// </summary>
public sealed class DeletionRecord
{
    public Guid Id { get; set; }
    public DateTime AtUtc { get; set; }
    public DeletionKind Kind { get; set; }

    /// <summary>Null for the scheduled purge and the command line.</summary>
    public Guid? UserId { get; set; }

    public required string UserName { get; set; }

    /// <summary>Why (an erasure request's reference, in the words of the person who erased).</summary>
    public string? Reason { get; set; }

    public int CandidateCount { get; set; }

    /// <summary><see cref="DeletionSummary"/> as JSON.</summary>
    public required string Summary { get; set; }
}

public enum DeletionKind
{
    /// <summary>A candidate's request to be forgotten (UK GDPR Article 17).</summary>
    Erasure,
    /// <summary>The retention periods ran out.</summary>
    DataRetentionPurge,
}
