using System.Security.Cryptography;
using IucRecruit.Audio.Telephony;
using IucRecruit.Audio.Wav;
using IucRecruit.Core.Calls;

namespace IucRecruit.Web.Features.Calls;

/// <summary>
/// Writes a call's two-channel recording (left: caller and clips; right: candidate; 8 kHz 16-bit)
/// on the call clock: every 20 ms of call time becomes one stereo frame, so the recording's length
/// is the call's length and any position in it is a call-clock time. Live voice waits in a short
/// queue per channel until its frame is written; missing voice is silence. The file is flushed at
/// least once a second, so a killed server loses at most a second.
/// </summary>
public sealed class CallRecorder : IDisposable
{
    /// <summary>Voice older than this is dropped rather than let the channels drift apart.</summary>
    private const int MaxQueuedFrames = 10;

    private readonly WavWriter writer;
    // Frames wait as the μ-law bytes that arrived (the relay already owns them); they are decoded
    // only when their moment in the recording comes, into one reused buffer.
    private readonly Queue<byte[]> caller = new();
    private readonly Queue<byte[]> candidate = new();
    private readonly short[] left = new short[TelephoneFrame.Samples];
    private readonly short[] right = new short[TelephoneFrame.Samples];
    private readonly List<(short[] Samples, int Position)> clips = [];
    private readonly short[] stereo = new short[TelephoneFrame.Samples * 2];
    private readonly short[] clipMix = new short[TelephoneFrame.Samples];
    private long framesAtLastFlush;

    private CallRecorder(WavWriter writer)
    {
        this.writer = writer;
        framesAtLastFlush = writer.FramesWritten;
    }

    public static CallRecorder Start(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new CallRecorder(WavWriter.Create(path, TelephoneFrame.SampleRate, 2));
    }

    /// <summary>Carries on a recording after a restart, from its last flushed frame.</summary>
    public static CallRecorder Resume(string path) => new(WavWriter.Append(path));

    public long WrittenMs => writer.FramesWritten * 1000 / TelephoneFrame.SampleRate;

    /// <summary>Queues a received frame for the recording. The frame must not change afterwards.</summary>
    public void PushVoice(AudioSource source, byte[] muLawFrame)
    {
        var queue = source == AudioSource.Candidate ? candidate : caller;
        if (queue.Count == MaxQueuedFrames) queue.Dequeue();
        queue.Enqueue(muLawFrame);
    }

    /// <summary>Mixes a clip (8 kHz mono samples) into the caller's channel from the next frame.</summary>
    public void PlayClip(short[] samples) => clips.Add((samples, 0));

    /// <summary>Writes frames up to the call-clock time <paramref name="callMs"/>. For each frame
    /// that carries clip audio, <paramref name="onClipFrame"/> receives it as μ-law, so listeners
    /// hear exactly what is recorded.</summary>
    public void WriteUntil(long callMs, Action<byte[]>? onClipFrame = null)
    {
        var due = callMs * TelephoneFrame.SampleRate / 1000 / TelephoneFrame.Samples;
        for (var frame = writer.FramesWritten / TelephoneFrame.Samples; frame < due; frame++)
        {
            var hasClip = MixClips();
            NextVoice(caller, left);
            NextVoice(candidate, right);
            for (var i = 0; i < TelephoneFrame.Samples; i++)
            {
                stereo[2 * i] = (short)Math.Clamp(left[i] + clipMix[i], short.MinValue, short.MaxValue);
                stereo[2 * i + 1] = right[i];
            }
            writer.Write(stereo);
            if (hasClip && onClipFrame is not null)
            {
                var encoded = new byte[TelephoneFrame.Bytes];
                MuLaw.Encode(clipMix, encoded);
                onClipFrame(encoded);
            }
        }
        if (writer.FramesWritten - framesAtLastFlush >= TelephoneFrame.SampleRate)
        {
            writer.Flush();
            framesAtLastFlush = writer.FramesWritten;
        }
    }

    /// <summary>Finishes the file and returns its SHA-256.</summary>
    public string Finish(string path)
    {
        writer.Dispose();
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    public void Dispose() => writer.Dispose();

    /// <summary>The queue's next frame as samples, or silence when none has arrived.</summary>
    private static void NextVoice(Queue<byte[]> queue, short[] samples)
    {
        if (queue.TryDequeue(out var frame)) MuLaw.Decode(frame, samples);
        else Array.Clear(samples);
    }

    private bool MixClips()
    {
        Array.Clear(clipMix);
        for (var c = clips.Count - 1; c >= 0; c--)
        {
            var (samples, position) = clips[c];
            var count = Math.Min(TelephoneFrame.Samples, samples.Length - position);
            for (var i = 0; i < count; i++)
                clipMix[i] = (short)Math.Clamp(clipMix[i] + samples[position + i], short.MinValue, short.MaxValue);
            if (position + count >= samples.Length) clips.RemoveAt(c);
            else clips[c] = (samples, position + count);
        }
        return clips.Count > 0 || clipMix.AsSpan().ContainsAnyExcept((short)0);
    }
}
