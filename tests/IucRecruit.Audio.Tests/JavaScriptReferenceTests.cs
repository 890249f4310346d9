using System.Security.Cryptography;
using System.Text.Json;
using IucRecruit.Audio.Resampling;
using IucRecruit.Audio.Telephony;
using IucRecruit.Testing;

namespace IucRecruit.Audio.Tests;

/// <summary>
/// The browser's telephone-dsp.js must give the same μ-law codes and resampled samples as this
/// library. tests/js/fixtures/csharp-reference.json holds what the C# code gives; the JavaScript
/// tests (node --test tests/js) compare against it, and this test proves the file is still what the
/// C# code gives today. To rewrite it after a deliberate change, run this test with
/// IUCRECRUIT_WRITE_FIXTURES=1.
/// </summary>
public sealed class JavaScriptReferenceTests
{
    private static readonly string FixturePath = RepositoryRoot.Combine("tests", "js", "fixtures", "csharp-reference.json");

    [Fact]
    public void The_JavaScript_reference_fixture_is_what_the_CSharp_code_gives()
    {
        var expected = JsonSerializer.Serialize(BuildReference());
        if (Environment.GetEnvironmentVariable("IUCRECRUIT_WRITE_FIXTURES") == "1") File.WriteAllText(FixturePath, expected + "\n");

        Assert.Equal(expected, File.ReadAllText(FixturePath).TrimEnd('\n'));
    }

    private static object BuildReference()
    {
        var everySample = new byte[65536];
        for (var s = short.MinValue; s < short.MaxValue; s++) everySample[s - short.MinValue] = MuLaw.Encode(s);
        everySample[^1] = MuLaw.Encode(short.MaxValue);

        return new
        {
            generatedBy = "tests/IucRecruit.Audio.Tests/JavaScriptReferenceTests.cs",
            muLawDecode = Enumerable.Range(0, 256).Select(code => (int)MuLaw.Decode((byte)code)).ToArray(),
            muLawEncodeEverySampleSha256 = Convert.ToHexStringLower(SHA256.HashData(everySample)),
            resampling = new[] { (44100, 8000), (48000, 8000), (16000, 8000), (8000, 48000), (8000, 44100) }
                .Select(rates =>
                {
                    var input = TestSignal(rates.Item1, milliseconds: 40);
                    return new { inputRate = rates.Item1, outputRate = rates.Item2, input, output = Resampler.Convert(input, rates.Item1, rates.Item2) };
                })
                .ToArray(),
        };
    }

    /// <summary>Speech-band tones, one above the band, a step and a full-scale stretch that clips:
    /// everything the filter does, in a few hundred samples.</summary>
    private static short[] TestSignal(int sampleRate, int milliseconds)
    {
        var samples = new short[sampleRate * milliseconds / 1000];
        for (var i = 0; i < samples.Length; i++)
        {
            var t = (double)i / sampleRate;
            var value = 9000 * Math.Sin(2 * Math.PI * 440 * t) + 7000 * Math.Sin(2 * Math.PI * 3100 * t) + 5000 * Math.Sin(2 * Math.PI * 5300 * t);
            if (i > samples.Length / 2) value += 12000;
            if (i > samples.Length * 3 / 4) value = value > 0 ? 32767 : -32768;
            samples[i] = (short)Math.Clamp(Math.Round(value), short.MinValue, short.MaxValue);
        }
        return samples;
    }
}
