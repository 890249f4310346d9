namespace IucRecruit.Data.Assessment;

/// <summary>The <c>Assessment</c> configuration section.</summary>
public sealed class AssessmentOptions
{
    public const string Section = "Assessment";

    /// <summary>The largest difference, in scale points, between two assessors' ratings of a
    /// criterion that needs no lead assessor (a difference equal to it is within tolerance).</summary>
    public double ModerationTolerance { get; set; } = 1;
}
