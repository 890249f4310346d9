using System.Security.Cryptography;
using System.Text.Json;
using IucRecruit.Audio.Telephony;
using IucRecruit.Testing;

namespace IucRecruit.Audio.Tests;

/// <summary>
/// The browser encodes the frames that the server decodes, and the other way round, so the
/// browser's telephone-dsp.js must give the same μ-law as the server's codec on every value.
/// tests/js/fixtures/csharp-reference.json holds the server's μ-law; the JavaScript tests
/// (node --test tests/js) compare against it, and this test proves it is what the server gives
/// today. The file's resampling cases are the output of the C# resampler that NAudio replaced
/// (decision 0032), kept unchanged as known values for the browser's resampler, which has no server
/// twin any more: this test does not touch them.
/// </summary>
public sealed class JavaScriptReferenceTests
{
    private static readonly string FixturePath = RepositoryRoot.Combine("tests", "js", "fixtures", "csharp-reference.json");

    [Fact]
    public void The_JavaScript_reference_mu_law_is_what_the_server_codec_gives()
    {
        using var fixture = JsonDocument.Parse(File.ReadAllText(FixturePath));
        var everySample = new byte[65536];
        for (var s = short.MinValue; s < short.MaxValue; s++) everySample[s - short.MinValue] = MuLaw.Encode(s);
        everySample[^1] = MuLaw.Encode(short.MaxValue);

        Assert.Equal(
            Enumerable.Range(0, 256).Select(code => (int)MuLaw.Decode((byte)code)),
            fixture.RootElement.GetProperty("muLawDecode").EnumerateArray().Select(code => code.GetInt32()));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(everySample)), fixture.RootElement.GetProperty("muLawEncodeEverySampleSha256").GetString());
    }
}
