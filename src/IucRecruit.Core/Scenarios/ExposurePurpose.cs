namespace IucRecruit.Core.Scenarios;

/// <summary>Why a candidate met a library item: counted for rotation and shown on the library pages.</summary>
public enum ExposurePurpose
{
    /// <summary>A mock call was booked on the scenario.</summary>
    MockCall,
    /// <summary>The candidate started the listening exercise.</summary>
    ListeningExercise,
}
