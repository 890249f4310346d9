using System.Globalization;
using IucRecruit.Audio.Wav;

namespace IucRecruit.Core.Scenarios.Loading;

/// <summary>Reads a recording's entry and checks its file: inside the item's folder, a WAV file,
/// telephone band (8 kHz mono, 16-bit PCM or μ-law) and not too long.</summary>
internal static class ClipReader
{
    public const int TelephoneRate = 8000;
    private const string TelephoneFormat = "8000 Hz mono 16-bit PCM or μ-law";

    public static Clip? ReadClip(YamlFields fields, string itemFolder, TimeSpan maxLength)
    {
        var id = fields.Id("id", "the clip's id, used by the script");
        var file = ReadFile(fields, itemFolder, maxLength, "MaxClipSeconds");
        var label = fields.Text("label", "a short label for the role-player's button (e.g. Child crying)");
        var transcript = fields.Text("transcript", "what can be heard in the clip, in words");
        return id is null ? null : new Clip(id, file?.Path ?? "", label ?? "", transcript ?? "", file?.Duration ?? TimeSpan.Zero);
    }

    /// <summary>One of a practice caller's turns: what the caller says, recorded, and its words
    /// (shown as captions on request).</summary>
    public static Clip? ReadTurn(YamlFields fields, string itemFolder, TimeSpan maxLength)
    {
        var id = fields.Id("id", "the turn's id, used by red flags");
        var file = ReadFile(fields, itemFolder, maxLength, "MaxClipSeconds");
        var transcript = fields.Text("transcript", "what the caller says in the turn, in words (the captions)");
        return id is null ? null : new Clip(id, file?.Path ?? "", id, transcript ?? "", file?.Duration ?? TimeSpan.Zero);
    }

    public static Clip? ReadRecording(YamlFields fields, string itemFolder, TimeSpan maxLength)
    {
        var file = ReadFile(fields, itemFolder, maxLength, "MaxRecordingSeconds");
        var transcript = fields.Text("transcript", "what is said in the recording, speaker by speaker");
        return file is null ? null : new Clip("recording", file.Value.Path, "The recorded call", transcript ?? "", file.Value.Duration);
    }

    private static (string Path, TimeSpan Duration)? ReadFile(YamlFields fields, string itemFolder, TimeSpan maxLength, string limitSetting)
    {
        if (fields.Text("file", "the WAV file's path inside the folder, e.g. clips/groan.wav") is not { } file) return null;
        var full = Path.GetFullPath(Path.Combine(itemFolder, file));
        if (Path.IsPathRooted(file) || file.Contains('\\', StringComparison.Ordinal) ||
            !full.StartsWith(Path.GetFullPath(itemFolder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            fields.Error("file", $"{ErrorQuote.Excerpt(file)} is outside the folder; expected a path inside it with forward slashes, e.g. clips/groan.wav");
            return null;
        }
        if (!File.Exists(full))
        {
            fields.Error("file", $"{ErrorQuote.Excerpt(file)} does not exist; expected a WAV file at that path inside the folder");
            return null;
        }
        if (!FolderContainment.IsInside(full, itemFolder))
        {
            fields.Error("file", $"{ErrorQuote.Excerpt(file)} is a symbolic link to a file outside the folder; expected the WAV file itself inside it");
            return null;
        }

        WavInfo info;
        try
        {
            info = WavReader.ReadInfo(full);
        }
        catch (WavFormatException ex)
        {
            fields.Error("file", $"{ErrorQuote.Excerpt(file)} is not a usable WAV file ({Reason(ex.Message)}); expected {TelephoneFormat}");
            return null;
        }
        if (info.SampleRate != TelephoneRate || info.Channels != 1)
        {
            var channels = info.Channels == 1 ? "1 channel" : $"{info.Channels} channels";
            fields.Error("file", $"{ErrorQuote.Excerpt(file)} is not 8 kHz mono (found {info.SampleRate} Hz, {channels}); expected {TelephoneFormat}");
            return null;
        }
        if (info.Duration > maxLength)
        {
            fields.Error("file", string.Create(CultureInfo.InvariantCulture,
                $"{ErrorQuote.Excerpt(file)} lasts {info.Duration.TotalSeconds:0.0} seconds; expected at most {maxLength.TotalSeconds:0} seconds (Scenarios:{limitSetting})"));
            return null;
        }
        return (file, info.Duration);
    }

    /// <summary>"Not a WAV file: …." reads better inside brackets as "not a WAV file: …".</summary>
    private static string Reason(string message) =>
        message.Length == 0 ? message : char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.');
}
