namespace IucRecruit.Audio.Wav;

/// <summary>The sample encodings the product reads and writes.</summary>
public enum WavEncoding
{
    /// <summary>Linear PCM, 16 bits per sample (WAVE format tag 1).</summary>
    Pcm16,
    /// <summary>G.711 μ-law, 8 bits per sample (WAVE format tag 7).</summary>
    MuLaw,
}

/// <summary>What a WAV file's header says: enough to validate a clip without reading its samples.</summary>
public sealed record WavInfo(WavEncoding Encoding, int SampleRate, int Channels, long DataBytes)
{
    public int BytesPerSample => Encoding == WavEncoding.Pcm16 ? 2 : 1;

    public long SamplesPerChannel => DataBytes / (BytesPerSample * Channels);

    public TimeSpan Duration => TimeSpan.FromSeconds((double)SamplesPerChannel / SampleRate);
}

/// <summary>A file that is not a WAV file the product can use; the message says what was wrong.</summary>
public sealed class WavFormatException(string message) : Exception(message);
