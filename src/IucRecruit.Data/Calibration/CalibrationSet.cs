using IucRecruit.Core.Assessment.Scoring;

namespace IucRecruit.Data.Calibration;

/// <summary>
/// Recordings of past mock calls that assessors score blind to check that they score alike
/// (DOMAIN.md: calibration). Calibration scores are kept apart from the calls' own scorecards and
/// never count towards a candidate's result.
/// </summary>
public sealed class CalibrationSet
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedUtc { get; set; }
}

/// <summary>One recording in a set, with an expert's reference score per criterion if one was given.</summary>
public sealed class CalibrationItem
{
    public Guid Id { get; set; }
    public Guid CalibrationSetId { get; set; }
    public Guid MockCallId { get; set; }
    public int Position { get; set; }

    /// <summary>Criterion id to the reference (expert) score; empty when none was given.</summary>
    public required IReadOnlyDictionary<string, int> Reference { get; set; }
}

/// <summary>An assessor asked to score every recording of a set.</summary>
public sealed class CalibrationAssignment
{
    public Guid Id { get; set; }
    public Guid CalibrationSetId { get; set; }
    public Guid AssessorUserId { get; set; }
    public DateTime AssignedUtc { get; set; }
}

/// <summary>An assessor's calibration ratings of one recording, as submitted, never changed.</summary>
public sealed class CalibrationScorecard
{
    public Guid Id { get; set; }
    public Guid CalibrationItemId { get; set; }
    public Guid AssessorUserId { get; set; }
    public DateTime SubmittedUtc { get; set; }
    public required ScoreSheet Sheet { get; set; }
}
