using IucRecruit.Core.Calls;
using IucRecruit.Web.Features.Calls;

namespace IucRecruit.Testing;

/// <summary>A small scenario for call tests, independent of the library's content: three record
/// fields, one half-second clip (a 440 Hz tone, so it is easy to recognise), and the three gate
/// criteria and one critical fail for assessors' evidence. Every other scenario is found in the
/// library as usual.</summary>
public sealed class TestCallScenarios(ICallScenarios library) : ICallScenarios
{
    public const string ScenarioId = "test-call";
    public const string Version = "test-version-1";
    public const string ClipId = "cough";
    public const string CriticalFailId = "red-flag-missed";

    public static readonly short[] ClipSamples = Enumerable.Range(0, 4000)
        .Select(i => (short)(8000 * Math.Sin(2 * Math.PI * 440 * i / 8000.0))).ToArray();

    public static readonly CallScenario Scenario = new(
        ScenarioId,
        Version,
        new CallScript(
            new Dictionary<string, int> { ["patient-name"] = 100, ["date-of-birth"] = 20, ["postcode"] = 10 },
            new Dictionary<string, (string, TimeSpan)> { [ClipId] = ("Patient coughs", TimeSpan.FromSeconds(0.5)) })
        {
            Criteria = new HashSet<string> { "accuracy", "empathy", "call-handling" },
            CriticalFails = new HashSet<string> { CriticalFailId },
        },
        new Dictionary<string, short[]> { [ClipId] = ClipSamples });

    public CallScenario? Find(string scenarioId, string version) =>
        scenarioId == ScenarioId && version == Version ? Scenario : library.Find(scenarioId, version);
}
