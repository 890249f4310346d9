using System.Collections.Concurrent;
using IucRecruit.Audio.Wav;
using IucRecruit.Core.Calls;
using IucRecruit.Core.Scenarios;
using IucRecruit.Data.Scenarios;

namespace IucRecruit.Web.Features.Calls;

/// <summary>Live calls' view of the scenario library: the exact version a call was booked with,
/// its call-record fields, its rubric's ids (for assessors' evidence) and its clips' audio, read
/// once per version.</summary>
public sealed class LibraryCallScenarios(ScenarioVersionArchive archive) : ICallScenarios
{
    /// <summary>The longest value a call-record field takes: a field is a line or a short note.</summary>
    public const int FieldMaxLength = 1000;

    private readonly ConcurrentDictionary<string, CallScenario?> cache = new();

    public CallScenario? Find(string scenarioId, string version) =>
        cache.GetOrAdd($"{version}/{scenarioId}", _ => archive.Find(scenarioId, version) is { } scenario ? Build(scenario) : null);

    private CallScenario Build(Scenario scenario) => new(
        scenario.Id,
        scenario.Version,
        new CallScript(
            scenario.CallRecord.ToDictionary(f => f.Id, _ => FieldMaxLength),
            scenario.Clips.ToDictionary(c => c.Id, c => (c.Label, c.Duration)))
        {
            Criteria = scenario.Rubric.Criteria.Select(c => c.Id).ToHashSet(),
            CriticalFails = scenario.Rubric.CriticalFails.Select(c => c.Id).ToHashSet(),
        },
        scenario.Clips.ToDictionary(c => c.Id, c => WavReader.ReadSamples(archive.PathOf(scenario, c)).Channels[0]));
}
