namespace IucRecruit.Core.Privacy;

/// <summary>
/// What a purge or an erasure removes about a candidate. Retention periods differ by kind
/// (docs/decisions/0025): the assessment (recordings and what the candidate said, typed or was
/// told about their performance) goes before the identity (who they are and how to reach them).
/// Counts, stages, dates, scores and outcomes are neither: they stay, on an anonymised record, so
/// that the statistics do not change.
/// </summary>
[Flags]
public enum PersonalDataCategory
{
    None = 0,

    /// <summary>Call recordings, the call record the candidate typed, listening-exercise answers,
    /// assessors' notes and feedback.</summary>
    Assessment = 1,

    /// <summary>Name, contact details, adjustments, preferences, free-text notes and reasons, the
    /// sign-in account and invitations.</summary>
    Identity = 2,

    All = Assessment | Identity,
}

public static class PersonalDataMarker
{
    /// <summary>What replaces erased text, so that a reader sees that something was there.</summary>
    public const string Erased = "[erased]";

    /// <summary>An anonymised candidate's name, as lists show it.</summary>
    public const string ErasedGivenName = "Erased";
    public const string ErasedFamilyName = "candidate";
}
