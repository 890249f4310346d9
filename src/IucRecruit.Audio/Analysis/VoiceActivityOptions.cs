namespace IucRecruit.Audio.Analysis;

/// <summary>The voice-activity detector's thresholds; decision 0013 gives the reasons for the defaults.</summary>
public sealed record VoiceActivityOptions
{
    /// <summary>A frame starts speech when its energy is this far above the noise floor.</summary>
    public double OnsetMarginDb { get; init; } = 12;

    /// <summary>Speech goes on (and is traced back to its soft start) while frames stay this far above
    /// the noise floor: a lower second threshold, so quiet word endings are kept.</summary>
    public double ContinueMarginDb { get; init; } = 6;

    /// <summary>Nothing quieter than this (dB relative to full scale) starts speech, however quiet
    /// the line: a silent channel's hiss is not a voice.</summary>
    public double MinimumOnsetLevelDb { get; init; } = -50;

    /// <summary>The noise floor at a moment is this percentile of the frame energies in a window
    /// of <see cref="NoiseFloorWindow"/> centred on it.</summary>
    public double NoiseFloorPercentile { get; init; } = 10;

    public TimeSpan NoiseFloorWindow { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Pauses shorter than this inside someone's speech are bridged (the hangover), so a
    /// breath between words does not split a turn.</summary>
    public TimeSpan BridgeGap { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Bursts shorter than this (clicks, bumps) are not speech.</summary>
    public TimeSpan MinimumSpeech { get; init; } = TimeSpan.FromMilliseconds(100);
}
